// Where the server (which prerenders every page) reads the story: the page's start, as the
// page's own components receive it, and the whole story, for the static maps and the
// month pages. Everything else is handed the part it needs.
import data from 'virtual:story';
import whole from 'virtual:story/full';
import { storyContext } from '$lib/story/context';

/** The page's start, as its components are given it (routes/+layout.svelte sets the same). */
export const pageStory = storyContext(data);

/** Every event, each with the id of the static map it shares. */
export const wholeStory = whole;

/** The overview highlights the places the story names for it, else every place an event does. */
export const OVERVIEW_PLACES: string[] = whole.meta.overview?.places ?? [
	...new Set(whole.events.flatMap((event) => event.places))
];
