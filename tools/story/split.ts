/**
 * How a story of any length reaches the reader: its first screens in the page's HTML and
 * start-up script, the rest in one module fetched once the page is live (and each month's
 * events on a page of their own, for readers without JavaScript). Also what every event
 * shares with others: its static map, drawn once per distinct view rather than per event.
 * Pure: the Vite plugin runs it at build time.
 */
import type {
	Area,
	Connection,
	DaySummary,
	Overlays,
	Place,
	ShippedEvent,
	Story,
	StoryEvent,
	StoryHead
} from '../../src/lib/story/types';
import { isDated } from '../../src/lib/story/types.ts';
import { connectionId } from '../../src/lib/map/connections.ts';
import { drawingOf, overviewBounds, staticMapKey } from '../../src/lib/map/drawing.ts';
import { indexStory } from '../../src/lib/story/lookup.ts';
import { routeOf, routeSoFar, stopsDrawn, type RouteStep } from '../../src/lib/map/route.ts';
import { groupsOf } from '../../src/lib/story/groups.ts';
import { storyRegion } from '../../src/lib/map/region.js';

/** Events sent with the page itself: more than the first screens of any phone or desktop. */
export const HEAD_EVENTS = 12;
/** Later events per module: each is read (parsed) in a short task of its own. */
export const EVENTS_PER_PART = 50;

/** Headlines a day's summary keeps. */
const TITLES_PER_DAY = 3;

/**
 * Every event with the id of its static map: the first event whose drawing makes the same
 * static map (src/lib/map/drawing.ts, `staticMapKey`: what the page's map draws for the
 * step), or the overview (`overview`) for a step that shows nothing of its own.
 */
export function withStaticMaps(
	events: readonly StoryEvent[],
	{ route, places }: { route: RouteStep[] | null; places: readonly Place[] }
): ShippedEvent[] {
	// A story without places has no map, static or live.
	if (places.length === 0) return [...events];
	const { placesOf } = indexStory({ places, sources: [] });
	const overview = overviewBounds(places);
	const keyOf = (event: StoryEvent, stops: string[]) =>
		staticMapKey(drawingOf(event, placesOf(event), overview), stops);
	const nothing: StoryEvent = { id: 'overview', title: '', body: [], places: [] };
	const firstWithKey = new Map<string, string>([[keyOf(nothing, []), 'overview']]);
	return events.map((event) => {
		const stops = route ? stopsDrawn(routeSoFar(route, event.id, places)) : [];
		const key = keyOf(event, stops);
		const first = firstWithKey.get(key);
		if (!first) {
			firstWithKey.set(key, event.id);
			return event;
		}
		return { ...event, staticMap: first };
	});
}

export function summariseDays(events: readonly StoryEvent[]): DaySummary[] {
	const days: DaySummary[] = [];
	for (const event of events.filter(isDated)) {
		const last = days.at(-1);
		if (last?.date === event.date) {
			last.count += 1;
			if (last.titles.length < TITLES_PER_DAY) last.titles.push(event.title);
			if (last.group !== event.group) delete last.group;
		} else {
			days.push({
				date: event.date,
				precision: event.precision,
				count: 1,
				titles: [event.title],
				...(event.group ? { group: event.group } : {})
			});
		}
	}
	return days;
}

/** Each line and area once (by id), in the order the story first draws them. */
export function overlaysOf(events: readonly StoryEvent[]): Overlays {
	const connections = new Map<string, Connection>();
	const areas = new Map<string, Area>();
	for (const event of events) {
		for (const c of event.connections ?? []) connections.set(connectionId(c), c);
		for (const area of event.areas ?? []) if (!areas.has(area.id)) areas.set(area.id, area);
	}
	return { connections: [...connections.values()], areas: [...areas.values()] };
}

/**
 * How many events the page starts with: whole days (a day's events share one date link),
 * as many as fit in `most`, and at least the first day.
 */
export function headLength(events: readonly StoryEvent[], most: number): number {
	if (events.length <= most) return events.length;
	let end = 1;
	while (end < events.length && events[end]!.date === events[0]!.date) end++;
	for (let i = end; i <= most && i <= events.length; i++)
		if (i === events.length || events[i]!.date !== events[i - 1]!.date) end = i;
	return end;
}

/** The story cut up: what the page starts with, and the later events in parts, fetched after. */
export function splitStory(
	story: Story,
	headEvents = HEAD_EVENTS
): { head: StoryHead; parts: ShippedEvent[][] } {
	const route = routeOf(story);
	const events = withStaticMaps(story.events, { route, places: story.places });
	// A tour (no dates, so no month pages for readers without JavaScript) ships whole.
	const rest = story.meta.span ? events.slice(headLength(events, headEvents)) : [];
	const parts: ShippedEvent[][] = [];
	for (let i = 0; i < rest.length; i += EVENTS_PER_PART)
		parts.push(rest.slice(i, i + EVENTS_PER_PART));
	return {
		head: {
			...story,
			events: events.slice(0, events.length - rest.length),
			eventCount: events.length,
			days: summariseDays(events),
			groups: groupsOf(events),
			overlays: overlaysOf(events),
			route,
			laterMonths: [...new Set(rest.filter(isDated).map((event) => event.date.slice(0, 7)))],
			region: story.places.length ? storyRegion(story) : null
		},
		parts
	};
}
