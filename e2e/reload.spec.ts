import type { Page } from '@playwright/test';
import { expectMapOn, holdScripts, steps, stepsOn, test, expect } from './fixtures';
import { firstDay } from './story';

/** The first step of the story's first day: where a date link to that day opens. */
const onFirstDay = (page: Page) => stepsOn(page, firstDay.date).first();

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
