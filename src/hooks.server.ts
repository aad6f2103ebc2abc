import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { serverPartsFor } from '$lib/server/server-parts';
import { writeServerParts } from '$lib/server/write-parts';
import { startAfterFirstPaint } from '$lib/server/start-after-paint';
import { pageStory } from '$lib/server/whole-story';
import { eraBands } from '$lib/navigation/date-links';
import { READING_LINE } from '$lib/reader/reading-line';
import { layoutStyle } from '$lib/layout.js';
import { PAGE, pageStyle } from '$lib/theme.js';

const { meta, places } = pageStory.story;
/** Beside a map (the phone's line, below a stacked map, is the page's scripts' business), or with none. */
const readingLineShare = places.length ? READING_LINE.beside : READING_LINE.alone;
/** A story with eras in its span gives the timeline a row for them (the bar grows by it). */
const eraRow = meta.span && eraBands(meta.eras ?? [], meta.span).length ? ';--era-row:1.1rem' : '';
/** A tour's chapter list never takes a row of its own, as a timeline does on narrow screens. */
const secondRow = meta.span ? '' : ';--second-row:0rem';

/**
 * Into app.html: the edition's language and direction, the theme's colours, the layout's
 * measures, the reading line and the eras' row (custom properties on <html>, so the page's
 * CSS takes them from the same place as its scripts), and the browser's bar colour.
 */
const themed = (html: string) =>
	html
		.replace('%story.lang%', pageStory.edition.lang)
		.replace('%story.dir%', pageStory.edition.dir)
		.replace(
			'%story.colors%',
			`${pageStyle()}; ${layoutStyle()};--reading-line:${readingLineShare * 100}svh${eraRow}${secondRow}`
		)
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
	// Parts written in as plain HTML; rendered here, while the request is in hand, so
	// their links are relative to the page (server-parts.ts).
	const parts = serverPartsFor(event.route.id, event.params.month);
	return resolve(event, {
		preload: ({ type, path }) => {
			if (type === 'js') scripts.push(path);
			return !building;
		},
		transformPageChunk: ({ html, done }) => {
			page += html;
			if (!done) return '';
			const filled = parts ? writeServerParts(themed(page), parts) : themed(page);
			return building ? startAfterFirstPaint(filled, scripts) : filled;
		}
	});
};
