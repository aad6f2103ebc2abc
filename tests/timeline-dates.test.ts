// Dates as TimelineJS has them: a year alone, a month, a time of day, a span with an end;
// an axis named by decades or centuries; eras as bands. Invented events (marked as such).
import { describe, expect, it } from 'vitest';
import { eraBands, eventForDate, describeResolution } from '$lib/navigation/date-links';
import { datelineOf } from '$lib/story/dateline';
import { axisTicks, dateKey, datesIn, lastDayOf } from '$lib/story/dates';
import type { DatedEvent } from '$lib/story/types';

const dates = datesIn('en-GB');
/** An invented event: only what dates need. */
const event = (id: string, fields: Partial<DatedEvent>): DatedEvent => ({
	id,
	title: `${id} (invented)`,
	body: [],
	places: [],
	date: '1843-01-01',
	precision: 'year',
	...fields
});

describe('a step’s dateline', () => {
	it('says a year alone as the year, a month as the month', () => {
		expect(datelineOf(event('year', {}), dates)).toEqual({
			start: { datetime: '1843', text: '1843' }
		});
		const month = event('month', { date: '1843-05-01', precision: 'month' });
		expect(datelineOf(month, dates).start).toEqual({ datetime: '1843-05', text: 'May 1843' });
	});

	it('gives a time of day where the event has one', () => {
		const timed = event('timed', { date: '1968-12-09', precision: 'day', time: '15:45' });
		expect(datelineOf(timed, dates).start).toEqual({
			datetime: '1968-12-09T15:45',
			text: '9 December 1968, 15:45'
		});
	});

	it('runs a span from its start to its end, each at its own precision', () => {
		const span = event('span', {
			date: '1815-12-10',
			precision: 'day',
			end: { date: '1852-11-27', precision: 'day' }
		});
		const { start, end } = datelineOf(span, dates);
		expect(`${start.text} – ${end!.text}`).toBe('10 December 1815 – 27 November 1852');
		const years = event('years', { end: { date: '1852-01-01', precision: 'year' } });
		expect(datelineOf(years, dates).end).toEqual({ datetime: '1852', text: '1852' });
	});

	it('writes years before 1000 with four digits where machines read them', () => {
		const early = event('early', { date: '0622-08-09', precision: 'day' });
		expect(datelineOf(early, dates).start).toEqual({
			datetime: '0622-08-09',
			text: '9 August 622'
		});
		expect(dateKey('0602-01-01', 'year')).toBe('0602');
	});
});

describe('a date in a span', () => {
	const events = [
		event('ada', {
			date: '1815-12-10',
			precision: 'day',
			end: { date: '1852-11-27', precision: 'day' }
		}),
		event('engine', { date: '1843-01-01', precision: 'year' }),
		event('eniac', {
			date: '1943-07-01',
			precision: 'month',
			end: { date: '1946-01-01', precision: 'year' }
		}),
		event('later', { date: '1958-01-01', precision: 'year' })
	];
	const span = { start: '1815-12-10', end: '1958-12-31' };

	it('lands on the span, without a note', () => {
		const resolution = eventForDate(events, '1830-06-15');
		expect(resolution).toEqual({ event: events[0], exact: true });
		expect(describeResolution('1830-06-15', resolution, span, dates)).toBeNull();
	});

	it('lands on the span that takes it in even after a later event began', () => {
		expect(eventForDate(events, '1850-01-01')).toEqual({ event: events[0], exact: true });
	});

	it('runs to the end of the end’s year when the end is a year', () => {
		expect(lastDayOf('1946-01-01', 'year')).toBe('1946-12-31');
		expect(eventForDate(events, '1946-12-31')).toEqual({ event: events[2], exact: true });
		expect(eventForDate(events, '1947-01-01')).toEqual({ event: events[2], exact: false });
	});

	it('prefers the event on the day itself', () => {
		expect(eventForDate(events, '1843-01-01')).toEqual({ event: events[1], exact: true });
	});

	it('gives the note for a day in no span and on no event', () => {
		const resolution = eventForDate(events, '1900-05-05');
		expect(resolution).toEqual({ event: events[1], exact: false });
		expect(describeResolution('1900-05-05', resolution, span, dates)).toBe(
			'No event on 5 May 1900; showing 1843.'
		);
	});
});

describe('the timeline’s axis', () => {
	it('names months while a span has few', () => {
		expect(axisTicks('1990-03-01', '1990-06-30').map((t) => t.date)).toEqual([
			'1990-03-01',
			'1990-04-01',
			'1990-05-01',
			'1990-06-01'
		]);
	});

	it('names decades, centuries or their like for long spans: a handful of names, never months', () => {
		const names = (start: string, end: string) =>
			axisTicks(start, end).map((t) => `${t.date.slice(0, 4)} ${t.precision}`);
		expect(names('1815-12-10', '1985-12-31')).toEqual([
			'1825 year',
			'1850 year',
			'1875 year',
			'1900 year',
			'1925 year',
			'1950 year',
			'1975 year'
		]);
		expect(names('1600-01-01', '2012-12-31')).toEqual(
			['1600', '1700', '1800', '1900', '2000'].map((y) => `${y} year`)
		);
		expect(names('0602-01-01', '0698-12-31')).toEqual(
			['0620', '0640', '0660', '0680'].map((y) => `${y} year`)
		);
		expect(axisTicks('0001-01-01', '9999-12-31').length).toBeLessThanOrEqual(7);
	});
});

describe('eras on the timeline', () => {
	const span = { start: '0602-01-01', end: '0698-12-31' };
	const eras = [
		{ label: 'First half (invented)', start: '0600-01-01', end: '0650-12-31' },
		{ label: 'Second half (invented)', start: '0650-01-01', end: '0700-12-31' },
		{ label: 'After the story (invented)', start: '0700-01-01', end: '0720-12-31' }
	];

	it('are bands cut to the span, each ending where the next begins', () => {
		const bands = eraBands(eras, span);
		expect(bands.map((b) => b.label)).toEqual(['First half (invented)', 'Second half (invented)']);
		expect(bands[0]!.at).toBe(0);
		expect(bands[0]!.at + bands[0]!.width).toBeCloseTo(bands[1]!.at);
		expect(bands[1]!.at + bands[1]!.width).toBe(1);
	});
});
