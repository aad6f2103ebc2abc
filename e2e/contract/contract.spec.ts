// The DOM contract (docs/architecture.md), held by stories other than the built-in one:
// the test fixture, two imported TimelineJS files and a tour, each built and served on its own
// port (playwright.fixture.config.ts). What the page must show is read from the project's
// story file (e2e/contract/story.ts). Every test also checks, through `watched`, that no
// console error appears and no request leaves the origin.
import type { Locator, Page } from '@playwright/test';
import { axisTicks, formatDate, lastDayOf } from '../../src/lib/story/dates';
import { editionInfo } from '../../tools/editions.js';
import { notice } from '../date-field';
import { MOTION, expectReading, steps, stepsOn, storyMap, waitForLiveMap } from '../fixtures';
import { dataDate, isDatedStory, type DatedStory } from '../story-file';
import { isDated, type Story } from '../../src/lib/story/types';
import { test, expect } from './story';

// Flights are part of what these tests read (tools/browser.js: reduced motion elsewhere).
test.use(MOTION);

const locale = editionInfo('en').locale;
const ids = (list?: readonly { id: string }[]) => (list ?? []).map((item) => item.id).join(' ');
const lineIds = (event: Story['events'][number]) =>
	(event.connections ?? []).map(({ from, to }) => `${from}>${to}`).join(' ');
const daysOf = (story: DatedStory) => [...new Set(story.events.map((event) => event.date))];
const dayAfter = (iso: string, days = 1) =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** A date as the page writes it, at a precision. */
const written = (date: string, precision: 'day' | 'month' | 'year' = 'day') =>
	formatDate(date, precision, locale);

/**
 * A day with no event, inside no event's span, after the story's first day: the latest
 * day before it with events, and that day's first event.
 */
function dayWithoutEvent(story: DatedStory) {
	const covered = (date: string) =>
		story.events.some(
			(e) => e.date <= date && e.end && lastDayOf(e.end.date, e.end.precision) >= date
		);
	for (const [i, event] of story.events.entries()) {
		const asked = dayAfter(event.date);
		const next = story.events[i + 1];
		if (next && asked < next.date && !covered(asked))
			return { asked, shown: story.events.find((e) => e.date === event.date)! };
	}
	throw new Error('The story has no day without an event between two of its events');
}

/**
 * Scrolls like a reader, with the mouse wheel over the text, a flick at a time, until
 * `step`'s top is past the reading line (the page's --reading-line, with a little to
 * spare); then the step must become current.
 */
async function wheelTo(page: Page, step: Locator) {
	await page.mouse.move(240, 400);
	const scrollY = () => page.evaluate(() => window.scrollY);
	for (;;) {
		const gap = await step.evaluate((el) => {
			const line = getComputedStyle(document.documentElement).getPropertyValue('--reading-line');
			return el.getBoundingClientRect().top - (parseFloat(line) / 100) * innerHeight + 40;
		});
		if (gap <= 0) break;
		const before = await scrollY();
		await page.mouse.wheel(0, Math.min(Math.ceil(gap), 400));
		await expect.poll(scrollY).toBeGreaterThan(before);
	}
	await expect(step).toHaveAttribute('aria-current', 'step');
}

