import { describe, expect, it } from 'vitest';
import {
	dateFieldIn,
	describeResolution,
	eventForDate,
	historyAction,
	MAX_FRAGMENT_LENGTH,
	parseFragment,
	timelineAxis,
	readDateField,
	timelinePosition
} from '$lib/navigation/date-links';
import { datesIn } from '$lib/story/dates';
import { fixture } from './stories';

const { events } = fixture;
const { span } = fixture.meta;
const dates = datesIn('en-GB');
/** A day after `iso`, `YYYY-MM-DD`. */
const dayAfter = (iso: string, days = 1) =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The fixture's day with two events, and its last day-precision event. */
const twoADay = events.find((event, i) => events[i + 1]?.date === event.date)!;
const lastDay = events.findLast((event) => event.precision === 'day')!;
const monthEvent = events.find((event) => event.precision === 'month')!;

describe('parseFragment', () => {
	it('reads a date', () => {
		expect(parseFragment('#2017-01-18')).toEqual({ kind: 'date', date: '2017-01-18' });
		expect(parseFragment('2016-12-30')).toEqual({ kind: 'date', date: '2016-12-30' });
	});

	it('leaves an empty fragment and the page’s own anchors alone', () => {
		expect(parseFragment('')).toEqual({ kind: 'none' });
		expect(parseFragment('#')).toEqual({ kind: 'none' });
		expect(parseFragment('#story', (id) => id === 'story')).toEqual({ kind: 'none' });
	});

	it('takes a host’s own fragment (an amp-iframe’s #amp=1) for none: no note', () => {
		expect(parseFragment('#amp=1')).toEqual({ kind: 'none' });
		expect(parseFragment('#AMP=1')).toEqual({ kind: 'none' });
		// Anything else with an `=` is still not a date, and says so.
		for (const hash of ['#amp', '#amp=1&x=2', '#x=1', '#amp=<b>', '#2017-01-18&amp=1'])
			expect(parseFragment(hash).kind, hash).toBe('invalid');
	});

	it('rejects a date that is not a real day', () => {
		const parsed = parseFragment('#2017-13-45');
		expect(parsed.kind).toBe('invalid');
		expect(parseFragment('#2017-02-29').kind).toBe('invalid');
	});

	it('describes hostile fragments without echoing them', () => {
		for (const hash of [
			'#%3Cimg%20src=x%20onerror=alert(1)%3E',
			'#<img src=x onerror=alert(1)>',
			'#javascript:alert(1)',
			`#${'9'.repeat(5000)}`,
			'#%E0%A4%A',
			'#2017-01-18<script>'
		]) {
			const parsed = parseFragment(hash);
			expect(parsed.kind, hash).toBe('invalid');
			if (parsed.kind === 'invalid') {
				expect(parsed.message).not.toMatch(/img|script|alert|999/);
			}
		}
	});

	it('does not decode an overlong fragment', () => {
		expect(parseFragment('#' + '%'.repeat(MAX_FRAGMENT_LENGTH + 1)).kind).toBe('invalid');
	});
});

describe('eventForDate', () => {
	it('opens the event on that date', () => {
		expect(eventForDate(events, lastDay.date)).toEqual({ event: lastDay, exact: true });
	});

	it('opens the first event of a day that has two', () => {
		expect(eventForDate(events, twoADay.date).event).toBe(twoADay);
	});

	it('otherwise opens the latest event before the date', () => {
		const { event, exact } = eventForDate(events, dayAfter(twoADay.date));
		expect(event.date).toBe(twoADay.date);
		expect(exact).toBe(false);
	});

	it('clamps dates before the first event and after the last', () => {
		expect(eventForDate(events, '1000-01-01').event).toBe(events[0]);
		expect(eventForDate(events, dayAfter(span.end, 400)).event).toBe(events.at(-1));
	});
});

