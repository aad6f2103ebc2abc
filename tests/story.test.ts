import { describe, expect, it } from 'vitest';
import { groupByDay, placesOf, sourcesOf, story } from '$lib/story';
import { formatDate } from '$lib/story/dates';

/** Town centres from GeoNames, independent of the gazetteer. */
const REFERENCE_CENTRES: Record<string, [lon: number, lat: number]> = {
	'al-bab': [37.5157, 36.3705],
	mosul: [43.1189, 36.335],
	palmyra: [38.2684, 34.5603],
	'deir-ez-zor': [40.1408, 35.3359],
	astana: [71.446, 51.1801]
};

function kilometresBetween([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]) {
	const rad = Math.PI / 180;
	const a =
		Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
		Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(a));
}

const eventOn = (date: string) => story.events.filter((event) => event.date === date);

describe('the story', () => {
	it('runs from December 2016 to the talks on 23 January 2017', () => {
		expect(story.events.length).toBeGreaterThanOrEqual(8);
		expect(story.events[0]!.date.startsWith('2016-12')).toBe(true);
		const last = story.events.at(-1)!;
		expect(last.date).toBe('2017-01-23');
		expect(last.places).toEqual(['astana']);
	});

	it('has the events the story is about', () => {
		expect(
			story.events.find((e) => e.places.includes('palmyra') && e.date.startsWith('2016-12'))
		).toBeTruthy();
		expect(eventOn('2016-12-30')[0]?.body.join(' ')).toMatch(/Islamic State/);
		expect(story.events.some((e) => e.places.includes('mosul'))).toBe(true);
		const deirEzZor = story.events.find((e) => e.places.includes('deir-ez-zor'));
		expect(deirEzZor?.date.startsWith('2017-01')).toBe(true);
		expect(eventOn('2017-01-18')[0]?.places).toContain('al-bab');
		expect(story.events.some((e) => /theatre/i.test(e.title) && e.places.includes('palmyra'))).toBe(
			true
		);
	});

	it('places each of the five towns within 2 km of its centre', () => {
		for (const [id, centre] of Object.entries(REFERENCE_CENTRES)) {
			const place = story.places.find((p) => p.id === id);
			expect(place, id).toBeDefined();
			expect(kilometresBetween([place!.lon, place!.lat], centre), id).toBeLessThan(2);
		}
	});

	it('highlights each of the five towns in some step', () => {
		const highlighted = new Set(story.events.flatMap((event) => event.places));
		for (const id of Object.keys(REFERENCE_CENTRES)) expect(highlighted.has(id), id).toBe(true);
	});

	it('cites an outside source wherever it gives a day the article does not', () => {
		// Days the article states: the truce, the Al Bab strikes and the talks.
		const articleDays = new Set(['2016-12-30', '2017-01-18', '2017-01-23']);
		for (const event of story.events) {
			if (event.precision === 'day' && !articleDays.has(event.date))
				expect(event.sources.length, event.id).toBeGreaterThan(1);
			expect(event.sources[0], event.id).toBe('article');
		}
	});

	it('resolves places and sources in the event’s order', () => {
		const truce = eventOn('2016-12-30')[0]!;
		expect(placesOf(truce).map((p) => p.id)).toEqual(truce.places);
		expect(sourcesOf(story.events[0]!).map((s) => s.id)).toEqual(story.events[0]!.sources);
	});

	it('groups events that share a day', () => {
		const days = groupByDay(story.events);
		expect(days.flat()).toEqual(story.events);
		expect(new Set(days.map((day) => day[0]!.date)).size).toBe(days.length);
		expect(days.find((day) => day[0]!.date === '2017-01-01')?.length).toBe(2);
	});

	it('writes dates the way the story prints them', () => {
		expect(formatDate('2017-01-18')).toBe('18 January 2017');
		expect(formatDate('2016-12-01', 'month')).toBe('December 2016');
	});
});
