// Two changes to the code Paraglide JS (2.23) generates for the interface's messages. Each
// fails the build if Paraglide's code no longer has the shape it changes: see
// docs/upgrading.md before moving @inlang/paraglide-js.
import type { Plugin } from 'vite';

/**
 * Paraglide writes the static locale as `assertIsLocale("ru")`, a call the bundler cannot
 * see through, so every message kept all three languages and the runtime's locale
 * detection. As a literal it is inlined where messages test it, and the other languages'
 * strings and the detection code drop out of the page's scripts.
 */
export function staticLocaleLiteral(): Plugin {
	return {
		name: 'paraglide-static-locale-literal',
		transform(code, id) {
			if (!id.endsWith('/paraglide/runtime.js')) return undefined;
			const literal = code.replace(
				/(export const experimentalStaticLocale = )assertIsLocale\(("[^"]+")\);/,
				'$1$2;'
			);
			if (literal === code)
				throw new Error(
					'Paraglide runtime: experimentalStaticLocale not found (tools/patches/paraglide.ts, docs/upgrading.md)'
				);
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
export function cachedPluralRules(): Plugin {
	const CALL = 'new Intl.PluralRules(locale, options)';
	return {
		name: 'paraglide-cached-plural-rules',
		transform(code, id) {
			if (!id.endsWith('/paraglide/registry.js')) return undefined;
			if (!code.includes(CALL))
				throw new Error(
					'Paraglide registry: Intl.PluralRules call not found (tools/patches/paraglide.ts, docs/upgrading.md)'
				);
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
