import { chromiumLaunchOptions } from '../tools/browser.js';
import { expectMapOn, scrollToStep, stepOf, steps, storyMap, test, expect } from './fixtures';
import {
	lastEvent,
	lineIds,
	mapName,
	staticMapOfStep,
	stepWithLines,
	stepWithoutLines
} from './story';

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
		// The first step's map is inline SVG; the others are images, loaded.
		const shown = storyMap(page).locator('.fallback').last();
		await expect(shown).toBeVisible();
		if ((await shown.evaluate((el) => el.tagName)) === 'IMG')
			expect(await shown.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
		else await expect(shown.locator('svg title')).toHaveText(/^Map: /);
	}
	await expect(page.locator('[aria-live="polite"]')).toHaveText(mapName(lastEvent));
	// A step's lines between places are in its static map.
	const withLines = stepOf(page, stepWithLines);
	await scrollToStep(withLines);
	await expectMapOn(page, withLines);
	await expect(storyMap(page)).toHaveAttribute('data-connections', lineIds(stepWithLines));
	const lines = await page.request.get(`/maps/${staticMapOfStep(stepWithLines)}.svg`);
	expect(await lines.text()).toContain('class="connections"');
});

test('a step without lines draws none', async ({ watched: page }) => {
	await page.goto('/');
	const withoutLines = stepOf(page, stepWithoutLines);
	await scrollToStep(withoutLines);
	await expectMapOn(page, withoutLines);
	await expect(storyMap(page)).toHaveAttribute('data-connections', '');
});
