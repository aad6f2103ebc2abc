// A tour's cameras as a reader sees them land: a chapter's centre, zoom, pitch and bearing
// exactly (data-camera, read back from the live map once it rests), flown to or, with
// reduced motion, cut to; and the route so far, drawn up to the chapter being read.
import type { Page } from '@playwright/test';
import { MOTION, expectMapOn, scrollToStep, stepOf, storyMap, waitForLiveMap } from '../fixtures';
import { cameraOf, chapter, expect, routeAt, test } from './tour';

/** Whether the map was already on the chapter when it became current: a cut, not a flight. */
async function cutTo(page: Page, id: string) {
	const seen = page.evaluate(
		(id) =>
			new Promise<boolean>((done) => {
				const step = document.getElementById(id)!;
				new MutationObserver((_, observer) => {
					if (step.getAttribute('aria-current') !== 'step') return;
					observer.disconnect();
					done(document.getElementById('map')!.dataset.view === id);
				}).observe(step, { attributeFilter: ['aria-current'] });
			}),
		id
	);
	await scrollToStep(stepOf(page, { id }));
	return seen;
}

test('each chapter’s camera lands exactly: centre, zoom, pitch and bearing', async ({
	watched: page,
	tour
}) => {
	await page.goto('/');
	await waitForLiveMap(page);
	const tilted = tour.events.filter((e) => e.camera?.pitch && e.camera.bearing);
	expect(tilted.length).toBeGreaterThan(1);
	for (const event of tour.events.filter((e) => e.camera?.center)) {
		await scrollToStep(stepOf(page, event));
		await expectMapOn(page, stepOf(page, event));
		await expect(storyMap(page)).toHaveAttribute('data-camera', cameraOf(event));
	}
});

test('a box camera after a tilted one stands level and faces north again', async ({
	watched: page,
	tour
}) => {
	const boxed = chapter(tour, (e) => e.camera?.bounds && !e.camera.pitch && !e.camera.bearing);
	await page.goto('/');
	await waitForLiveMap(page);
	const tilted = chapter(tour, (e) => e.camera?.pitch);
	await scrollToStep(stepOf(page, tilted));
	await expect(storyMap(page)).toHaveAttribute('data-camera', cameraOf(tilted));
	await scrollToStep(stepOf(page, boxed));
	await expectMapOn(page, stepOf(page, boxed));
	await expect(storyMap(page)).toHaveAttribute('data-camera', / 0\.0 0\.0$/);
});

test('with reduced motion the map cuts to a tilted chapter', async ({ watched: page, tour }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await waitForLiveMap(page);
	// The furthest tilted chapter from the first: a flight would take a while.
	const far = [...tour.events].reverse().find((e) => e.camera?.pitch)!;
	expect(await cutTo(page, far.id)).toBe(true);
	await expect(storyMap(page)).toHaveAttribute('data-camera', cameraOf(far));
});

test('without the preference, the map flies to a tilted chapter', async ({
	watched: page,
	tour
}) => {
	await page.emulateMedia(MOTION);
	await page.goto('/');
	await waitForLiveMap(page);
	const far = [...tour.events].reverse().find((e) => e.camera?.pitch)!;
	expect(await cutTo(page, far.id)).toBe(false);
	await expect(storyMap(page)).toHaveAttribute('data-camera', cameraOf(far));
});

test('the route so far is drawn up to the chapter being read', async ({ watched: page, tour }) => {
	await page.goto('/');
	await waitForLiveMap(page);
	const routes = tour.events.map((event) => routeAt(tour, event));
	// The route grows, and stands still over a chapter without a place.
	expect(new Set(routes).size).toBeGreaterThan(2);
	for (const event of tour.events) {
		await scrollToStep(stepOf(page, event));
		await expectMapOn(page, stepOf(page, event));
		await expect(storyMap(page)).toHaveAttribute('data-route', routeAt(tour, event));
	}
	// Back up: the route is derived from the chapter, not gathered on the way.
	const first = tour.events[0]!;
	await scrollToStep(stepOf(page, first));
	await expectMapOn(page, stepOf(page, first));
	await expect(storyMap(page)).toHaveAttribute('data-route', routeAt(tour, first));
});
