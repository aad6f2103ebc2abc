import type { Page } from '@playwright/test';
import { expectMapOn, holdScripts, steps, stepsOn, test, expect } from './fixtures';
import { days, firstDay, lastDay } from './story';

/** The first step of the story's first day: where a date link to that day opens. */
const onFirstDay = (page: Page) => stepsOn(page, firstDay.date).first();

/** The step being read, if it is on the day `date` (`YYYY-MM-DD`). */
const onDay = (page: Page, date: string) =>
	stepsOn(page, date).and(page.locator('[aria-current="step"]'));

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/**
 * Reloads (or opens `url`), then scrolls with the wheel right after `load`, before the scripts have
 * started, and waits until the page is live and following the reader again.
 */
async function reloadAndScroll(page: Page, url?: string) {
	const release = await holdScripts(page);
	await (url ? page.goto(url) : page.reload()); // resolves at `load`
	await page.mouse.move(200, 500);
	await page.mouse.wheel(0, 2500);
	await expect.poll(() => scrollY(page)).toBeGreaterThan(2000);
	const scrolledTo = await scrollY(page);
	release();
	// Live: the step at the reading line is current, and the URL follows it.
	await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
	const current = page.locator('[aria-current="step"]');
	// The URL names the step's day (its data-date has only its precision).
	const date = await current.evaluate((step) => step.closest('.day')!.id);
	await expect(page).toHaveURL(new RegExp(`#${date}$`));
	return scrolledTo;
}

test.describe('a scroll made right after a reload', () => {
	test('is kept: the page does not snap back to the top', async ({ watched: page }) => {
		await page.goto('/');
		await expectMapOn(page, steps(page).first());
		const scrolledTo = await reloadAndScroll(page);
		expect(await scrollY(page)).toBe(scrolledTo);
		await expect(steps(page).first()).not.toHaveAttribute('aria-current', 'step');
	});

	test('is kept: the page does not snap back to the date in the URL', async ({ watched: page }) => {
		await page.goto(`/#${firstDay.date}`);
		await expectMapOn(page, onFirstDay(page));
		const before = await scrollY(page);
		const scrolledTo = await reloadAndScroll(page);
		expect(scrolledTo).toBeGreaterThan(before + 2000);
		expect(await scrollY(page)).toBe(scrolledTo);
	});
});

test('a scroll made before the scripts arrive on a date link is kept', async ({
	watched: page
}) => {
	const scrolledTo = await reloadAndScroll(page, `/#${firstDay.date}`);
	expect(await scrollY(page)).toBe(scrolledTo);
	await expect(onFirstDay(page)).not.toHaveAttribute('aria-current', 'step');
});

test('Back after a reload returns to the day the reader left, not the one the page was opened at', async ({
	watched: page
}) => {
	// Opened at a date link, read on with the wheel into a later day (the URL follows).
	const opened = days[1]!;
	await page.goto(`/#${opened.date}`);
	await expect(onDay(page, opened.date)).toHaveCount(1);
	await page.mouse.move(200, 500);
	const current = page.locator('[aria-current="step"]');
	const dayOf = () => current.evaluate((step) => step.closest('.day')!.id);
	for (let turns = 0; turns < 40 && (await dayOf()) === opened.date; turns++)
		await page.mouse.wheel(0, 150);
	const left = { day: await dayOf(), step: await current.getAttribute('id') };
	expect(left.day).not.toBe(opened.date);
	await expect(page).toHaveURL(new RegExp(`#${left.day}$`));
	// A jump to the last day by its timeline mark, and a reload there.
	await page
		.getByRole('navigation', { name: /timeline/i })
		.locator(`a[href="#${lastDay.date}"]`)
		.click();
	await expect(page).toHaveURL(new RegExp(`#${lastDay.date}$`));
	await page.reload();
	await expect(onDay(page, lastDay.date)).toHaveCount(1);
	// Back: the step the reader left, and its day in the URL.
	await page.goBack();
	await expect(page.locator(`[id="${left.step}"]`)).toHaveAttribute('aria-current', 'step');
	await expect(page).toHaveURL(new RegExp(`#${left.day}$`));
});
