// Finding things in a story, and writing its dates and citations: on the test fixture.
import { describe, expect, it } from 'vitest';
import { citationOf } from '$lib/story/citation';
import { datesIn, formatDate, isIsoDay, monthsBetween } from '$lib/story/dates';
import { groupByDay } from '$lib/story/lookup';
import type { Source } from '$lib/story/types';
import { fixture as story, fixtureEvent, placesOf, sourcesOf } from './stories';

describe('a story’s lookups', () => {
	it('resolve places and sources in the event’s order, each source once', () => {
		const event = fixtureEvent((e) => e.places.length > 2);
		expect(placesOf(event).map((p) => p.id)).toEqual(event.places);
		for (const cited of story.events)
			expect(sourcesOf(cited).map((s) => s.id)).toEqual([
				...new Set(cited.body.flatMap((p) => p.sources))
			]);
	});

	it('leave out ids the story does not have', () => {
		expect(placesOf({ places: ['atlantis', story.places[0]!.id] }).map((p) => p.id)).toEqual([
			story.places[0]!.id
		]);
	});

	it('group events that share a day', () => {
		const days = groupByDay(story.events);
		expect(days.flat()).toEqual(story.events);
		expect(new Set(days.map((day) => day[0]!.date)).size).toBe(days.length);
		expect(days.some((day) => day.length > 1)).toBe(true);
	});
});

describe('dates', () => {
	it('are written in the edition’s language, at their precision', () => {
		expect(formatDate('2017-01-18', 'day', 'en-GB')).toBe('18 January 2017');
		expect(formatDate('2016-12-01', 'month', 'en-GB')).toBe('December 2016');
		expect(formatDate('2017-01-18', 'day', 'ru')).toBe('18 января 2017');
		expect(formatDate('2017-01-18', 'day', 'ar-u-nu-latn')).toBe('18 يناير 2017');
	});

	it('use the labels the build wrote, and Intl for any other', () => {
		const dates = datesIn('en-GB', { '1990-04-02': 'written by the build', '1990-03': 'March!' });
		expect(dates.format('1990-04-02')).toBe('written by the build');
		expect(dates.format('1990-03-01', 'month')).toBe('March!');
		expect(dates.format('1990-04-03')).toBe('3 April 1990');
		expect(dates.published('1990-07')).toBe('July 1990');
	});

	it('know a real day from an impossible one, and walk months across a year', () => {
		expect(isIsoDay('2016-02-29')).toBe(true);
		expect(isIsoDay('2017-02-29')).toBe(false);
		expect(monthsBetween('2016-11-15', '2017-02-01')).toEqual([
			'2016-11',
			'2016-12',
			'2017-01',
			'2017-02'
		]);
	});
});

describe('a citation', () => {
	const dates = datesIn('en-GB');
	const source = (fields: Partial<Source>): Source => ({ ...story.sources[0]!, ...fields });

	it('quotes the headline, then the byline and the day', () => {
		const report = source({ title: 'A report', author: 'A. Writer', date: '1990-04-02' });
		expect(citationOf(report, dates)).toEqual({
			title: '“A report”',
			after: ', by A. Writer, 2 April 1990'
		});
	});

	it('describes a piece whose headline is not known, without quotation marks', () => {
		const piece = source({
			title: 'an analysis',
			untitled: true,
			author: undefined,
			date: '1990-07'
		});
		expect(citationOf(piece, dates)).toEqual({ title: 'an analysis', after: ', July 1990' });
	});
});
