// The whole story, every event included: for the server's static maps and month pages.
// The page itself starts with the first screens' events (see $lib/story).
import whole from 'virtual:story/full';

export const wholeStory = whole;

/** The overview highlights the places the story names for it, else every place an event does. */
export const OVERVIEW_PLACES: string[] = whole.meta.overview.places ?? [
	...new Set(whole.events.flatMap((event) => event.places))
];
