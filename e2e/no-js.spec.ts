// Without JavaScript: the narrative, its dates, its links and its static maps all read from
// the prerendered HTML. (A date link without JavaScript: date-links.spec.ts.)
import { dayOfEachStep, steps, stepOf, test, expect } from './fixtures';
import { jumpStep } from './story';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole narrative reads, with dates, links and static maps', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		for (const step of await steps(page).all()) {
			await expect(step.getByRole('heading')).toBeVisible();
			await expect(step.locator('time')).toBeVisible();
		}
		const overview = page.locator('.static-overview');
		await expect(overview).toBeVisible();
		await expect
			.poll(() => overview.evaluate((img: HTMLImageElement) => img.naturalWidth))
			.toBeGreaterThan(0);
		// A step's map further down, loaded as the reader comes to it.
		const stepMap = stepOf(page, jumpStep).locator('.step-map');
		await stepMap.scrollIntoViewIfNeeded();
		await expect(stepMap).toBeVisible();
		await expect
			.poll(() => stepMap.evaluate((img: HTMLImageElement) => img.naturalWidth))
			.toBeGreaterThan(0);
		// One mark per day with events.
		const days = new Set(await dayOfEachStep(page));
		await expect(page.getByRole('navigation', { name: /timeline/i }).getByRole('link')).toHaveCount(
			days.size
		);
	});
});
