// Each edition shows its own words with the same files: a Russian edition of the fixture,
// built as `npm run build` builds an edition (EDITION=ru), gives its alt texts and captions,
// offers its own caption track first, and takes the same hashed files as English.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '$lib/story/types';
import { validateEdition, type EditionFile } from '../../tools/story/edition-schema';
import { sentencesQuoting } from '../../tools/story/quotations';
import { MEDIA_DIR } from '../../tools/media/vite-plugin.ts';
import { fixture } from '../stories';
import { FIXTURE_STORY } from './fixture-story.ts';

const ru = (text: string) => `[ru] ${text}`;

/** The fixture in "Russian": every text marked, each quotation noted as translated. */
function russian(story: Story): EditionFile {
	const quotationNote = '(перевод)';
	const marked = (text: string) =>
		ru(text) + ` ${quotationNote}`.repeat(sentencesQuoting(text).length);
	const words = (media?: { alt?: string; caption?: string }[]) =>
		media?.map(({ alt, caption }) => ({
			...(alt ? { alt: ru(alt) } : {}),
			...(caption ? { caption: ru(caption) } : {})
		}));
	const { meta } = story;
	return {
		edition: 'ru',
		meta: {
			title: ru(meta.title),
			dek: ru(meta.dek),
			description: ru(meta.description),
			shareImageAlt: ru(meta.shareImageAlt),
			...(meta.span?.label ? { spanLabel: ru(meta.span.label) } : {}),
			overviewAlt: ru(meta.overview?.alt ?? 'map'),
			quotationNote,
			intro: meta.intro.map((p) => marked(p.text)),
			media: words(meta.media),
			about: meta.about.map(ru),
			countryLabels: Object.fromEntries(meta.countryLabels.map(({ name }) => [name, name]))
		},
		places: Object.fromEntries(
			story.places.map(({ id, name, region }) => [id, { name, region: region ?? name }])
		),
		sources: Object.fromEntries(
			story.sources.map(({ id, outlet, title, citedAs, speakers, quotedInTranslation, note }) => [
				id,
				{ outlet, title, citedAs, speakers, quotedInTranslation, note }
			])
		),
		events: Object.fromEntries(
			story.events.map(({ id, title, body, media }) => [
				id,
				{ title: ru(title), body: body.map((p) => marked(p.text)), media: words(media) }
			])
		)
	};
}

const temp = mkdtempSync(join(tmpdir(), 'story-media-edition-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('an edition’s media (EDITION=ru)', () => {
	let html = '';
	let site = '';
	beforeAll(() => {
		cpSync(join(FIXTURE_STORY, '../media'), join(temp, 'media'), { recursive: true });
		writeFileSync(join(temp, 'story.json'), readFileSync(FIXTURE_STORY, 'utf8'));
		const edition = russian(fixture);
		expect(validateEdition(fixture, edition, 'story.ru.json')).toEqual([]);
		writeFileSync(join(temp, 'story.ru.json'), JSON.stringify(edition));
		site = join(temp, 'build');
		const env: NodeJS.ProcessEnv = {
			...process.env,
			STORY: join(temp, 'story.json'),
			BUILD_DIR: site,
			EDITION: 'ru',
			NODE_ENV: 'production'
		};
		for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
		const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			env,
			encoding: 'utf8'
		});
		expect(result.status, result.stderr).toBe(0);
		html = readFileSync(join(site, 'index.html'), 'utf8');
	}, 240_000);

	it('gives the edition’s alt texts and captions, and the story’s credits', () => {
		for (const item of [
			fixture.meta.media ?? [],
			...fixture.events.map((e) => e.media ?? [])
		].flat()) {
			if (item.alt) expect(html).toContain(`alt="${ru(item.alt)}"`);
			if (item.caption) expect(html).toContain(`>${ru(item.caption)}<`);
			expect(html).toContain(item.credit);
			expect(html).not.toContain(`alt="${item.alt}"`);
		}
	});

	it('offers the edition’s caption track first, none on by default', () => {
		// The story's editions' tracks (Russian here; an Arabic one beside it is not an edition's).
		const tracks = [...html.matchAll(/<track ([^>]*)>/g)].map(([, attributes]) => attributes!);
		expect(tracks.map((t) => /srclang="(\w+)"/.exec(t)?.[1])).toEqual(['ru', 'en']);
		expect(tracks[0]).toContain('label="Русский"');
		expect(tracks.filter((t) => /\bdefault\b/.test(t))).toEqual([]);
	});

	it('takes the same files as English: the same content, the same names', () => {
		const written = readdirSync(join(site, MEDIA_DIR));
		// Named by a hash of their content: the English build's names (tests/media/build.test.ts).
		const english = [
			...readFileSync(FIXTURE_STORY, 'utf8').matchAll(/"media\/([\w-]+)\.\w+"/g)
		].map(([, stem]) => stem!);
		for (const stem of new Set(english.filter((s) => !s.startsWith('briefing.'))))
			expect(
				written.some((f) => f.startsWith(`${stem}-`)),
				stem
			).toBe(true);
		for (const address of html.matchAll(/"\.\/(_app\/immutable\/media\/[^" ]+)/g))
			expect(written).toContain(address[1]!.slice(MEDIA_DIR.length + 1));
	});
});
