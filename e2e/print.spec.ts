// Printing: the narrative, with a static map per step and none of the screen's chrome.
import { steps, storyMap, test, expect } from './fixtures';

test('printing gives the narrative with a static map per step and no sticky chrome', async ({
	watched: page
}) => {
	await page.goto('/');
	await expect(storyMap(page)).toHaveAttribute('data-view', /.+/);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.bar')).toBeHidden();
	await expect(page.locator('.map-pane')).toBeHidden();
	for (const step of await steps(page).all()) {
		await expect(step.locator('h2')).toBeVisible();
		await expect(step.locator('.step-map')).toBeVisible();
	}
	const first = page.locator('.step-map').first();
	await first.scrollIntoViewIfNeeded();
	await expect
		.poll(() => first.evaluate((img: HTMLImageElement) => img.naturalWidth))
		.toBeGreaterThan(0);
});
