// Finding things in a story: pure functions of the story they are given.
import type { Place, ShippedEvent, Source, StoryEvent } from './types';

/** The gazetteer entries and sources an event names, found by id. */
export interface StoryIndex {
	/** The places an event highlights, in the event's order. */
	placesOf(event: Pick<StoryEvent, 'places'>): Place[];
	/** The sources an event's paragraphs cite, each once, in the order they are first cited. */
	sourcesOf(event: Pick<StoryEvent, 'body'>): Source[];
	/** A source, by its id. */
	sourceOf(id: string): Source | undefined;
	/**
	 * Makes `sources` known: the browser's page starts without any, and a long story's later
	 * events bring those they cite (later-events.ts) before they are shown.
	 */
	addSources(sources: readonly Source[]): void;
}

export function indexStory(story: {
	places: readonly Place[];
	sources: readonly Source[];
}): StoryIndex {
	const placeById = new Map(story.places.map((place) => [place.id, place]));
	const sourceById = new Map(story.sources.map((source) => [source.id, source]));
	return {
		placesOf: (event) =>
			event.places.map((id) => placeById.get(id)).filter((p): p is Place => p !== undefined),
		sourcesOf: (event) =>
			[...new Set(event.body.flatMap((paragraph) => paragraph.sources))]
				.map((id) => sourceById.get(id))
				.filter((s): s is Source => s !== undefined),
		sourceOf: (id) => sourceById.get(id),
		addSources: (sources) => {
			for (const source of sources) sourceById.set(source.id, source);
		}
	};
}

/** Consecutive events that share a date, grouped: one date-link target per day. */
export function groupByDay<Event extends Pick<StoryEvent, 'date'>>(
	events: readonly Event[]
): Event[][] {
	const days: Event[][] = [];
	for (const event of events) {
		const last = days.at(-1);
		// A tour's events have no date: each is a group of its own.
		if (last && event.date !== undefined && last[0]!.date === event.date) last.push(event);
		else days.push([event]);
	}
	return days;
}

/** The id of an event's static map: shared with the first event that has the same view. */
export const staticMapOf = (event: StoryEvent) => (event as ShippedEvent).staticMap ?? event.id;

/** The ids of the static maps to draw: one per distinct view (tools/story/split.ts). */
export const staticMapIds = (events: readonly ShippedEvent[]) =>
	events.filter((event) => !event.staticMap).map((event) => event.id);
