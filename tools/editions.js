// The story's editions: the English one (the story file) and one per edition file beside
// it (`story.ru.json`). Each is its own build, served from its own folder: `/` for
// English, `/ru/`, `/ar/` (scripts/build.js). Plain JavaScript: the build scripts use it.

/** Languages written right to left, among those an edition might be in. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

/**
 * Everything the page needs to know about an edition's language.
 * @param {string} code two-letter language code
 * @returns {import('../src/lib/story/types').EditionInfo}
 */
export function editionInfo(code) {
	const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
	return {
		code,
		/** The `lang` attribute's value. */
		lang: code === 'en' ? 'en-GB' : code,
		/**
		 * What Intl formats dates with: British English; Arabic with Western digits, as
		 * the edition's text writes them (and as most Arab newsrooms online do).
		 */
		locale: code === 'en' ? 'en-GB' : code === 'ar' ? 'ar-u-nu-latn' : code,
		/** @type {'ltr' | 'rtl'} */
		dir: RIGHT_TO_LEFT.has(code) ? 'rtl' : 'ltr',
		/** Its own name for its language: "English", "Русский", "العربية". */
		name: name.charAt(0).toLocaleUpperCase(code) + name.slice(1),
		/** Where it is served, from the site's root: '' for English, 'ru/' for Russian. */
		path: code === 'en' ? '' : `${code}/`,
		/** `og:locale`. */
		ogLocale: { en: 'en_GB', ru: 'ru_RU', ar: 'ar_AR' }[code] ?? code
	};
}

/** The edition this build tells: `EDITION=ru`, else English. @param {Record<string, string | undefined>} [env] */
export const editionCode = (env = process.env) => env.EDITION ?? 'en';

/**
 * An edition's own copy of a file drawn per language, such as the share card:
 * `share.png` in English, `share.ru.png` in Russian (scripts/build-images.js draws them).
 * @param {string} path @param {string} code
 */
export const editionFile = (path, code) =>
	code === 'en' ? path : path.replace(/(\.[a-z0-9]+)$/i, `.${code}$1`);
