// A story with places, without WebGL: MapLibre cannot start, and the static maps keep the
// DOM contract, its areas included; a step without places shows the overview's map (a test
// file of its own: the browser starts differently). A story without places has no maps.
import { chromiumLaunchOptions } from '../../tools/browser.js';
import { expectMapOn, scrollToStep, steps, storyMap } from '../fixtures';
import { test, expect } from './story';

const ids = (list?: readonly { id: string }[]) => (list ?? []).map((item) => item.id).join(' ');

test.use({
	launchOptions: {
		...chromiumLaunchOptions,
		args: [...chromiumLaunchOptions.args, '--disable-webgl']
	}
});

test('the static maps follow the steps, shading their areas', async ({ watched: page, story }) => {
	test.skip(story.places.length === 0, 'a story without places has no map');
	await page.goto('/');
	await expect(storyMap(page)).toHaveAttribute('data-mode', 'static');
	for (const [i, event] of story.events.entries()) {
		const step = steps(page).nth(i);
		await scrollToStep(step);
		await expectMapOn(page, step);
		await expect(storyMap(page)).toHaveAttribute('data-areas', ids(event.areas));
		// The step's own static map (shared with an earlier step that has the same view);
		// a step without places, lines or areas shows the overview (unless it draws a route).
		const src = (await step.locator('img.step-map').getAttribute('src'))!;
		if (!event.places.length && !event.areas && !event.camera && !story.meta.route)
			expect(src).toMatch(/maps\/overview\.svg$/);
		const svg = await (await page.request.get(src)).text();
		expect(svg.includes('class="areas"'), event.id).toBe(Boolean(event.areas?.length));
	}
	await expect(storyMap(page)).toHaveAttribute('data-mode', 'static');
});
