// The fixture's media in every way the page is read: without JavaScript, on paper, and
// offline after one visit. Every test also checks, through `watched`, that no console
// error appears and no request leaves the origin.
import type { Page } from '@playwright/test';
import {
	offlinePaths,
	scrollToStep,
	steps,
	test,
	expect,
	waitForLiveMap,
	waitForServiceWorker
} from '../fixtures';
import { loaded, mediaItems, pictures } from './media';

/** Waits until the service worker controls the page and holds the media's offline files. */
async function waitForOfflineCopy(page: Page) {
	await waitForServiceWorker(page);
	await expect.poll(async () => (await offlinePaths(page)).includes('/')).toBe(true);
	return (await offlinePaths(page)).filter((path) => path.includes('/media/'));
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the media show, and a picture opens larger and closes', async ({ watched: page }) => {
		await page.goto('/');
		for (const { item, kind, figure } of mediaItems(page)) {
			await expect(figure.locator('figcaption')).toContainText(item.credit);
			if (kind === 'picture') await loaded(figure.locator('.media-open img'));
			if (kind === 'video') await expect(figure.locator('video')).toHaveAttribute('poster', /.+/);
			if (kind === 'sound') await expect(figure.locator('audio')).toHaveCount(1);
			if (kind === 'remote')
				await expect(figure.getByRole('link')).toHaveAttribute('href', item.src);
		}
		// The dialog is the browser's own: no script opens or closes it.
		const { figure } = pictures(page)[0]!;
		const open = figure.locator('.media-open');
		await open.click();
		await expect(figure.locator('dialog')).toHaveAttribute('open');
		await expect(figure.locator('dialog img')).toBeInViewport();
		await page.keyboard.press('Escape');
		await expect(figure.locator('dialog')).not.toHaveAttribute('open');
		await expect(open).toBeFocused();
	});
});

test('on paper: every picture at one size, a video’s poster with its caption, no controls', async ({
	watched: page
}) => {
	await page.goto('/');
	await expect(steps(page).first()).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	const cm = 96 / 2.54;
	for (const { item, kind, figure } of mediaItems(page)) {
		await expect(figure).toBeVisible();
		if (item.caption) await expect(figure.locator('figcaption')).toContainText(item.caption);
		if (kind === 'picture') {
			const img = figure.locator('.media-open img');
			await loaded(img);
			const height = await img.evaluate((el) => el.getBoundingClientRect().height);
			expect(height).toBeLessThanOrEqual(7 * cm + 1);
			await expect(figure.locator('.media-open-hint')).toBeHidden();
		}
		if (kind === 'video') {
			await expect(figure.locator('video')).toBeHidden();
			const poster = figure.locator('img.media-print-poster');
			await expect(poster).toBeVisible();
			await expect(poster).toHaveAttribute('alt', item.alt!);
			await loaded(poster);
		}
		if (kind === 'sound') await expect(figure.locator('audio')).toBeHidden();
		if (kind === 'remote') {
			const address = await figure
				.getByRole('link')
				.evaluate((a) => getComputedStyle(a, '::after').content);
			expect(address).toBe(JSON.stringify(item.src));
		}
	}
	await expect(page.locator('dialog[open]')).toHaveCount(0);
});

test('offline after one visit: the pictures and the poster come from the offline copy', async ({
	watched: page,
	context
}) => {
	const failures: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
	});
	await page.goto('/');
	await waitForLiveMap(page);
	const kept = await waitForOfflineCopy(page);
	// One rendition a picture and poster (WebP, a phone's width) and the caption track (the
	// fixture has no editions, whose tracks would be kept too); no video, sound or other file.
	const still = await page.locator('.media video').getAttribute('poster');
	expect(kept).toContain(new URL(still!, page.url()).pathname);
	expect(kept.filter((p) => p.endsWith('.webp'))).toHaveLength(pictures(page).length + 1);
	expect(kept.filter((p) => p.endsWith('.vtt'))).toHaveLength(1);
	expect(kept.filter((p) => !/\.(webp|vtt)$/.test(p))).toEqual([]);

	// Only the offline copy is left: not the browser's own cache of what the visit fetched.
	await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	for (const step of await steps(page).all()) await scrollToStep(step);
	for (const { figure } of pictures(page)) {
		const img = figure.locator('.media-open img');
		await loaded(img);
		// Whichever rendition the screen asked for, the offline copy's answered.
		expect(await img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/\.avif$/);
	}
	const poster = await page.evaluate(async (url) => {
		const response = await fetch(url);
		return [response.status, response.headers.get('content-type')];
	}, still!);
	expect(poster).toEqual([200, 'image/webp']);
	expect(failures).toEqual([]);
});