describe('describeResolution', () => {
	const describe_ = (date: string) =>
		describeResolution(date, eventForDate(events, date), span, dates);

	it('says nothing when the date asked for is the date shown', () => {
		expect(describe_(lastDay.date)).toBeNull();
	});

	it('says in plain words which date is shown instead, at its precision', () => {
		const asked = dayAfter(twoADay.date);
		expect(describe_(asked)).toBe(
			`No event on ${dates.format(asked)}; showing ${dates.format(twoADay.date)}.`
		);
		const inMonth = dayAfter(monthEvent.date, 3);
		expect(describe_(inMonth)).toBe(
			`No event on ${dates.format(inMonth)}; showing ${dates.format(monthEvent.date, 'month')}.`
		);
	});

	it('explains dates outside the story', () => {
		const after = dayAfter(span.end, 30);
		expect(describe_(after)).toBe(
			`The story ends before ${dates.format(after)}; showing ${dates.format(events.at(-1)!.date)}.`
		);
		expect(describe_('1000-01-01')).toMatch(/^The story begins after 1 January 1000; showing /);
	});
});

describe('historyAction', () => {
	it('replaces the entry while scrolling', () => {
		expect(historyAction('scroll', '#2016-12-11', '#2016-12-22')).toBe('replace');
	});

	it('pushes one entry for a deliberate jump', () => {
		expect(historyAction('jump', '#2016-12-11', '#2017-01-18')).toBe('push');
	});

	it('changes nothing for Back and Forward, or when the URL is already right', () => {
		expect(historyAction('history', '#2016-12-11', '#2017-01-18')).toBeNull();
		expect(historyAction('jump', '#2017-01-18', '#2017-01-18')).toBeNull();
		expect(historyAction('scroll', '', '')).toBeNull();
	});
});

describe('timelinePosition', () => {
	it('places the story’s span in proportion to time', () => {
		const span = { start: '2016-12-01', end: '2017-01-23' };
		expect(timelinePosition('2016-12-01', span)).toBe(0);
		expect(timelinePosition('2017-01-23', span)).toBe(1);
		expect(timelinePosition('2016-12-28', span)).toBeCloseTo(27 / 53);
		expect(timelinePosition('2018-01-01', span)).toBe(1);
	});
});

describe('timelineAxis', () => {
	it('names each month of a short span where it starts on the timeline', () => {
		const months = timelineAxis({ start: '2016-12-01', end: '2017-01-23' }, dates);
		expect(months.map((m) => m.label)).toEqual(['December 2016', 'January 2017']);
		expect(months[0]!.at).toBe(0);
		expect(months[1]!.at).toBeCloseTo(27 / 53 + 4 / 53);
	});

	it('starts with the month the story starts in, crosses a year and stops at the end', () => {
		expect(
			timelineAxis({ start: '2016-11-15', end: '2017-02-01' }, dates).map((m) => m.date)
		).toEqual(['2016-11-01', '2016-12-01', '2017-01-01', '2017-02-01']);
	});
});

describe('readDateField', () => {
	it('reads a whole day, in or out of the story (the jump clamps it)', () => {
		expect(readDateField('2017-01-18')).toEqual({ kind: 'date', date: '2017-01-18' });
		expect(readDateField('2018-03-04')).toEqual({ kind: 'date', date: '2018-03-04' });
	});

	it('turns down an empty, half-typed or impossible date without echoing it', () => {
		for (const value of ['', '2017-02-30', '2017-1', '<img src=x>']) {
			const read = readDateField(value);
			expect(read.kind, value).toBe('invalid');
			if (read.kind === 'invalid' && value) expect(read.message).not.toContain(value);
		}
	});
});

describe('dateFieldIn', () => {
	it('reads the date field from the form sent before the scripts came', () => {
		expect(dateFieldIn('?date=2016-12-25')).toBe('2016-12-25');
		expect(dateFieldIn('?date=')).toBe('');
		expect(dateFieldIn('')).toBeNull();
		expect(dateFieldIn('?other=1')).toBeNull();
	});
});
