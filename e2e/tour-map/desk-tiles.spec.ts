// A tour on the desk's own tiles (stories/fixtures/tour-tiles.json: invented tiles and
// chapters, built into the tour's site under desk-tiles/): the tiles come from the story's
// origin with their credit on the map, and the chapters read come back offline, tiles and all.
import { readFileSync } from 'node:fs';
import type { Response } from '@playwright/test';
import type { Story } from '../../src/lib/story/types';
import { DESK_TILES } from '../../tools/test-sites.js';
import {
	expectMapOn,
	scrollToStep,
	stepOf,
	waitForLiveMap,
	waitForServiceWorker
} from '../fixtures';
import { expect, test } from './tour';

// Cuts, not flights: a flight passes through views no chapter rests on, whose tiles are
// kept only if a flight online passed the same way; the chapters' own views are the promise.
test.use({ reducedMotion: 'reduce' });

const story = JSON.parse(readFileSync(DESK_TILES.story, 'utf8')) as Story;
const TILE = new RegExp(`/${DESK_TILES.folder}/_app/immutable/tiles/`);

test('the desk’s tiles come from the story’s origin, credited, and come back offline once read', async ({
	watched: page,
	context
}) => {
	// Every chapter read, a reload, and the tour read again offline: flights on a software GPU.
	test.slow();
	const tiles: Response[] = [];
	const failed: string[] = [];
	page.on('response', (response) => {
		if (TILE.test(response.url())) tiles.push(response);
	});
	page.on('requestfailed', (request) => failed.push(request.url()));
	const readEveryChapter = async () => {
		for (const event of story.events) {
			await scrollToStep(stepOf(page, event));
			await expectMapOn(page, stepOf(page, event));
		}
	};

	await page.goto(`/${DESK_TILES.folder}/`);
	await waitForLiveMap(page);
	await expect(page.locator('.credit')).toContainText(story.meta.basemap!.attribution);
	// Read once the service worker has the page: it keeps the tiles as the map fetches them.
	await waitForServiceWorker(page);
	await page.reload();
	await waitForLiveMap(page);
	await readEveryChapter();
	expect(tiles.length).toBeGreaterThan(0);
	expect(tiles.filter((tile) => tile.status() !== 200).map((tile) => tile.url())).toEqual([]);

	// The browser's own cache would answer too, until it evicts them: only the story's copy counts.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	await context.setOffline(true);
	tiles.length = 0;
	await page.goto(`/${DESK_TILES.folder}/`);
	await waitForLiveMap(page);
	await readEveryChapter();
	// The map drew every chapter from the tiles kept on the first reading.
	expect(tiles.length).toBeGreaterThan(0);
	expect(tiles.filter((tile) => !tile.fromServiceWorker()).map((tile) => tile.url())).toEqual([]);
	expect(failed).toEqual([]);
});

test.describe('the desk’s tiles without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each chapter’s static map says it is simplified: the tiles are the live map’s', async ({
		page,
		request
	}) => {
		await page.goto(`/${DESK_TILES.folder}/`);
		const maps = page.locator('img.step-map');
		await expect(maps).toHaveCount(story.events.length);
		for (const src of new Set(
			await maps.evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src))
		)) {
			const svg = await (await request.get(src)).text();
			expect(svg, src).toMatch(/<text class="map-note"[^>]*>Simplified map<\/text>/);
		}
	});
});
