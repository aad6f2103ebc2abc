// The page's layout is written once (src/lib/layout.js): the CSS names its screens
// (`@media (--portrait-phone)`, written out by tools/layout-media.ts) and takes its measures
// as custom properties; the scripts import them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutStyle, SCREENS, TEXT_COLUMN } from '$lib/layout.js';
import { withScreens } from '../tools/layout-media';

/** Every stylesheet and component of the page, with its text. */
const sources = (dir = 'src'): [string, string][] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : sources(path);
		return /\.(css|svelte|ts|js)$/.test(entry.name) ? [[path, readFileSync(path, 'utf8')]] : [];
	});

describe('the layout’s screens', () => {
	it('are written out where a stylesheet names them, and nowhere else', () => {
		expect(withScreens('@media (--portrait-phone) { a { b: c } }', 'x.css')).toBe(
			`@media ${SCREENS['portrait-phone']} { a { b: c } }`
		);
		expect(withScreens('@media (--small-phone), (--short) { a {} }', 'x.css')).toBe(
			`@media ${SCREENS['small-phone']}, ${SCREENS.short} { a {} }`
		);
		expect(withScreens('a { width: var(--portrait-phone) }', 'x.css')).toBe(
			'a { width: var(--portrait-phone) }'
		);
	});

	it('fail the build where a stylesheet names one the layout does not have', () => {
		expect(() => withScreens('@media (--tablet) { a {} }', 'src/x.css')).toThrow(
			'src/x.css: @media (--tablet) names no screen of src/lib/layout.js'
		);
	});

	it('are the page’s only breakpoints: no stylesheet or script writes one of them out', () => {
		const queries = Object.values(SCREENS).flatMap((query) => query.match(/\d+(\.\d+)?rem/g)!);
		for (const [path, text] of sources())
			if (path !== join('src', 'lib', 'layout.js'))
				for (const size of queries)
					expect(text.includes(`: ${size})`), `${path}: ${size}`).toBe(false);
	});
});

describe('the layout’s measures', () => {
	it('are custom properties for the page’s CSS', () => {
		expect(layoutStyle()).toContain(`--text-column-width: ${TEXT_COLUMN.width}`);
		expect(layoutStyle()).toContain('--media-height: calc(var(--screen) * 0.4)');
	});

	it('are the only place the text column’s size is written', () => {
		for (const [path, text] of sources())
			if (path !== join('src', 'lib', 'layout.js'))
				expect(text.includes(TEXT_COLUMN.width), path).toBe(false);
	});
});
