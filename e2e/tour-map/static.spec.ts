// The tour without WebGL: each chapter's static map, its route so far drawn in, and the
// map reporting the same route as the live one (a file of its own: the browser starts
// differently).
import { chromiumLaunchOptions } from '../../tools/browser.js';
import { expectMapOn, scrollToStep, stepOf, storyMap } from '../fixtures';
import { expect, routeAt, test } from './tour';

test.use({
	launchOptions: {
		...chromiumLaunchOptions,
		args: [...chromiumLaunchOptions.args, '--disable-webgl']
	}
});

test('each chapter’s static map draws the route so far', async ({ watched: page, tour }) => {
	await page.goto('/');
	await expect(storyMap(page)).toHaveAttribute('data-mode', 'static');
	for (const event of tour.events) {
		const step = stepOf(page, event);
		await scrollToStep(step);
		await expectMapOn(page, step);
		const route = routeAt(tour, event);
		await expect(storyMap(page)).toHaveAttribute('data-route', route);
		// Its own map: a chapter without a place shows the overview and the route so far.
		const src = (await step.locator('img.step-map').getAttribute('src'))!;
		const svg = await (await page.request.get(src)).text();
		expect(svg.includes('class="route"'), event.id).toBe(route !== '');
	}
	await expect(storyMap(page)).toHaveAttribute('data-mode', 'static');
	// Static maps carry no live camera.
	await expect(storyMap(page)).not.toHaveAttribute('data-camera');
});
