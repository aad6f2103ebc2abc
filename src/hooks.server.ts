import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { inlineStaticParts, renderStaticParts } from '$lib/server/static-parts';
import { inlineFirstMap } from '$lib/server/inline-first-map';
import { startAfterFirstPaint } from '$lib/server/start-after-paint';
import { edition } from '$lib/story';
import { PAGE, pageStyle } from '$lib/theme.js';

/**
 * Into app.html: the edition's language and direction, and the theme's colours (custom
 * properties on <html>, and the browser's bar).
 */
const themed = (html: string) =>
	html
		.replace('%story.lang%', edition.lang)
		.replace('%story.dir%', edition.dir)
		.replace('%story.colors%', pageStyle())
		.replace('%story.paper%', PAGE.paper);

/*
 * Text first, scripts second: SvelteKit's <link rel="modulepreload"> tags would fetch the
 * scripts ahead of the first paint, so they are left out of the built pages and the
 * same scripts are preloaded once the text has painted (see start-after-paint.ts).
 * The dev server is left as it is: it sends its CSP as a header, which the rewritten
 * script's hash could not follow, and it has nothing to gain. Both rewrites need the
 * whole page: chunks are kept until the last one.
 */
export const handle: Handle = ({ event, resolve }) => {
	const scripts: string[] = [];
	let page = '';
	// The story's page has parts written in as plain HTML; rendered here, while the
	// request is in hand, so their links are relative to the page (static-parts.ts).
	const parts = event.route.id === '/' ? renderStaticParts() : null;
	return resolve(event, {
		preload: ({ type, path }) => {
			if (type === 'js') scripts.push(path);
			return !building;
		},
		transformPageChunk: ({ html, done }) => {
			page += html;
			if (!done) return '';
			const themedPage = inlineFirstMap(themed(page));
			const filled = parts ? inlineStaticParts(themedPage, parts) : themedPage;
			return building ? startAfterFirstPaint(filled, scripts) : filled;
		}
	});
};
