// The two invented TimelineJS files the browser tests import and build
// (playwright.fixture.config.ts): each must import into a story the schema accepts, and hold
// every kind of thing those tests walk through, so a change to either file cannot quietly
// leave a browser test with nothing to check.
import { describe, expect, it } from 'vitest';
import { plainText } from '$lib/text/rich-text';
import { validateStory } from '../../tools/story/problems';
import { imported } from './fixtures';

const hasMarkup = (text: string, pattern: RegExp) => pattern.test(text);

describe.each([
	['timelinejs/chronology.json', 'with places'],
	['timelinejs/firsts.csv', 'without places']
])('%s (%s)', (path, kind) => {
	const { story } = imported(path);
	const texts = [...story.meta.intro, ...story.events.flatMap((e) => e.body)].map((p) => p.text);

	it('imports into a story the schema accepts, marked as invented', () => {
		expect(validateStory(story)).toEqual([]);
		expect(texts.join(' ')).toMatch(/invented/i);
	});

	it('has years, months, days, a time, a span from 10 December 1815 and a year 1843', () => {
		const precisions = new Set(story.events.map((e) => e.precision));
		expect(precisions).toEqual(new Set(['year', 'month', 'day']));
		expect(story.events.some((e) => e.time)).toBe(true);
		expect(story.events.some((e) => e.date === '1843-01-01' && e.precision === 'year')).toBe(true);
		const span = story.events.find((e) => e.end)!;
		expect([span.date, span.end]).toEqual(['1815-12-10', { date: '1852-11-27', precision: 'day' }]);
	});

	it('has groups, eras in its span, links, emphasis, lists and hostile markup kept as words', () => {
		expect(new Set(story.events.flatMap((e) => (e.group ? [e.group] : []))).size).toBeGreaterThan(
			1
		);
		expect(story.events.some((e) => !e.group)).toBe(true);
		expect(story.meta.eras?.length).toBeGreaterThan(0);
		expect(texts.some((t) => hasMarkup(t, /\]\(https:\/\//))).toBe(true);
		expect(texts.some((t) => hasMarkup(t, /(^|[^\\])[*_]\w/))).toBe(true);
		expect(texts.some((t) => hasMarkup(t, /^(- |\d+\. )/m))).toBe(true);
		expect(texts.some((t) => plainText(t).includes('<script>alert(2)</script>'))).toBe(true);
		expect(texts.join(' ')).not.toMatch(/\]\(javascript:/);
	});

	it(`is a story ${kind}, with a step without places`, () => {
		expect(story.places.length > 0).toBe(kind === 'with places');
		expect(story.events.some((e) => e.places.length === 0)).toBe(true);
	});
});
