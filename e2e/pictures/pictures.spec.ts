// An imported story whose pictures came home (npm run import --fetch-media): every picture,
// and the picture on a video's link card, is shown from the story's own origin, through
// the media pipeline like any of its own; what could not come home is a link card. The
// watched page fails the test on any request off the origin (e2e/fixtures.ts).
import type { Locator } from '@playwright/test';
import { expect, test } from '../contract/story';
import { stepOf } from '../fixtures';

/** Wheels down until the picture is on the screen and loaded, as a reader scrolls to it. */
async function wheelTo(img: Locator) {
	const page = img.page();
	for (let turns = 0; turns < 60 && !(await img.evaluate(inSight)); turns++)
		await page.mouse.wheel(0, 400);
	await expect
		.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth))
		.toBeGreaterThan(0);
}

const inSight = (el: Element) => {
	const box = el.getBoundingClientRect();
	return box.bottom > 0 && box.top < innerHeight;
};

test('its pictures came home: each shown from the story’s own origin, the rest link cards', async ({
	watched: page,
	story,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	await page.goto('/');
	await page.mouse.move(640, 400);
	const items = story.events.flatMap((event) =>
		(event.media ?? []).map((item) => ({
			event,
			item,
			figure: stepOf(page, event).locator('.media figure')
		}))
	);
	const pictures = items.filter(({ item }) => item.src.startsWith('media/'));
	const cards = items.filter(({ item }) => /^https?:/.test(item.src));
	// The fixture's five: three pictures fetched, one page refused, one video's card with its thumbnail.
	expect([pictures.length, cards.length]).toEqual([3, 2]);
	for (const { item, figure } of pictures) {
		expect(item.fetchedFrom).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pictures\//);
		const img = figure.locator('.media-open img');
		await wheelTo(img);
		await expect(figure.locator('figcaption')).toContainText(item.credit);
	}
	for (const { item, figure } of cards) {
		const card = figure.locator('a.media-link');
		await expect(card).toHaveAttribute('href', item.src);
		await expect(card.locator('img')).toHaveCount(item.poster ? 1 : 0);
		if (item.poster) {
			await wheelTo(card.locator('img'));
			await expect(card.locator('img')).toHaveAttribute('alt', item.alt!);
		}
	}
	// Every picture on the page: loaded, from the story's origin, at a rendition's size.
	const images = await page.locator('img').evaluateAll((els) =>
		els.map((el) => ({
			src: (el as HTMLImageElement).currentSrc,
			width: (el as HTMLImageElement).naturalWidth
		}))
	);
	const shown = images.filter(({ src }) => src);
	expect(shown.length).toBeGreaterThanOrEqual(4);
	for (const { src, width } of shown) {
		expect(new URL(src).origin).toBe(origin);
		expect(src).toMatch(/\/_app\/immutable\/media\/.+-\d+\.(avif|webp|jpg|png)$/);
		expect(width).toBeGreaterThan(0);
	}
	// The same picture from two addresses is one set of files.
	const road = pictures.filter(({ item }) => item.src.startsWith('media/mountain-road-'));
	expect(new Set(road.map(({ item }) => item.src)).size).toBe(1);
	expect(road).toHaveLength(2);
});
