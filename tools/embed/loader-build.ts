// embed.js, as it ships: the loader's source (src/lib/embed/loader.js) minified by the
// minifier Vite already brings (oxc, through rolldown), with no bundling: it imports nothing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify } from 'vite';

export const LOADER_SOURCE = fileURLToPath(
	new URL('../../src/lib/embed/loader.js', import.meta.url)
);

/** The loader, minified: the text of each edition's embed.js. */
export async function buildLoader(): Promise<string> {
	const result = await minify('embed.js', readFileSync(LOADER_SOURCE, 'utf8'), {
		compress: { target: 'es2020' },
		mangle: { toplevel: true }
	});
	if (result.errors.length)
		throw new Error(
			`${LOADER_SOURCE}: cannot minify the embed loader: ${result.errors.map((e) => e.message).join('; ')}`
		);
	return result.code;
}
