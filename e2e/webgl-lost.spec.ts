import {
	expectMapOn,
	scrollToStep,
	stepOf,
	storyMap,
	test,
	expect,
	waitForLiveMap
} from './fixtures';
import { distantStep, readingStart } from './story';

// WebGL that works, then goes: the live map must have started before it can lose its
// context (Chromium without WebGL at all: no-webgl.spec.ts).

test('a WebGL context lost mid-story falls back without errors', async ({ watched: page }) => {
	await page.goto('/');
	await scrollToStep(stepOf(page, readingStart));
	await waitForLiveMap(page);
	await expectMapOn(page, stepOf(page, readingStart));
	await page.evaluate(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('#map canvas')!;
		const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
		gl!.getExtension('WEBGL_lose_context')!.loseContext();
	});
	await expect(storyMap(page)).toHaveAttribute('data-mode', 'static');
	await expectMapOn(page, stepOf(page, readingStart));
	// Reading on, the static maps follow.
	await scrollToStep(stepOf(page, distantStep));
	await expectMapOn(page, stepOf(page, distantStep));
});
