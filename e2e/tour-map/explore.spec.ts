// A chapter the reader may explore (`mapInteractive`): they drag and zoom the map, by the
// mouse and by the keys, while it is read; the wheel still scrolls the story; other
// chapters' maps do not move; moving on, or the button, brings back the chapter's view.
import type { Page } from '@playwright/test';
import { DETAIL_LIMIT } from '../../tools/basemap/story-basemap';
import { expectMapOn, scrollToStep, stepOf, storyMap, waitForLiveMap } from '../fixtures';
import { chapter, expect, test } from './tour';

/** The live map's canvas, which the reader grabs. */
const canvas = (page: Page) => page.locator('#map canvas');
const hint = (page: Page) => page.getByText('You can move and zoom this map');
const backButton = (page: Page) => page.getByRole('button', { name: 'Back to the chapter’s view' });
const cameraNow = (page: Page) => storyMap(page).getAttribute('data-camera');

/** Drags the map by the mouse from its middle, as a reader would. */
async function drag(page: Page) {
	const box = (await canvas(page).boundingBox())!;
	const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
	await page.mouse.move(x, y);
	await page.mouse.down();
	for (let i = 1; i <= 10; i++) await page.mouse.move(x - 15 * i, y + 10 * i);
	await page.mouse.up();
}

/** Ten animation frames: anything a gesture set moving has had frames to move in. */
const frames = (page: Page) =>
	page.evaluate(async () => {
		for (let i = 0; i < 10; i++) await new Promise(requestAnimationFrame);
	});

/** Opens the tour with the live map in, and goes to a chapter. */
async function readAt(page: Page, id: string) {
	await page.goto('/');
	await waitForLiveMap(page);
	await scrollToStep(stepOf(page, { id }));
	await expectMapOn(page, stepOf(page, { id }));
}

test('the reader drags the map of a chapter that allows it, and can go back', async ({
	watched: page,
	tour
}) => {
	const open = chapter(tour, (e) => e.mapInteractive);
	await readAt(page, open.id);
	await expect(hint(page)).toBeVisible();
	await expect(backButton(page)).toHaveCount(0);
	const view = await cameraNow(page);
	await drag(page);
	await expect(storyMap(page)).not.toHaveAttribute('data-camera', view!);
	// Still the chapter's map: the reader moved it, the story did not.
	await expect(storyMap(page)).toHaveAttribute('data-view', open.id);
	await backButton(page).click();
	await expect(storyMap(page)).toHaveAttribute('data-camera', view!);
	await expect(backButton(page)).toHaveCount(0);
});

test('the keys move the map of such a chapter once it has the focus', async ({
	watched: page,
	tour
}) => {
	const open = chapter(tour, (e) => e.mapInteractive);
	await readAt(page, open.id);
	const view = await cameraNow(page);
	await canvas(page).focus();
	await page.keyboard.press('Equal'); // "+": a level closer
	await expect(storyMap(page)).not.toHaveAttribute('data-camera', view!);
	await expect(backButton(page)).toBeVisible();
	// Closer and closer: the reader stops at the basemap's detail limit, never an empty field.
	for (let i = 0; i < 12; i++) await page.keyboard.press('Equal');
	const zoom = async () => Number((await cameraNow(page))!.split(' ')[2]);
	/** The zoom once the map rests: the same ten frames apart (NaN while it moves). */
	const restingZoom = async () => {
		const before = await zoom();
		await frames(page);
		return (await zoom()) === before ? before : NaN;
	};
	await expect.poll(restingZoom).toBe(DETAIL_LIMIT);
	// And there it stays.
	await page.keyboard.press('Equal');
	await frames(page);
	await expect.poll(restingZoom).toBe(DETAIL_LIMIT);
});

test('moving on takes the map back; coming back shows the chapter’s view', async ({
	watched: page,
	tour
}) => {
	const index = tour.events.findIndex((e) => e.mapInteractive);
	const [open, next] = [tour.events[index]!, tour.events[index + 1]!];
	await readAt(page, open.id);
	const view = await cameraNow(page);
	await drag(page);
	await expect(storyMap(page)).not.toHaveAttribute('data-camera', view!);
	await scrollToStep(stepOf(page, next));
	await expectMapOn(page, stepOf(page, next));
	await expect(hint(page)).toHaveCount(0);
	// The next chapter's map cannot be dragged.
	const nextView = await cameraNow(page);
	await drag(page);
	await frames(page);
	await expect(storyMap(page)).toHaveAttribute('data-camera', nextView!);
	await scrollToStep(stepOf(page, open));
	await expectMapOn(page, stepOf(page, open));
	await expect(storyMap(page)).toHaveAttribute('data-camera', view!);
	await expect(backButton(page)).toHaveCount(0);
});

test('other chapters’ maps stay where the story puts them', async ({ watched: page, tour }) => {
	const fixed = chapter(tour, (e) => !e.mapInteractive && e.places.length > 0);
	await readAt(page, fixed.id);
	await expect(hint(page)).toHaveCount(0);
	const view = await cameraNow(page);
	await drag(page);
	await canvas(page).focus();
	await page.keyboard.press('Equal');
	await page.mouse.dblclick(...(await middle(page)));
	await frames(page);
	await expect(storyMap(page)).toHaveAttribute('data-camera', view!);
	await expect(storyMap(page)).toHaveAttribute('data-view', fixed.id);
});

test('the wheel over an explorable map scrolls the story, never zooms', async ({
	watched: page,
	tour
}) => {
	const open = chapter(tour, (e) => e.mapInteractive);
	await readAt(page, open.id);
	const zoom = (await cameraNow(page))!.split(' ')[2];
	const before = await page.evaluate(() => scrollY);
	await page.mouse.move(...(await middle(page)));
	await page.mouse.wheel(0, 120);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
	await frames(page);
	expect((await cameraNow(page))!.split(' ')[2]).toBe(zoom);
});

/** The middle of the live map, on the page. */
async function middle(page: Page): Promise<[number, number]> {
	const box = (await canvas(page).boundingBox())!;
	return [box.x + box.width / 2, box.y + box.height / 2];
}
