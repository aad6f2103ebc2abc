import data from 'virtual:story';
import { useDateLocale } from './dates';
import type { ShippedEvent, StoryHead } from './split';
import type { Place, Source, StoryEvent } from './types';

/**
 * The story, from its file (`stories/road-to-astana.json`, or the file `STORY` names). The
 * build checks it against its schema when it loads the file (vite-plugin.ts), so a broken
 * story fails the build; the page only ever receives a story the build accepted, and the
 * schema stays out of its bundle. `story.events` holds the first screens' events (all of a
 * short story's); `laterEvents` brings the rest (split.ts).
 */
export const story: StoryHead = data;

/** This build's edition (English unless `EDITION` names another), and every edition. */
export const { edition, editions } = data;
useDateLocale(edition.locale, data.dateLabels);

/** Whether the page starts with every event (a short story) or fetches the rest later. */
export const startsWhole = story.events.length === story.eventCount;

/** The events after the first screens (none for a short story), part by part as they come. */
export async function* laterEvents(): AsyncGenerator<ShippedEvent[]> {
	if (startsWhole) return;
	const { default: parts } = await import('virtual:story/later');
	for (const part of parts) yield (await part()).default;
}

/** The id of an event's static map: shared with the first event that has the same view. */
export const staticMapOf = (event: StoryEvent) => (event as ShippedEvent).staticMap ?? event.id;

/** Front matter, the closing note, the span and how the maps show the story's region. */
export const meta = story.meta;

/** The story's span: the first event may not come before, nor the last after. */
export const STORY_START = meta.span.start;
export const STORY_END = meta.span.end;

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

export type { DaySummary, Overlays, ShippedEvent, StoryHead } from './split';
export type {
	Area,
	Bounds,
	Connection,
	Meta,
	Paragraph,
	Place,
	Source,
	Story,
	StoryEvent
} from './types';

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
