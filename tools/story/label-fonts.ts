// The live map's label fonts: Latin always, and the edition's script (Cyrillic, Arabic),
// so a build fetches no font its language does not need. MapLibre draws them through
// the style's `font-faces` (src/lib/map/style.ts): no glyph server.

/** Noto Sans files (@fontsource) and the characters each covers, by script. */
const LABEL_FONTS: Record<string, { file: string; range: string[] }> = {
	latin: {
		file: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
		range: ['U+0000-00FF', 'U+2000-206F']
	},
	cyrillic: {
		file: '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2',
		range: ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116']
	},
	arabic: {
		file: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
		range: [
			'U+0600-06FF',
			'U+0750-077F',
			'U+08A0-08FF',
			'U+200C-200E',
			'U+FB50-FDFF',
			'U+FE70-FEFC'
		]
	}
};
/** The scripts an edition's language needs beside Latin. */
const SCRIPTS: Record<string, string[]> = { ru: ['cyrillic'], ar: ['arabic'] };

/** The module `virtual:story/map-fonts`: each font file's URL (Vite emits it) and its range. */
export function labelFontsModule(code: string): string {
	const fonts = ['latin', ...(SCRIPTS[code] ?? [])].map((script) => LABEL_FONTS[script]!);
	const imports = fonts.map((f, i) => `import font${i} from '${f.file}?url';`);
	const list = fonts.map((f, i) => `{ url: font${i}, range: ${JSON.stringify(f.range)} }`);
	return `${imports.join('\n')}\nexport default [${list.join(', ')}];`;
}
