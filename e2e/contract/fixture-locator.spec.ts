// The fixture's locator inset (`meta.locator`): what a reader sees of it. On the live map,
// a small map of the region in the corner with the box of where the map rests, which
// moves when the step changes, and no inset where the map already shows most of the
// region; each step's static map (no JavaScript, no WebGL, print) draws the same.
import type { Page } from '@playwright/test';
import { expectMapOn, scrollToStep, stepOf, waitForLiveMap } from '../fixtures';
import { expect, test } from './story';

/** The inset's box on the live map, as it is drawn: its left, top, width and height. */
const boxOf = async (page: Page) =>
	(await page.locator('.story-locator').getAttribute('data-extent'))!.split(' ').map(Number);

test('the locator inset marks where the map looks, follows the step, and is left off where pointless', async ({
	watched: page,
	story
}) => {
	expect(story.meta.locator).toBe(true);
	const byId = (id: string) => story.events.find((e) => e.id === id)!;
	// Lima, then La Paz (east and south of it), then the whole coast: the region at a glance.
	const [lima, laPaz, coast] = ['lima-meeting', 'la-paz-march', 'santiago-talks'].map(byId);
	await page.goto('/');
	await waitForLiveMap(page);
	const inset = page.locator('.story-locator');

	await scrollToStep(stepOf(page, lima!));
	await expectMapOn(page, stepOf(page, lima!));
	await expect(inset).toBeVisible();
	await expect(inset).toHaveAttribute('aria-hidden', 'true');
	// Its picture of the region is drawn (the file loaded), its box inside it.
	const [x0, y0, w0, h0] = await boxOf(page);
	const size = await inset.locator('svg').evaluate((svg: SVGSVGElement) => {
		const { width, height } = svg.viewBox.baseVal;
		return { width, height };
	});
	expect(size.width).toBeGreaterThan(0);
	expect(x0! + w0!).toBeLessThanOrEqual(size.width);
	expect(y0! + h0!).toBeLessThanOrEqual(size.height);
	const picture = await page.request.get(
		new URL((await inset.locator('image').getAttribute('href'))!, page.url()).href
	);
	expect(picture.headers()['content-type']).toContain('image/svg+xml');
	// Within the map, clear of the scale bar under it and of the credit line.
	const [box, scale, credit] = await Promise.all(
		[inset, page.locator('.maplibregl-ctrl-scale'), page.locator('.credit')].map((l) =>
			l.boundingBox()
		)
	);
	expect(box!.y + box!.height).toBeLessThanOrEqual(scale!.y);
	expect(box!.y + box!.height).toBeLessThanOrEqual(credit!.y);

	// The next step, further south and east: the box moves there once the map rests.
	await scrollToStep(stepOf(page, laPaz!));
	await expectMapOn(page, stepOf(page, laPaz!));
	await expect.poll(async () => (await boxOf(page))[0]).toBeGreaterThan(x0!);
	expect((await boxOf(page))[1]).toBeGreaterThan(y0!);

	// The whole coast is most of the region: no inset; the next step brings it back.
	await scrollToStep(stepOf(page, coast!));
	await expectMapOn(page, stepOf(page, coast!));
	await expect(inset).toBeHidden();
	await scrollToStep(stepOf(page, lima!));
	await expectMapOn(page, stepOf(page, lima!));
	await expect(inset).toBeVisible();

	// The static maps draw the inset for the same steps, and leave it off the same.
	for (const [event, drawn] of [
		[lima!, true],
		[laPaz!, true],
		[coast!, false]
	] as const) {
		const src = await stepOf(page, event).locator('.step-map').getAttribute('src');
		const svg = await (await page.request.get(new URL(src!, page.url()).href)).text();
		expect(svg.includes('<svg class="locator"'), event.id).toBe(drawn);
		expect(svg.includes('class="locator-extent"'), event.id).toBe(drawn);
	}
});
