import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { editionCode } from './tools/editions.js';
import { storyFile } from './tools/story/vite-plugin.ts';

export default defineConfig({
	plugins: [
		// The story file (`STORY=path/to/story.json`, else the built-in one) as `virtual:story`,
		// in the edition `EDITION` names (English by default).
		storyFile(),
		// The interface's words (messages/*.json), compiled for this build's edition alone:
		// each edition is a build of its own (scripts/build.js), so its pages carry only its
		// language's strings.
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['baseLocale'],
			experimentalStaticLocale: JSON.stringify(editionCode()),
			emitGitIgnore: false,
			emitReadme: false
		}),
		staticLocaleLiteral(),
		cachedPluralRules(),
		sveltekit(),
		compileHints()
	],
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node'
	}
});

/**
 * Paraglide writes the static locale as `assertIsLocale("ru")`, a call the bundler cannot
 * see through, so every message kept all three languages and the runtime's locale
 * detection. As a literal it is inlined where messages test it, and the other languages'
 * strings and the detection code drop out of the page's scripts.
 */
function staticLocaleLiteral(): Plugin {
	return {
		name: 'paraglide-static-locale-literal',
		transform(code, id) {
			if (!id.endsWith('/paraglide/runtime.js')) return undefined;
			const literal = code.replace(
				/(export const experimentalStaticLocale = )assertIsLocale\(("[^"]+")\);/,
				'$1$2;'
			);
			if (literal === code)
				throw new Error('Paraglide runtime: experimentalStaticLocale not found');
			return { code: literal, map: null };
		}
	};
}

/**
 * Paraglide builds a new `Intl.PluralRules` each time a message with a count is called,
 * even where the language has one form: the timeline's labels did that for every mark
 * while the page started, and each costs more than the label around it. One per
 * language and options is enough.
 */
function cachedPluralRules(): Plugin {
	const CALL = 'new Intl.PluralRules(locale, options)';
	return {
		name: 'paraglide-cached-plural-rules',
		transform(code, id) {
			if (!id.endsWith('/paraglide/registry.js')) return undefined;
			if (!code.includes(CALL))
				throw new Error('Paraglide registry: Intl.PluralRules call not found');
			const cached = code.replace(CALL, 'pluralRules(locale, options)');
			const cache = `
const pluralRulesMade = new Map();
function pluralRules(locale, options) {
	const key = locale + JSON.stringify(options ?? {});
	let rules = pluralRulesMade.get(key);
	if (!rules) pluralRulesMade.set(key, (rules = new Intl.PluralRules(locale, options)));
	return rules;
}
`;
			return { code: cached + cache, map: null };
		}
	};
}

/**
 * Marks the page's scripts for Chromium to compile as they arrive, on a background
 * thread, rather than each function on the main thread the first time it runs: the
 * start-up code all runs at once, in the task that starts the app, and compiling it
 * there made that task about a third longer in Lighthouse's mobile runs. The mark
 * (V8's explicit compile hints) covers the functions after it. MapLibre is left to
 * compile lazily: most of it serves a map that may never come.
 */
function compileHints(): Plugin {
	const HINT = '//# allFunctionsCalledOnLoad\n';
	return {
		name: 'compile-hints',
		apply: 'build',
		enforce: 'post',
		generateBundle(_, bundle) {
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk') continue;
				if (chunk.moduleIds.some((id) => id.includes('/node_modules/maplibre-gl/'))) continue;
				chunk.code = HINT + chunk.code;
				// One more line at the top: each generated line is one `;` in the mappings.
				if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
			}
		}
	};
}
