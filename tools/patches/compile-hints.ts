import type { Plugin } from 'vite';

/**
 * Marks the page's scripts for Chromium to compile as they arrive, on a background
 * thread, rather than each function on the main thread the first time it runs: the
 * start-up code all runs at once, in the task that starts the app, and compiling it
 * there made that task about a third longer in Lighthouse's mobile runs. The mark
 * (V8's explicit compile hints) covers the functions after it; other browsers read a
 * comment. MapLibre is left to compile lazily: most of it serves a map that may never
 * come. Not a patch of anyone's private code: a comment added to our own chunks.
 */
export function compileHints(): Plugin {
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
