import { events } from './events';
import { places } from './places';
import { assertValidStory } from './schema';
import { sources } from './sources';
import type { Place, Source, Story, StoryEvent } from './types';

/**
 * The story. On the server (the build's prerender, and the tests) importing it runs the
 * schema, so a broken story fails the build. The browser skips the check: it only ever
 * receives a story the build accepted, and the schema stays out of its bundle.
 */
export const story: Story = import.meta.env.SSR
	? assertValidStory({ events, places, sources })
	: { events, places, sources };

const placeById = new Map(story.places.map((place) => [place.id, place]));
const sourceById = new Map(story.sources.map((source) => [source.id, source]));

/** The gazetteer entries an event highlights, in the event's order. */
export function placesOf(event: StoryEvent): Place[] {
	return event.places.map((id) => placeById.get(id)).filter((p): p is Place => p !== undefined);
}

/** The sources an event's paragraphs cite, each once, in the order they are first cited. */
export function sourcesOf(event: StoryEvent): Source[] {
	const ids = new Set(event.body.flatMap((paragraph) => paragraph.sources));
	return [...ids].map((id) => sourceById.get(id)).filter((s): s is Source => s !== undefined);
}

export type { Bounds, Connection, Paragraph, Place, Source, Story, StoryEvent } from './types';

/** Consecutive events that share a date, grouped: one date-link target per day. */
export function groupByDay(events: readonly StoryEvent[]): StoryEvent[][] {
	const days: StoryEvent[][] = [];
	for (const event of events) {
		const last = days.at(-1);
		if (last && last[0]!.date === event.date) last.push(event);
		else days.push([event]);
	}
	return days;
}