test.describe('a story keeps the DOM contract', () => {
	test('every event is a step: <article id data-date data-places>, nothing else', async ({
		watched: page,
		story
	}) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.title);
		const marked = await steps(page).evaluateAll((elements) =>
			elements.map((e) => [e.tagName, e.id, e.dataset.date, e.dataset.places])
		);
		// data-date is the date at its precision: 1843, 1990-03, 1990-04-02; a tour's
		// chapters have none.
		expect(marked).toEqual(
			story.events.map((e) => [
				'ARTICLE',
				e.id,
				isDated(e) ? dataDate(e) : undefined,
				e.places.join(' ')
			])
		);
		// Before the page is live no step is current; then exactly one is.
		await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
		await expect(steps(page).first()).toHaveAttribute('aria-current', 'step');
		// The map's attributes are the contract's only where the story has places to map.
		await expect(storyMap(page)).toHaveCount(story.places.length ? 1 : 0);
	});

	test('wheel-scrolling walks every step, the map following with its lines and areas', async ({
		watched: page,
		story
	}) => {
		const hasMap = story.places.length > 0;
		await page.goto('/');
		if (hasMap) await waitForLiveMap(page);
		for (const [i, event] of story.events.entries()) {
			const step = steps(page).nth(i);
			if (i > 0) await wheelTo(page, step);
			await expectReading(page, step, hasMap);
			if (!hasMap) continue;
			await expect(storyMap(page)).toHaveAttribute('data-connections', lineIds(event));
			await expect(storyMap(page)).toHaveAttribute('data-areas', ids(event.areas));
			await expect(storyMap(page)).toHaveAttribute('data-mode', 'live');
		}
	});

	test('date links land on the day, the latest day before it, or the story’s ends', async ({
		watched: page,
		story: anyStory
	}) => {
		test.skip(!isDatedStory(anyStory), 'a tour has no dates: its links name chapters');
		const story = anyStory as DatedStory;
		const hasMap = story.places.length > 0;
		const days = daysOf(story);
		const first = story.events[0]!;
		const onLastDay = story.events.find((e) => e.date === story.events.at(-1)!.date)!;
		const stepOf = (id: string) => page.locator(`[id="${id}"]`);
		const open = async (hash: string) => {
			await page.goto('about:blank');
			await page.goto(`/#${hash}`);
		};
		// An exact day (one with two events, where there is one): the link opens its first.
		const day = days.find((d) => story.events.filter((e) => e.date === d).length > 1) ?? days[1]!;
		await open(day);
		await expectReading(page, stepsOn(page, day).first(), hasMap);
		await expect(stepsOn(page, day).first()).toBeInViewport();
		await expect(notice(page)).toHaveText('');
		// A day without an event: the latest before it, and a note that says so.
		const { asked, shown } = dayWithoutEvent(story);
		await open(asked);
		await expectReading(page, stepOf(shown.id), hasMap);
		await expect(notice(page)).toHaveText(
			`No event on ${written(asked)}; showing ${written(shown.date, shown.precision)}.`
		);
		// Before the story and after it: clamped to its first and last steps.
		const before = dayAfter(story.meta.span.start, -10);
		await open(before);
		await expectReading(page, stepOf(first.id), hasMap);
		await expect(notice(page)).toHaveText(
			`The story begins after ${written(before)}; showing ${written(first.date, first.precision)}.`
		);
		const after = dayAfter(story.meta.span.end, 4);
		await open(after);
		await expectReading(page, stepOf(onLastDay.id), hasMap);
		await expect(notice(page)).toHaveText(
			`The story ends before ${written(after)}; showing ${written(onLastDay.date, onLastDay.precision)}.`
		);
	});

	test('the timeline: marks that lead to days with events, under its axis’s names', async ({
		watched: page,
		story: anyStory
	}) => {
		test.skip(!isDatedStory(anyStory), 'a tour has a chapter list instead (tour.spec.ts)');
		const story = anyStory as DatedStory;
		await page.goto('/');
		const days = daysOf(story);
		const timeline = page.getByRole('navigation', { name: /timeline/i });
		const marks = timeline.getByRole('link');
		const hrefs = await marks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
		// A mark a day while days fit a phone's track (else a week, month, year, decade or
		// century: each leads to its first day), in order, from the first day.
		expect(hrefs[0]).toBe(days[0]);
		for (const date of hrefs) expect(days).toContain(date);
		expect([...hrefs].sort()).toEqual(hrefs);
		if (hrefs.length === days.length) expect(hrefs).toEqual(days);
		// The axis names the span's months, or for a long span its years, decades or centuries.
		const { start, end } = story.meta.span;
		await expect(timeline.locator('.month')).toHaveText(
			axisTicks(start, end).map((tick) => written(tick.date, tick.precision))
		);
		// A mark is a way in: it opens its day.
		const n = Math.min(2, hrefs.length - 1);
		await marks.nth(n).click();
		await expectReading(page, stepsOn(page, hrefs[n]!).first(), story.places.length > 0);
		await expect(page).toHaveURL(new RegExp(`#${hrefs[n]}$`));
	});
});
