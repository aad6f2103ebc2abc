/**
 * The story a page tells, passed down by Svelte context: the route's layout sets it from
 * the build's data, and components read it, never a module of their own. A component can
 * be rendered with any story (a fixture, in a test) by setting another.
 */
import { getContext, setContext } from 'svelte';
import { datesIn, type Dates } from './dates';
import { indexStory, type StoryIndex } from './lookup';
import type { EditionInfo, StoryData, StoryHead } from './types';

export interface StoryContext extends StoryIndex {
	story: StoryHead;
	/** This page's edition, and every edition of the story. */
	edition: EditionInfo;
	editions: EditionInfo[];
	/** Dates in the edition's language. */
	dates: Dates;
}

const KEY = Symbol('story');

/** Everything the page's components need to know of the story, from the build's data. */
export function storyContext({ edition, editions, dateLabels, ...story }: StoryData): StoryContext {
	return {
		story,
		edition,
		editions,
		dates: datesIn(edition.locale, dateLabels),
		...indexStory(story)
	};
}

export const setStoryContext = (context: StoryContext) => setContext(KEY, context);

export function getStoryContext(): StoryContext {
	const context = getContext<StoryContext | undefined>(KEY);
	if (!context) throw new Error('No story: set one with setStoryContext (routes/+layout.svelte)');
	return context;
}

/** The same context for a component rendered on its own (svelte/server's render). */
export const storyContextMap = (context: StoryContext) => new Map([[KEY, context]]);
