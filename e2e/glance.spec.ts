// The map and the timeline read at a glance: months named, a mark's date and headline
// shown on hover and on focus, the reader's day labelled, and the lines a step's text
// draws between places highlighted with that step.
import type { Page } from '@playwright/test';
import {
	expectMapOn,
	scrollToStep,
	stepsOn,
	storyMap,
	test,
	expect,
	waitForLiveMap
} from './fixtures';

const timeline = (page: Page) => page.getByRole('navigation', { name: /timeline/i });
const mark = (page: Page, date: string) => timeline(page).locator(`a[href="#${date}"]`);
/** The last step of a day (`YYYY-MM-DD`). */
const stepOn = (page: Page, date: string) => stepsOn(page, date).last();
/** The tip a mark shows: its text, and whether a sighted reader can see it. */
const tipOf = (page: Page, date: string) => mark(page, date).locator('.tip');
const shown = (tip: ReturnType<typeof tipOf>) =>
	tip.evaluate((el) => {
		const box = el.getBoundingClientRect();
		return box.width > 40 && box.height > 12 && getComputedStyle(el).clipPath === 'none';
	});

test('the timeline names its months', async ({ watched: page }) => {
	await page.goto('/');
	const months = timeline(page).locator('.month');
	await expect(months).toHaveText(['December 2016', 'January 2017'], { ignoreCase: true });
	for (const month of await months.all()) await expect(month).toBeVisible();
	// January starts after December, left to right.
	const [december, january] = await months.evaluateAll((els) =>
		els.map((el) => el.getBoundingClientRect().left)
	);
	expect(january!).toBeGreaterThan(december! + 100);
});

test('hovering a mark shows its date and headline, and leaving hides them', async ({
	watched: page
}) => {
	await page.goto('/');
	// Hover is followed once the page is live (a pointer that arrives sooner shows no tip).
	await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
	const tip = tipOf(page, '2017-01-18');
	expect(await shown(tip)).toBe(false);
	await mark(page, '2017-01-18').hover();
	await expect.poll(() => shown(tip)).toBe(true);
	await expect(tip).toHaveText(
		/^18 January 2017: Russia reports joint strikes with Turkey near Al Bab$/
	);
	// It opens below the bar, over the page, not cut off by the window.
	const box = (await tip.boundingBox())!;
	const bar = (await page.locator('header.bar').boundingBox())!;
	expect(box.y).toBeGreaterThan(bar.y + bar.height / 2);
	expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
	await page.mouse.move(5, 400);
	await expect.poll(() => shown(tip)).toBe(false);
});

test('a mark focused from the keyboard shows its tip; Escape hides it', async ({
	watched: page
}) => {
	await page.goto('/');
	await scrollToStep(stepOn(page, '2016-12-22'));
	await expectMapOn(page, stepOn(page, '2016-12-22'));
	// Tab from the skip link to the timeline's one tab stop, then along with the arrows.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(mark(page, '2016-12-22')).toBeFocused();
	await expect.poll(() => shown(tipOf(page, '2016-12-22'))).toBe(true);
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => shown(tipOf(page, '2016-12-30'))).toBe(true);
	expect(await shown(tipOf(page, '2016-12-22'))).toBe(false);
	await page.keyboard.press('Escape');
	await expect.poll(() => shown(tipOf(page, '2016-12-30'))).toBe(false);
	await expect(mark(page, '2016-12-30')).toBeFocused();
	// Screen readers still read the mark's date and headline.
	await expect(mark(page, '2016-12-30')).toHaveAccessibleName(/^30 December 2016: /);
});

test('the reader’s day is labelled on the timeline', async ({ watched: page }) => {
	await page.goto('/');
	const today = timeline(page).locator('.today');
	await scrollToStep(stepOn(page, '2017-01-18'));
	await expectMapOn(page, stepOn(page, '2017-01-18'));
	await expect(today).toHaveText('18 January 2017');
	await expect(today).toBeVisible();
	// It sits at the reader's mark.
	await expect
		.poll(async () => {
			const [t, m] = [await today.boundingBox(), await mark(page, '2017-01-18').boundingBox()];
			return t!.x <= m!.x + m!.width && t!.x + t!.width >= m!.x;
		})
		.toBe(true);
	await scrollToStep(stepOn(page, '2017-01-01'));
	await expect(today).toHaveText('January 2017');
});

test('the lines a step draws between places are highlighted with it, and only then', async ({
	watched: page
}) => {
	await page.goto('/');
	await waitForLiveMap(page);
	const talks = stepOn(page, '2017-01-23');
	await scrollToStep(talks);
	await expectMapOn(page, talks);
	await expect(storyMap(page)).toHaveAttribute(
		'data-connections',
		'moscow>astana ankara>astana tehran>astana'
	);
	await scrollToStep(stepOn(page, '2017-01-18'));
	await expectMapOn(page, stepOn(page, '2017-01-18'));
	await expect(storyMap(page)).toHaveAttribute('data-connections', '');
});

test('every step lists its sources with outlet, title and date', async ({ watched: page }) => {
	await page.goto('/');
	for (const sources of await page.locator('.step .sources').all()) {
		await expect(sources).toContainText(
			/“[^”]+”.*(\d{1,2} )?(January|December|August|October|February) 20\d\d/
		);
	}
	await expect(stepOn(page, '2017-01-23').locator('.sources')).toContainText(
		'Associated Press, in the Daily Herald'
	);
});
