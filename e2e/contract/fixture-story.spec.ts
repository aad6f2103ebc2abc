// The DOM contract (README), held by a story other than the built-in one: the test
// fixture, built into build-fixture/ and served on its own port (playwright.fixture.config.ts).
// What the page must show is read from the story file. Every test also checks, through
// `watched`, that no console error appears and no request leaves the origin.
import type { Locator, Page } from '@playwright/test';
import { notice } from '../date-field';
import { expectMapOn, steps, storyMap, test, expect, waitForLiveMap } from '../fixtures';
import { contractStory } from './story';

const story = contractStory();
const days = [...new Set(story.events.map((event) => event.date))];
const ids = (list?: readonly { id: string }[]) => (list ?? []).map((item) => item.id).join(' ');
const lineIds = (event: (typeof story.events)[number]) =>
	(event.connections ?? []).map(({ from, to }) => `${from}>${to}`).join(' ');
const stepOn = (page: Page, date: string) => page.locator(`[id="${date}"] article`).first();

/**
 * Scrolls like a reader, with the mouse wheel over the text, a flick at a time, until
 * `step`'s top is past the reading line; then the step must become current.
 */
async function wheelTo(page: Page, step: Locator) {
	await page.mouse.move(240, 400);
	const scrollY = () => page.evaluate(() => window.scrollY);
	for (;;) {
		const gap = await step.evaluate((el) => el.getBoundingClientRect().top - innerHeight * 0.4);
		if (gap <= 0) break;
		const before = await scrollY();
		await page.mouse.wheel(0, Math.min(Math.ceil(gap), 400));
		await expect.poll(scrollY).toBeGreaterThan(before);
	}
	await expect(step).toHaveAttribute('aria-current', 'step');
}

test.describe('the fixture story keeps the DOM contract', () => {
	test('every event is a step: <article id data-date data-places>, nothing else', async ({
		watched: page
	}) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.title);
		const marked = await steps(page).evaluateAll((elements) =>
			elements.map((e) => [e.tagName, e.id, e.dataset.date, e.dataset.places])
		);
		expect(marked).toEqual(story.events.map((e) => ['ARTICLE', e.id, e.date, e.places.join(' ')]));
		// Before the page is live no step is current; then exactly one is.
		await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
		await expect(steps(page).first()).toHaveAttribute('aria-current', 'step');
	});

	test('wheel-scrolling walks every step, the map following with its lines and areas', async ({
		watched: page
	}) => {
		await page.goto('/');
		await waitForLiveMap(page);
		for (const [i, event] of story.events.entries()) {
			const step = steps(page).nth(i);
			if (i > 0) await wheelTo(page, step);
			await expectMapOn(page, step);
			await expect(storyMap(page)).toHaveAttribute('data-connections', lineIds(event));
			await expect(storyMap(page)).toHaveAttribute('data-areas', ids(event.areas));
			await expect(storyMap(page)).toHaveAttribute('data-mode', 'live');
		}
		// The fixture exercises what the contract names: lines and areas on some steps.
		expect(story.events.some((e) => e.areas?.length)).toBe(true);
		expect(story.events.some((e) => e.connections?.length)).toBe(true);
	});

	test('date links land on the day, the latest day before, or the story’s ends', async ({
		watched: page
	}) => {
		const [first, last] = [story.events[0]!, story.events.at(-1)!];
		// An exact day; two events that day: the link opens the first of them.
		await page.goto('/#1990-04-02');
		await expectMapOn(page, page.locator('#la-paz-march'));
		await expect(page.locator('#la-paz-march')).toBeInViewport();
		await expect(notice(page)).toHaveText('');
		// A day without an event: the latest before it, and a note that says so.
		await page.goto('about:blank');
		await page.goto('/#1990-04-20');
		await expectMapOn(page, stepOn(page, '1990-04-02'));
		await expect(notice(page)).toHaveText('No event on 20 April 1990; showing 2 April 1990.');
		// Before the story and after it: clamped to its first and last steps.
		await page.goto('about:blank');
		await page.goto('/#1990-02-10');
		await expectMapOn(page, page.locator(`#${first.id}`));
		await expect(notice(page)).toHaveText(
			'The story begins after 10 February 1990; showing March 1990.'
		);
		await page.goto('about:blank');
		await page.goto('/#1990-07-04');
		await expectMapOn(page, page.locator(`#${last.id}`));
		await expect(notice(page)).toHaveText(
			'The story ends before 4 July 1990; showing 30 June 1990.'
		);
	});

	test('the timeline: one mark per day with events, under the fixture’s months', async ({
		watched: page
	}) => {
		await page.goto('/');
		const timeline = page.getByRole('navigation', { name: /timeline/i });
		const marks = timeline.getByRole('link');
		expect(await marks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
			days.map((day) => `#${day}`)
		);
		await expect(timeline.locator('.month')).toHaveText([
			'March 1990',
			'April 1990',
			'May 1990',
			'June 1990'
		]);
		// A mark is a way in: it opens its day.
		await marks.nth(2).click();
		await expectMapOn(page, stepOn(page, days[2]!));
		await expect(page).toHaveURL(new RegExp(`#${days[2]}$`));
	});
});
