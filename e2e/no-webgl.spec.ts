import { chromiumLaunchOptions } from './browser.js';
import { expectMapOn, scrollToStep, steps, storyMap, test, expect } from './fixtures';

// Chromium without WebGL: MapLibre cannot start, and the static maps take over.
test.use({
	launchOptions: {
		...chromiumLaunchOptions,
		args: [...chromiumLaunchOptions.args, '--disable-webgl']
	}
});

test('a static map follows every step, keeping the DOM contract', async ({ watched: page }) => {
	await page.goto('/');
	await expect(storyMap(page)).toHaveAttribute('data-mode', 'static');
	for (const step of await steps(page).all()) {
		await scrollToStep(step);
		await expectMapOn(page, step);
		const img = storyMap(page).locator('img');
		await expect(img).toBeVisible();
		expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
	}
	await expect(page.locator('[aria-live="polite"]')).toHaveText(
		'Map: Astana, the capital of Kazakhstan'
	);
});
