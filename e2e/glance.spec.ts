// The map and the timeline read at a glance: months named, a mark's date and headline
// shown on hover and on focus, the reader's day labelled, and the lines a step's text
// draws between places highlighted with that step.
import type { Page } from '@playwright/test';
import {
	expectMapOn,
	scrollToStep,
	stepOf,
	stepsOn,
	storyMap,
	test,
	expect,
	waitForLiveMap,
	timeline,
	timelineMark
} from './fixtures';
import {
	dateText,
	days,
	jumpStep,
	lastEvent,
	lineIds,
	literally,
	monthNames,
	monthStep,
	readingStart,
	sourceMonths,
	sourcesOf,
	stepWithLines,
	stepWithoutLines
} from './story';

/** The last step of a day (`YYYY-MM-DD`). */
const stepOn = (page: Page, date: string) => stepsOn(page, date).last();
/** The tip a mark shows: its text, and whether a sighted reader can see it. */
const tipOf = (page: Page, date: string) => timelineMark(page, date).locator('.tip');
const shown = (tip: ReturnType<typeof tipOf>) =>
	tip.evaluate((el) => {
		const box = el.getBoundingClientRect();
		return box.width > 40 && box.height > 12 && getComputedStyle(el).clipPath === 'none';
	});

test('the timeline names its months', async ({ watched: page }) => {
	await page.goto('/');
	const months = timeline(page).locator('.month');
	await expect(months).toHaveText(monthNames, { ignoreCase: true });
	for (const month of await months.all()) await expect(month).toBeVisible();
	// Each month starts after the one before, left to right.
	const lefts = await months.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
	for (let i = 1; i < lefts.length; i++)
		expect(lefts[i]!, monthNames[i]).toBeGreaterThan(lefts[i - 1]! + 100);
});

test('hovering a mark shows its date and headline, and leaving hides them', async ({
	watched: page
}) => {
	await page.goto('/');
	// Hover is followed once the page is live (a pointer that arrives sooner shows no tip).
	await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
	// A day with one step: the tip is its date and its headline.
	const tip = tipOf(page, jumpStep.date);
	expect(await shown(tip)).toBe(false);
	await timelineMark(page, jumpStep.date).hover();
	await expect.poll(() => shown(tip)).toBe(true);
	await expect(tip).toHaveText(
		new RegExp(`^${literally(`${dateText(jumpStep)}: ${jumpStep.title}`)}$`)
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
	// The reader on a day past the first; the next day's mark is one arrow on.
	const from = readingStart.date;
	const next = days[days.findIndex((day) => day.date === from) + 1]!;
	await scrollToStep(stepOn(page, from));
	await expectMapOn(page, stepOn(page, from));
	// Tab from the skip link to the timeline's one tab stop, then along with the arrows.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(timelineMark(page, from)).toBeFocused();
	await expect.poll(() => shown(tipOf(page, from))).toBe(true);
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => shown(tipOf(page, next.date))).toBe(true);
	expect(await shown(tipOf(page, from))).toBe(false);
	await page.keyboard.press('Escape');
	await expect.poll(() => shown(tipOf(page, next.date))).toBe(false);
	await expect(timelineMark(page, next.date)).toBeFocused();
	// Screen readers still read the mark's date and headline.
	await expect(timelineMark(page, next.date)).toHaveAccessibleName(
		new RegExp(`^${literally(dateText(next))}: `)
	);
});

test('the reader’s day is labelled on the timeline', async ({ watched: page }) => {
	await page.goto('/');
	const today = timeline(page).locator('.today');
	await scrollToStep(stepOn(page, jumpStep.date));
	await expectMapOn(page, stepOn(page, jumpStep.date));
	await expect(today).toHaveText(dateText(jumpStep));
	await expect(today).toBeVisible();
	// It sits at the reader's mark.
	await expect
		.poll(async () => {
			const [t, m] = [
				await today.boundingBox(),
				await timelineMark(page, jumpStep.date).boundingBox()
			];
			return t!.x <= m!.x + m!.width && t!.x + t!.width >= m!.x;
		})
		.toBe(true);
	// A day dated only to its month is labelled with the month.
	await scrollToStep(stepOn(page, monthStep.date));
	await expect(today).toHaveText(dateText(monthStep));
});

test('the lines a step draws between places are highlighted with it, and only then', async ({
	watched: page
}) => {
	await page.goto('/');
	await waitForLiveMap(page);
	const withLines = stepOf(page, stepWithLines);
	await scrollToStep(withLines);
	await expectMapOn(page, withLines);
	await expect(storyMap(page)).toHaveAttribute('data-connections', lineIds(stepWithLines));
	const withoutLines = stepOf(page, stepWithoutLines);
	await scrollToStep(withoutLines);
	await expectMapOn(page, withoutLines);
	await expect(storyMap(page)).toHaveAttribute('data-connections', '');
});

test('every step lists its sources with outlet, title and date', async ({ watched: page }) => {
	await page.goto('/');
	// A quoted title, then a date in a month the story's sources are dated in.
	const cited = new RegExp(`“[^”]+”.*(\\d{1,2} )?(${sourceMonths.join('|')}) \\d{4}`);
	for (const sources of await page.locator('.step .sources').all()) {
		await expect(sources).toContainText(cited);
	}
	await expect(stepOf(page, lastEvent).locator('.sources')).toContainText(
		sourcesOf(lastEvent)[0]!.outlet
	);
});
