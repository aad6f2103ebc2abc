// The fixture story without WebGL: MapLibre cannot start, and the static maps keep the
// DOM contract, its areas included (a test file of its own: the browser starts differently).
import { chromiumLaunchOptions } from '../../tools/browser.js';
import { expectMapOn, scrollToStep, steps, storyMap, test, expect } from '../fixtures';
import { contractStory } from './story';

const story = contractStory();
const ids = (list?: readonly { id: string }[]) => (list ?? []).map((item) => item.id).join(' ');

test.use({
	launchOptions: {
		...chromiumLaunchOptions,
		args: [...chromiumLaunchOptions.args, '--disable-webgl']
	}
});

test('the static maps follow the steps, shading their areas', async ({ watched: page }) => {
	await page.goto('/');
	await expect(storyMap(page)).toHaveAttribute('data-mode', 'static');
	for (const [i, event] of story.events.entries()) {
		const step = steps(page).nth(i);
		await scrollToStep(step);
		await expectMapOn(page, step);
		await expect(storyMap(page)).toHaveAttribute('data-areas', ids(event.areas));
		// The step's own static map (shared with an earlier step that has the same view).
		const src = (await step.locator('img.step-map').getAttribute('src'))!;
		const svg = await (await page.request.get(src)).text();
		expect(svg.includes('class="areas"'), event.id).toBe(Boolean(event.areas?.length));
	}
	await expect(storyMap(page)).toHaveAttribute('data-mode', 'static');
});
