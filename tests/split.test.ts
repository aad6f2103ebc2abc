import { describe, expect, it } from 'vitest';
import { generateStory } from '../tools/story/generate';
import {
	EVENTS_PER_PART,
	headLength,
	overlaysOf,
	splitStory,
	summariseDays,
	withStaticMaps
} from '../tools/story/split';
import { staticMapIds } from '$lib/story/lookup';
import type { StoryEvent } from '$lib/story/types';
import { drawingOf, overviewBounds } from '$lib/map/drawing';
import { fixture as story, placesOf } from './stories';

const onDays = (...dates: string[]) =>
	dates.map((date, i) => ({ ...story.events[0]!, id: `e${i}`, date })) as StoryEvent[];
const spanDays = (Date.parse(story.meta.span.end) - Date.parse(story.meta.span.start)) / 864e5 + 1;
/** The months of the story's span, `YYYY-MM`. */
const spanMonths = (() => {
	const months = new Set<string>();
	for (let t = Date.parse(story.meta.span.start); t <= Date.parse(story.meta.span.end); t += 864e5)
		months.add(new Date(t).toISOString().slice(0, 7));
	return [...months];
})();

describe('a story cut where its first screens end', () => {
	it('sends a short story whole, with no later parts and no month pages', () => {
		const { head, parts } = splitStory(story);
		expect(head.events.map((e) => e.id)).toEqual(story.events.map((e) => e.id));
		expect(head.eventCount).toBe(story.events.length);
		expect(parts).toEqual([]);
		expect(head.laterMonths).toEqual([]);
	});

	it('starts a long one with whole days, then parts of the rest in order', () => {
		const long = generateStory(story, 1000);
		const { head, parts } = splitStory(long);
		const dates = new Set(head.events.map((e) => e.date));
		const later = parts.flat();
		expect(later.some((e) => dates.has(e.date))).toBe(false);
		expect([...head.events, ...later].map((e) => e.id)).toEqual(long.events.map((e) => e.id));
		expect(parts.every((part) => part.length <= EVENTS_PER_PART)).toBe(true);
		// Every month of the span but the first has later events: the head holds a few days.
		expect(head.laterMonths).toEqual(spanMonths);
		expect(head.days.reduce((sum, day) => sum + day.count, 0)).toBe(1000);
	});

	it('ends the head at a day’s end, keeping at least the first day', () => {
		expect(headLength(onDays('2017-01-01', '2017-01-01', '2017-01-02', '2017-01-02'), 3)).toBe(2);
		expect(headLength(onDays('2017-01-01', '2017-01-02', '2017-01-03'), 2)).toBe(2);
		expect(headLength(onDays('2017-01-01', '2017-01-01', '2017-01-01', '2017-01-02'), 2)).toBe(3);
		expect(headLength(onDays('2017-01-01', '2017-01-02'), 5)).toBe(2);
	});
});

describe('static maps', () => {
	it('are drawn once per distinct view: a repeated view shares the first one’s map', () => {
		const shared = { route: null, places: story.places };
		const events = withStaticMaps(generateStory(story, 90).events, shared);
		const ids = staticMapIds(events);
		// As many maps as the story's own events have distinct views.
		expect(ids).toHaveLength(
			new Set(withStaticMaps(story.events, shared).map((e) => e.staticMap ?? e.id)).size
		);
		// A shared map draws what the page's map draws for each step that shares it.
		const drawn = (event: StoryEvent) => {
			const drawing = drawingOf(event, placesOf(event), overviewBounds(story.places));
			const { places, connections, areas, camera } = drawing;
			return { places, connections, areas, frame: [camera.bounds, camera.point, camera.bearing] };
		};
		for (const event of events) {
			const map = event.staticMap ?? event.id;
			if (map === 'overview') {
				expect(event.places).toEqual([]);
				continue;
			}
			const owner = events.find((e) => e.id === map)!;
			expect(drawn(owner)).toEqual(drawn(event));
		}
	});
});

describe('a static map', () => {
	it('is shared by steps that draw the same, whatever else of their map differs', () => {
		const shaded = story.events.find((e) => e.areas?.length)!;
		const events: StoryEvent[] = [
			shaded,
			// Tilted, and open to the reader: a drawing is flat and still, so the same.
			{ ...shaded, id: 'tilted', camera: { ...shaded.camera, pitch: 30 }, mapInteractive: true },
			// Its areas left out: another drawing.
			{ ...shaded, id: 'unshaded', areas: undefined },
			// Turned: another drawing.
			{ ...shaded, id: 'turned', camera: { ...shaded.camera, bearing: 90 } }
		];
		const shipped = withStaticMaps(events, { route: null, places: story.places });
		expect(shipped.map((e) => e.staticMap ?? e.id)).toEqual([
			shaded.id,
			shaded.id,
			'unshaded',
			'turned'
		]);
	});
});

describe('what the page starts with besides events', () => {
	it('summarises each day: date, count and its first three headlines', () => {
		// Ten events on each day of the span.
		const count = 10 * spanDays;
		const days = summariseDays(generateStory(story, count).events);
		expect(days).toHaveLength(spanDays);
		expect(days[0]).toMatchObject({ date: story.meta.span.start, count: 10 });
		expect(days[0]!.titles).toHaveLength(3);
	});

	it('lists each line and area once', () => {
		const overlays = overlaysOf(generateStory(story, 200).events);
		const ids = overlays.connections.map((c) => `${c.from}>${c.to}`);
		expect(ids).toEqual([...new Set(ids)]);
		expect(ids.length).toBe(overlaysOf(story.events).connections.length);
	});
});
