/*
 * The parts of the story's page that the page does not render itself: its head (PageHead),
 * the days it starts with, the introduction's media, the first step's map, a long story's
 * list of its later events; and the bar, the introduction and the closing note, which the
 * page hydrates on their own, each in a task of its own (src/lib/islands.ts). The page renders
 * each as an empty element (`data-first-days`, `data-inline-map`, `data-later-events`)
 * and the server writes it in as plain HTML. Hydration leaves an element's children alone
 * when the page renders it empty, so these cost the reader's first tap nothing: the page
 * marks the current step itself (markCurrent), and drops the list, element and all, once
 * the later days are in.
 */
import { render } from 'svelte/server';
import LaterEvents from '$lib/components/LaterEvents.svelte';
import PageHead from '$lib/components/PageHead.svelte';
import StoryBar, { storyBarAtStart } from '$lib/components/StoryBar.svelte';
import AboutNote from '$lib/components/AboutNote.svelte';
import StoryDay from '$lib/components/StoryDay.svelte';
import StoryIntro from '$lib/components/StoryIntro.svelte';
import StoryMedia from '$lib/components/StoryMedia.svelte';
import { storyContextMap, type StoryContext } from '$lib/story/context';
import { groupByDay, staticMapOf } from '$lib/story/lookup';
import { staticMapSvg } from './static-map-files';

/** The parts, as HTML. */
export interface StaticParts {
	/** What goes into the page's <head>: its title, description, links and share cards. */
	head: string;
	/** The bar, as the page hydrates it: no step current yet. */
	storyBar: string;
	/** The introduction and the closing note. */
	intro: string;
	about: string;
	firstDays: string;
	/** None for a story without places: it has no map. */
	firstMap: string | null;
	/** The introduction's media (meta.media), '' when it has none. */
	introMedia: string;
	/** Only a story the page does not start with whole has one. */
	laterEvents: string | null;
}

/**
 * Renders them. Call it while SvelteKit handles the page's request (in `handle`, before
 * `resolve`): their links and images are then written relative to the page, as the
 * rest of it is. Later, as the page's HTML is transformed, that request is gone, and
 * they would point at the site's root (another edition's maps, or nothing at all when
 * the story is hosted in a folder).
 */
export function renderStaticParts(story: StoryContext): StaticParts {
	const context = storyContextMap(story);
	const { events, eventCount, places } = story.story;
	const firstMap = places.length ? staticMapSvg(staticMapOf(events[0]!), { inline: true }) : null;
	if (places.length && !firstMap)
		throw new Error(`static-parts: no static map for step "${events[0]!.id}"`);
	return {
		head: render(PageHead, { context }).head,
		storyBar: render(StoryBar, { props: storyBarAtStart(events[0]!), context }).body,
		intro: render(StoryIntro, { context }).body,
		about: render(AboutNote, { context }).body,
		firstDays: groupByDay(events)
			.map((day) => render(StoryDay, { props: { day }, context }).body)
			.join(''),
		firstMap,
		introMedia: render(StoryMedia, {
			props: { items: story.story.meta.media, owner: '' },
			context
		}).body,
		laterEvents: events.length < eventCount ? render(LaterEvents, { context }).body : null
	};
}

/** Writes the parts into their empty elements. A page without one of them fails the build. */
export function inlineStaticParts(html: string, parts: StaticParts): string {
	if (!html.includes('</head>')) throw new Error('static-parts: the page has no </head>');
	const headed = html.replace('</head>', () => `${parts.head}</head>`);
	const islands = fill(
		fill(fill(headed, 'data-story-bar', parts.storyBar), 'data-story-intro', parts.intro),
		'data-about-note',
		parts.about
	);
	// The introduction's media goes into the introduction, once that is in.
	const days = fill(
		fill(islands, 'data-first-days', parts.firstDays),
		'data-intro-media',
		parts.introMedia
	);
	const filled = parts.firstMap === null ? days : fill(days, 'data-inline-map', parts.firstMap);
	return parts.laterEvents === null ? filled : fill(filled, 'data-later-events', parts.laterEvents);
}

/**
 * Puts `content` inside the element that carries `attribute` and is empty. If the page no
 * longer renders that element, the part would silently vanish from the HTML (the first
 * days, for readers without JavaScript): that fails loudly instead.
 */
export function fill(html: string, attribute: string, content: string): string {
	const empty = new RegExp(`(<div\\b[^>]*\\b${attribute}\\b[^>]*>)(</div>)`);
	if (!empty.test(html))
		throw new Error(
			`static-parts: the page has no empty <div ${attribute}> to write into: src/routes/+page.svelte must render one`
		);
	return html.replace(empty, (_, open: string, close: string) => open + content + close);
}
