import { describe, expect, it } from 'vitest';
import { generateStory } from '../tools/story/generate';
import { summariseDays } from '../tools/story/split';
import { datesIn, formatDate } from '$lib/story/dates';
import {
	groupDays,
	markIndexFor,
	markLabel,
	marksFit,
	NARROWEST_TRACK_PX,
	timelineMarks,
	weekOf
} from '$lib/navigation/timeline-marks';
import { fixture as story } from './stories';

const span: [string, string] = [story.meta.span.start, story.meta.span.end];
const dates = datesIn('en-GB');
const day = (iso: string) => formatDate(iso, 'day', 'en-GB');
/** The day `days` after an ISO day. */
const plus = (iso: string, days: number) =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The fixture's events repeated to a thousand, over every day of its span. */
const long = summariseDays(generateStory(story, 1000).events);
/**
 * A track wide enough for a mark a week over the fixture's span, but not a mark a day (the
 * fixture spans four months: on a phone even its weeks crowd, see below).
 */
const WIDE_TRACK_PX = 1000;

describe('the timeline’s marks', () => {
	it('are the days of a short story, each with its headlines', () => {
		const marks = timelineMarks(summariseDays(story.events), span);
		expect(marks.map((m) => m.date)).toEqual([...new Set(story.events.map((e) => e.date))]);
		expect(marks.every((m) => m.period === 'day')).toBe(true);
		const first = story.events[0]!;
		expect(markLabel(marks[0]!, dates)).toBe(
			`${formatDate(first.date, first.precision, 'en-GB')}: ${first.title}`
		);
		// A day of two events names both.
		const shared = marks.find((m) => m.count > 1)!;
		const sameDay = story.events.filter((e) => e.date === shared.date);
		expect(sameDay.length).toBeGreaterThan(1);
		expect(markLabel(shared, dates)).toBe(
			`${day(shared.date)}: ${sameDay.map((e) => e.title).join('; ')}`
		);
	});

	it('group a long story by week where its days would crowd the track', () => {
		expect(marksFit(groupDays(long, 'day'), span, WIDE_TRACK_PX)).toBe(false);
		const marks = timelineMarks(long, span, WIDE_TRACK_PX);
		expect(marks.every((m) => m.period === 'week')).toBe(true);
		expect(marks.map((m) => weekOf(m.date))).toEqual([
			...new Set(marks.map((m) => weekOf(m.date)))
		]);
		expect(marks.reduce((sum, m) => sum + m.count, 0)).toBe(1000);
		expect(marksFit(marks, span, WIDE_TRACK_PX)).toBe(true);
		// The second mark is a whole week, Monday to Sunday.
		const monday = plus(weekOf(span[0]), 7);
		expect(marks[1]!.date).toBe(monday);
		expect(markLabel(marks[1]!, dates)).toMatch(
			new RegExp(
				`^${day(monday)} to ${day(plus(monday, 6))}, ${marks[1]!.count} events: .+; and \\d+ more$`
			)
		);
	});

	it('fall back to months when even weeks crowd the track, and to years after', () => {
		// Four months of events on a phone: weeks crowd.
		expect(marksFit(groupDays(long, 'week'), span, NARROWEST_TRACK_PX)).toBe(false);
		const marks = timelineMarks(long, span);
		expect(marks.every((m) => m.period === 'month')).toBe(true);
		expect(marks.map((m) => m.date.slice(0, 7))).toEqual([
			...new Set(long.map((d) => d.date.slice(0, 7)))
		]);
		expect(marksFit(marks, span, NARROWEST_TRACK_PX)).toBe(true);
		// Narrower still, months crowd too: the story's one year is one mark.
		expect(marksFit(groupDays(long, 'month'), span, 60)).toBe(false);
		expect(timelineMarks(long, span, 60).map((m) => [m.period, m.count])).toEqual([['year', 1000]]);
	});

	it('group centuries of events by year, decade or century, as they fit a phone', () => {
		/** Invented events, one a year, in these years. */
		const yearsOf = (years: number[]) =>
			years.map((year) => ({
				date: `${year}-01-01`,
				precision: 'year' as const,
				count: 1,
				titles: [`${year} (invented)`]
			}));
		const centuries: [string, string] = ['1815-01-01', '1985-12-31'];
		// A few years crowd each other; their decades do not.
		const days = yearsOf([1815, 1816, 1817, 1818, 1843, 1870, 1901, 1925, 1951, 1952, 1985]);
		expect(marksFit(groupDays(days, 'year'), centuries, NARROWEST_TRACK_PX)).toBe(false);
		const marks = timelineMarks(days, centuries);
		expect(marks.every((m) => m.period === 'decade')).toBe(true);
		expect(marksFit(marks, centuries, NARROWEST_TRACK_PX)).toBe(true);
		expect(marks.map((m) => m.date.slice(0, 4))).toEqual([
			'1815',
			'1843',
			'1870',
			'1901',
			'1925',
			'1951',
			'1985'
		]);
		expect(markLabel(marks[0]!, dates)).toBe(
			'1815 to 1818, 4 events: 1815 (invented); 1816 (invented); 1817 (invented); and 1 more'
		);
		// A year every year or two: even decades crowd, and centuries are the marks.
		const dense = yearsOf(Array.from({ length: 120 }, (_, i) => 1815 + Math.round(i * 1.42)));
		expect(marksFit(groupDays(dense, 'decade'), centuries, NARROWEST_TRACK_PX)).toBe(false);
		const crowded = timelineMarks(dense, centuries);
		expect(crowded.map((m) => [m.period, m.date.slice(0, 2)])).toEqual([
			['century', '18'],
			['century', '19']
		]);
	});

	it('take the group their events share, and none where they differ', () => {
		const day = (date: string, group?: string) => ({
			date,
			precision: 'day' as const,
			count: 1,
			titles: ['(invented)'],
			...(group ? { group } : {})
		});
		const days = [
			day('1990-03-01', 'Talks'),
			day('1990-03-02', 'Talks'),
			day('1990-04-01', 'Talks'),
			day('1990-04-02', 'Marches')
		];
		expect(groupDays(days, 'month').map((m) => m.group)).toEqual(['Talks', undefined]);
		expect(groupDays(days, 'day').map((m) => m.group)).toEqual([
			'Talks',
			'Talks',
			'Talks',
			'Marches'
		]);
	});

	it('know which mark a date falls in', () => {
		const marks = timelineMarks(long, span, WIDE_TRACK_PX);
		const secondWeek = plus(weekOf(span[0]), 7);
		expect(markIndexFor(marks, span[0])).toBe(0);
		expect(markIndexFor(marks, plus(secondWeek, 1))).toBe(1);
		expect(markIndexFor(marks, span[1])).toBe(marks.length - 1);
		expect(markIndexFor(marks, null)).toBe(-1);
	});

	it('start weeks on Mondays', () => {
		expect(weekOf('1990-04-04')).toBe('1990-04-02');
		expect(weekOf('1990-04-02')).toBe('1990-04-02');
		expect(weekOf('1990-04-08')).toBe('1990-04-02');
	});
});
