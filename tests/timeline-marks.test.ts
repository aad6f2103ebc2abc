import { describe, expect, it } from 'vitest';
import { generateStory } from '$lib/story/generate.js';
import { summariseDays } from '$lib/story/split';
import {
	groupDays,
	markIndexFor,
	markLabel,
	marksFit,
	timelineMarks,
	weekOf
} from '$lib/navigation/timeline-marks';
import { story } from './built-in-story';

const span: [string, string] = [story.meta.span.start, story.meta.span.end];

describe('the timeline’s marks', () => {
	it('are the days of a short story, each with its headlines', () => {
		const marks = timelineMarks(summariseDays(story.events), span);
		expect(marks.map((m) => m.date)).toEqual([...new Set(story.events.map((e) => e.date))]);
		expect(marks.every((m) => m.period === 'day')).toBe(true);
		expect(markLabel(marks[0]!)).toBe(`11 December 2016: ${story.events[0]!.title}`);
	});

	it('group a long story by week, so that they fit a phone', () => {
		const days = summariseDays(generateStory(story, 1000).events);
		expect(marksFit(groupDays(days, 'day'), span, 296)).toBe(false);
		const marks = timelineMarks(days, span);
		expect(marks.every((m) => m.period === 'week')).toBe(true);
		expect(marks.map((m) => weekOf(m.date))).toEqual([
			...new Set(marks.map((m) => weekOf(m.date)))
		]);
		expect(marks.reduce((sum, m) => sum + m.count, 0)).toBe(1000);
		expect(marksFit(marks, span, 296)).toBe(true);
		expect(markLabel(marks[1]!)).toMatch(
			/^5 December 2016 to 11 December 2016, \d+ events: .+; and \d+ more$/
		);
	});

	it('fall back to months when even weeks crowd the track', () => {
		const days = summariseDays(generateStory(story, 1000).events);
		expect(timelineMarks(days, span, 120).every((m) => m.period === 'month')).toBe(true);
	});

	it('know which mark a date falls in', () => {
		const marks = timelineMarks(summariseDays(generateStory(story, 1000).events), span);
		expect(markIndexFor(marks, '2016-12-01')).toBe(0);
		expect(markIndexFor(marks, '2016-12-06')).toBe(1);
		expect(markIndexFor(marks, '2017-01-23')).toBe(marks.length - 1);
		expect(markIndexFor(marks, null)).toBe(-1);
	});

	it('start weeks on Mondays', () => {
		expect(weekOf('2017-01-18')).toBe('2017-01-16');
		expect(weekOf('2017-01-16')).toBe('2017-01-16');
		expect(weekOf('2017-01-22')).toBe('2017-01-16');
	});
});
