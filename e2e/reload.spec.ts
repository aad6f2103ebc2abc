import type { Page } from '@playwright/test';
import { expectMapOn, steps, test, expect } from './fixtures';

/** Holds the page's scripts back until `release()`: the reader acts before they arrive. */
async function holdScripts(page: Page) {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

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
	const date = await current.getAttribute('data-date');
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
		await page.goto('/#2016-12-11');
		await expectMapOn(page, page.locator('[data-date="2016-12-11"]').first());
		const before = await scrollY(page);
		const scrolledTo = await reloadAndScroll(page);
		expect(scrolledTo).toBeGreaterThan(before + 2000);
		expect(await scrollY(page)).toBe(scrolledTo);
	});
});

test('a scroll made before the scripts arrive on a date link is kept', async ({
	watched: page
}) => {
	const scrolledTo = await reloadAndScroll(page, '/#2016-12-11');
	expect(await scrollY(page)).toBe(scrolledTo);
	await expect(page.locator('[data-date="2016-12-11"]').first()).not.toHaveAttribute(
		'aria-current',
		'step'
	);
});
