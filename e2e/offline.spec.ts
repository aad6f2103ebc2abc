import type { Page } from '@playwright/test';
import { expectMapOn, scrollToStep, steps, test, expect, waitForLiveMap } from './fixtures';

/** Waits until the service worker controls the page and has stored the whole story. */
async function waitForOfflineCopy(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
	});
	await expect
		.poll(() =>
			page.evaluate(async () => {
				const keys = await caches.keys();
				const cache = keys.length === 1 ? await caches.open(keys[0]!) : null;
				return cache ? (await cache.keys()).map((r) => new URL(r.url).pathname) : [];
			})
		)
		.toEqual(
			expect.arrayContaining(['/', '/maps/overview.svg', '/no-js.css', '/manifest.webmanifest'])
		);
}

test('after one visit the story reads to the end offline, map included', async ({
	watched: page,
	context
}) => {
	const failures: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
	});
	await page.goto('/');
	await waitForLiveMap(page);
	await expectMapOn(page, steps(page).first());
	await waitForOfflineCopy(page);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await waitForLiveMap(page);
	for (const step of await steps(page).all()) {
		await scrollToStep(step);
		await expectMapOn(page, step);
	}
	// A date link opened offline works too.
	await page.goto('/#2017-01-18');
	await expectMapOn(page, page.locator('#al-bab-joint-strikes'));
	expect(failures).toEqual([]);
});

test('a new build replaces the old offline copy, and leaves the other editions’', async ({
	watched: page
}) => {
	await page.goto('/');
	await waitForOfflineCopy(page);
	// A cache left by an earlier build of this edition, and one of another edition's...
	const older = await page.evaluate(async () => {
		const scope = (await navigator.serviceWorker.ready).scope;
		return `road-to-astana ${scope} an-older-build`;
	});
	const otherEdition = await page.evaluate(async () => {
		const scope = (await navigator.serviceWorker.ready).scope;
		return `road-to-astana ${scope}ru/ its-build`;
	});
	const names = await page.evaluate(
		async (made) => {
			for (const name of made) await caches.open(name);
			return caches.keys();
		},
		[older, otherEdition]
	);
	expect(names).toEqual(expect.arrayContaining([older, otherEdition]));
	// ...this edition's is deleted when a new worker takes over, as a new build's would.
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		await registration.unregister();
		await navigator.serviceWorker.register(registration.active!.scriptURL + '?next');
		await navigator.serviceWorker.ready;
	});
	await expect.poll(() => page.evaluate(() => caches.keys())).not.toContain(older);
	expect(await page.evaluate(() => caches.keys())).toContain(otherEdition);
});

test('the live page links its manifest, which names the story and its icons', async ({
	watched: page,
	request
}) => {
	// Linked once the page is live, not in the HTML: its fetch would compete with the text.
	expect(await (await request.get('/')).text()).not.toContain('rel="manifest"');
	await page.goto('/');
	const link = page.locator('link[rel="manifest"]');
	await expect(link).toHaveCount(1);
	const href = await link.evaluate((element: HTMLLinkElement) => new URL(element.href).pathname);
	expect(href).toBe('/manifest.webmanifest');
	const manifest = await (await request.get(href)).json();
	expect(manifest.name).toBe('Road to Astana');
	expect(manifest.display).toBe('standalone');
	expect(manifest.start_url).toBe('./');
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
	expect(manifest.icons.length).toBeGreaterThanOrEqual(3);
	for (const icon of manifest.icons) {
		const response = await request.get(`/${icon.src}`);
		expect(response.status(), icon.src).toBe(200);
		expect(response.headers()['content-type']).toContain(icon.type);
		if (icon.type === 'image/png') {
			const png = await response.body();
			const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
			expect(`${width}x${height}`).toBe(icon.sizes);
		}
	}
	expect(manifest.icons.some((icon: { purpose?: string }) => icon.purpose === 'maskable')).toBe(
		true
	);
});

test('the page shares like a news story', async ({ watched: page, request }) => {
	await page.goto('/');
	const content = (selector: string) => page.locator(selector).getAttribute('content');
	expect(await content('meta[name="description"]')).toMatch(/Astana/);
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	expect(canonical).toMatch(/^https:\/\//);
	expect(await content('meta[property="og:url"]')).toBe(canonical);
	expect(await content('meta[property="og:title"]')).toBe('Road to Astana');
	expect(await content('meta[property="og:type"]')).toBe('article');
	expect(await content('meta[name="twitter:card"]')).toBe('summary_large_image');
	expect(await content('meta[property="og:image:alt"]')).toBeTruthy();
	const image = (await content('meta[property="og:image"]'))!;
	expect(image.startsWith(new URL('./', canonical!).href)).toBe(true);
	expect(await content('meta[name="twitter:image"]')).toBe(image);
	// The image the repo generates is served by the site itself, at the size declared.
	const png = await (await request.get(`/${new URL(image).pathname.split('/').pop()}`)).body();
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
		Number(await content('meta[property="og:image:width"]')),
		Number(await content('meta[property="og:image:height"]'))
	]);
	await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
	await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
	await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
});
