import { chromiumLaunchOptions } from '../tools/browser.js';
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
		// The first step's map is inline SVG; the others are images, loaded.
		const shown = storyMap(page).locator('.fallback').last();
		await expect(shown).toBeVisible();
		if ((await shown.evaluate((el) => el.tagName)) === 'IMG')
			expect(await shown.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
		else await expect(shown.locator('svg title')).toHaveText(/^Map: /);
	}
	await expect(page.locator('[aria-live="polite"]')).toHaveText(
		/^Map: Astana, the capital of Kazakhstan; Moscow, Russia/
	);
	// The last step's lines, from the sponsors' capitals to Astana, are in its static map.
	await expect(storyMap(page)).toHaveAttribute('data-connections', /moscow>astana/);
	const lines = await page.request.get('/maps/astana-talks.svg');
	expect(await lines.text()).toContain('class="connections"');
});

test('a step without lines draws none', async ({ watched: page }) => {
	await page.goto('/');
	await scrollToStep(steps(page).nth(1));
	await expectMapOn(page, steps(page).nth(1));
	await expect(storyMap(page)).toHaveAttribute('data-connections', '');
});
