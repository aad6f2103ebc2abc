// How the page presents itself when shared, saved to a home screen or linked: its
// manifest and icons, and the metadata a news story's link previews read.
import { test, expect } from './fixtures';
import { meta } from './story';

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
	expect(manifest.name).toBe(meta.title);
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
	expect(await content('meta[name="description"]')).toBe(meta.description);
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	expect(canonical).toMatch(/^https:\/\//);
	expect(await content('meta[property="og:url"]')).toBe(canonical);
	expect(await content('meta[property="og:title"]')).toBe(meta.title);
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
