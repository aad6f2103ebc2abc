import type { Handle } from '@sveltejs/kit';
import { startAfterFirstPaint } from '$lib/server/start-after-paint';

/*
 * Text first, scripts second: SvelteKit's <link rel="modulepreload"> tags would fetch the
 * scripts ahead of the first paint, so they are left out and the same scripts are
 * preloaded once the text has painted (see start-after-paint.ts).
 */
export const handle: Handle = ({ event, resolve }) => {
	const scripts: string[] = [];
	return resolve(event, {
		preload: ({ type, path }) => {
			if (type === 'js') scripts.push(path);
			return false;
		},
		transformPageChunk: ({ html }) => startAfterFirstPaint(html, scripts)
	});
};
