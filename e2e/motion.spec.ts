// How the map moves: it flies from step to step, cuts for a reader who passes steps faster
// than a flight, and never flies for a reader who prefers reduced motion. (Jumps by date
// and reduced motion: date-links.spec.ts.)
import type { Page } from '@playwright/test';
import { MOTION, scrollToStep, stepOf, storyMap, test, expect, waitForLiveMap } from './fixtures';
import { distantStep, threeInARow } from './story';

// Flights are part of what these tests read (tools/browser.js: reduced motion elsewhere).
test.use(MOTION);

/**
 * Whether the map was already on the step when the step became current (in the same
 * update): true when the camera jumps, false while it flies there.
 */
async function mapOnStepAsItBecomesCurrent(page: Page, step: { id: string }) {
	await page.evaluate((id) => {
		const element = document.getElementById(id)!;
		const map = document.getElementById('map')!;
		const seen: { onStep?: boolean } = {};
		(window as unknown as { seen: typeof seen }).seen = seen;
		new MutationObserver((_, observer) => {
			if (element.getAttribute('aria-current') !== 'step') return;
			seen.onStep = map.dataset.view === id;
			observer.disconnect();
		}).observe(element, { attributeFilter: ['aria-current'] });
	}, step.id);
	await scrollToStep(stepOf(page, step));
	await expect(storyMap(page)).toHaveAttribute('data-view', step.id);
	return page.evaluate(() => (window as unknown as { seen: { onStep?: boolean } }).seen.onStep);
}

// A step some way from the first, away from its places: the camera has far to go.
test.describe('reduced motion', () => {
	test('without the preference, the camera flies to the step', async ({ watched: page }) => {
		await page.goto('/');
		await waitForLiveMap(page);
		expect(await mapOnStepAsItBecomesCurrent(page, distantStep)).toBe(false);
	});

	test('with it, the map is on the step as it becomes current', async ({ watched: page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		await waitForLiveMap(page);
		expect(await mapOnStepAsItBecomesCurrent(page, distantStep)).toBe(true);
		expect(
			await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)
		).toBe('auto');
	});
});

test.describe('the reader’s pace', () => {
	test('a reader passing steps faster than a flight sees the map cut to each', async ({
		watched: page
	}) => {
		// Three steps in a row, each away from the places of the one before.
		const [first, next, after] = threeInARow;
		await page.goto('/');
		await waitForLiveMap(page);
		// From a step read for a while, the map flies to the next.
		expect(await mapOnStepAsItBecomesCurrent(page, first)).toBe(false);
		// The reader reaches the next step and, without stopping, scrolls on to the one after
		// it: in the page, so a busy test machine cannot stretch the moment between them.
		const [flownToNext, cutToAfter] = await page.evaluate(
			async ({ nextId, afterId }) => {
				const next = document.getElementById(nextId)!;
				const after = document.getElementById(afterId)!;
				const map = document.getElementById('map')!;
				/** Whether the map is on the step as it becomes current (a cut), not on its way. */
				const becomesCurrent = (step: HTMLElement) =>
					new Promise<boolean>((done) =>
						new MutationObserver((_, observer) => {
							if (step.getAttribute('aria-current') !== 'step') return;
							observer.disconnect();
							done(map.dataset.view === step.id);
						}).observe(step, { attributeFilter: ['aria-current'] })
					);
				const reached = becomesCurrent(next);
				next.scrollIntoView({ block: 'start', behavior: 'instant' });
				const onNext = await reached;
				const onAfter = becomesCurrent(after);
				after.scrollIntoView({ block: 'start', behavior: 'instant' });
				return [!onNext, await onAfter];
			},
			{ nextId: next.id, afterId: after.id }
		);
		// The reader had stayed with the last step while the map flew to it: a flight.
		expect(flownToNext).toBe(true);
		// Then moved on at once: a cut.
		expect(cutToAfter).toBe(true);
	});
});
