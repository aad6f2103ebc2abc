/*
 * The parts of a page the server writes as plain HTML (src/lib/server-part.ts names them):
 * the story page's head, the days it starts with, the introduction's words and media, its
 * closing note, the first step's map, a long story's list of its later days, and every
 * step's media (here and on the month pages); and the story page's bar and introduction,
 * which the page then hydrates each in a task of its own (src/lib/islands.ts). The page renders each as an empty element with its name; they are rendered here
 * while SvelteKit handles the page's request (so their links are relative to the page, as
 * the rest of it is) and written in once the page is rendered (hooks.server.ts). Hydration
 * leaves the children of an element it rendered empty alone, so they cost the reader's
 * first tap nothing: the page marks the current step itself (markCurrent), and drops the
 * later-days list once the later days are in.
 */
import { render } from 'svelte/server';
import AboutNote from '$lib/components/AboutNote.svelte';
import LaterEvents from '$lib/components/LaterEvents.svelte';
import PageHead from '$lib/components/PageHead.svelte';
import RichText from '$lib/components/RichText.svelte';
import StoryBar, { storyBarAtStart } from '$lib/components/StoryBar.svelte';
import StoryDay from '$lib/components/StoryDay.svelte';
import StoryIntro from '$lib/components/StoryIntro.svelte';
import StoryMedia from '$lib/components/StoryMedia.svelte';
import MediaList from '$lib/components/media/MediaList.svelte';
import type { ServerPartName } from '$lib/server-part';
import { storyContextMap, type StoryContext } from '$lib/story/context';
import { groupByDay, staticMapOf } from '$lib/story/lookup';
import type { StoryEvent } from '$lib/story/types';
import { staticMapSvg } from './static-map-files';
import type { ServerParts } from './write-parts';
import { pageStory, wholeStory } from './whole-story';

/** The media each of these events shows (and the introduction's: owner ''), one part each. */
function mediaParts(story: StoryContext, owners: [string, StoryEvent['media']][]) {
	const context = storyContextMap(story);
	return owners.flatMap(([owner, items]): [ServerPartName, string][] =>
		items?.length
			? [[`media:${owner}`, render(MediaList, { props: { items, owner }, context }).body]]
			: []
	);
}

/**
 * The story's page: its head, bar, introduction and closing note, its first days, the
 * introduction's media, the first map, the later days' list.
 */
function storyPageParts(story: StoryContext): ServerParts {
	const context = storyContextMap(story);
	const { events, eventCount, places, meta } = story.story;
	const parts: ServerParts = new Map([
		['head', render(PageHead, { context }).head],
		['story-bar', render(StoryBar, { props: storyBarAtStart(events[0]!), context }).body],
		['story-intro', render(StoryIntro, { context }).body],
		[
			'intro-text',
			meta.intro.map((paragraph) => render(RichText, { props: { paragraph } }).body).join('')
		],
		['about-note', render(AboutNote, { context }).body],
		[
			'first-days',
			groupByDay(events)
				.map((day) => render(StoryDay, { props: { day }, context }).body)
				.join('')
		],
		['intro-media', render(StoryMedia, { props: { items: meta.media, owner: '' }, context }).body],
		...mediaParts(story, [
			['', meta.media],
			...events.map((e): [string, StoryEvent['media']] => [e.id, e.media])
		])
	]);
	if (places.length) {
		const firstMap = staticMapSvg(staticMapOf(events[0]!), { inline: true });
		if (!firstMap) throw new Error(`server-parts: no static map for step "${events[0]!.id}"`);
		parts.set('first-map', firstMap);
	}
	if (events.length < eventCount) parts.set('later-events', render(LaterEvents, { context }).body);
	return parts;
}

/**
 * The parts of the page SvelteKit is rendering (`route`: its id, `month` its parameter), or
 * null for a route that renders no HTML with parts (a static map's file, the manifest).
 */
export function serverPartsFor(route: string | null, month?: string): ServerParts | null {
	if (route === '/') return storyPageParts(pageStory);
	if (route === '/[month=month]' && month) {
		const events = wholeStory.events.filter((event) => event.date?.startsWith(month));
		return new Map(
			mediaParts(
				pageStory,
				events.map((e) => [e.id, e.media])
			)
		);
	}
	return null;
}
