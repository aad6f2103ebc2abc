import { createHash } from 'node:crypto';
import { checkStartsAfterPaint } from '../src/lib/server/start-after-paint';
import { test, expect, scrollToStep, waitForLiveMap } from './fixtures';
import { firstEvent, mapName, meta } from './story';

/** A passage of plain words from the start of a text (before any Markdown). */
const words = (text: string) => text.split(/[[*_]/)[0]!.slice(0, 60);

// The built page itself, as SvelteKit rendered it and the server hook rewrote it.

test('the built page starts its app only after the first paint', async ({ request }) => {
	const html = await (await request.get('/')).text();
	expect(() => checkStartsAfterPaint(html)).not.toThrow();
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
	expect(scripts).toHaveLength(1);
	const [, attributes, body] = scripts[0]!;
	expect(attributes).toBe('');
	// The app's own start call is still there, after the wait and the imports.
	expect(body!.indexOf('first-contentful-paint')).toBeLessThan(body!.indexOf('import('));
	expect(body!.indexOf('import(')).toBeLessThan(body!.indexOf('.start('));
	// The CSP allows exactly this script.
	const hash = createHash('sha256').update(body!, 'utf8').digest('base64');
	expect(html).toMatch(
		new RegExp(`http-equiv="content-security-policy"[^>]*'sha256-${hash.replace(/[+/]/g, '\\$&')}'`)
	);
});

test('the first step’s map is in the page once, as markup', async ({ request }) => {
	const html = await (await request.get('/')).text();
	const svg = /data-server-part="first-map"[^>]*>(<svg[\s\S]*?<\/svg>)<\/div>/.exec(html)?.[1];
	expect(svg, 'the inline first map').toBeDefined();
	// The map's shapes (coasts, borders, rivers): a small mark drawn twice over itself, as the
	// scale bar's halo and line are, is one mark, not a second copy of the map.
	const paths = [...svg!.matchAll(/ d="([^"]+)"/g)].map(([, d]) => d!).filter((d) => d.length > 40);
	expect(paths.length).toBeGreaterThan(0);
	for (const d of paths)
		expect(html.split(d).length - 1, `a path of ${d.length} characters`).toBe(1);
	expect(html).not.toContain('\\u003Csvg');
});

test('the first map survives the page coming alive', async ({ watched: page }) => {
	await page.goto('/');
	await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
	await expect(page.locator('.first-map svg title')).toHaveText(mapName(firstEvent));
	await expect(page.locator('.first-map')).toBeVisible();
});

test('the first days are plain HTML in the page, and the reader’s step is marked once live', async ({
	watched: page,
	request
}) => {
	// Written in by the server (server-parts.ts), outside what hydration walks.
	const html = await (await request.get('/')).text();
	const inPage = html.slice(html.indexOf('data-server-part="first-days"'), html.indexOf('<footer'));
	const ids = [...inPage.matchAll(/<article id="([^"]+)"/g)].map(([, id]) => id);
	expect(ids.length).toBeGreaterThan(1);
	expect(inPage).not.toContain('aria-current');
	await page.goto('/');
	await expect(page.locator(`[id="${ids[0]}"]`)).toHaveAttribute('aria-current', 'step');
	await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
	await scrollToStep(page.locator(`[id="${ids[1]}"]`));
	await expect(page.locator(`[id="${ids[1]}"]`)).toHaveAttribute('aria-current', 'step');
	await expect(page.locator(`[id="${ids[0]}"]`)).not.toHaveAttribute('aria-current');
	await expect(page.locator('.step[aria-current="step"]')).toHaveCount(1);
});

test('the head, the bar, the introduction and the closing note are written in by the server; the bar follows the reader', async ({
	watched: page,
	request
}) => {
	// server-parts.ts writes them; the page hydrates the bar and the introduction each in a
	// task of its own (islands.ts), never the head, the introduction's words or the note.
	const html = await (await request.get('/')).text();
	const head = html.slice(0, html.indexOf('</head>'));
	expect(head.match(/<title>/g)).toHaveLength(1);
	expect(head).toContain('<link rel="expect" href="#story-bar-end" blocking="render"/>');
	expect(html).toMatch(/data-server-part="story-bar"><!--\[--><header class="bar /);
	expect(html).toMatch(/data-server-part="story-intro"><!--\[--><header class="card intro"/);
	expect(html).toMatch(/data-server-part="about-note"><!--\[--><footer class="card about /);
	await page.goto('/');
	const current = page.locator('.timeline a[aria-current="date"]');
	await expect(current).toHaveAttribute('href', `#${firstEvent.date}`);
	await expect(page.locator('header.bar')).toHaveCount(1);
	await expect(page.locator('#about')).toHaveCount(1);
	// Hydrated without their words in the page's script, the introduction and the note keep them.
	await expect(page.locator('header.intro')).toContainText(words(meta.intro[0]!.text));
	await expect(page.locator('#about')).toContainText(words(meta.about[0]!));
	const second = page.locator('.step').nth(1);
	await scrollToStep(second);
	await expect(second).toHaveAttribute('aria-current', 'step');
	await expect(current).toHaveAttribute('href', `#${await second.getAttribute('data-date')}`);
});

test('the page’s scripts carry none of the words the server wrote in', async ({
	watched: page
}) => {
	const scripts: Promise<string>[] = [];
	page.on('response', (response) => {
		if (/\/_app\/immutable\/.+\.js$/.test(response.url())) scripts.push(response.text());
	});
	await page.goto('/');
	await waitForLiveMap(page);
	const texts = await Promise.all(scripts);
	expect(texts.length).toBeGreaterThan(3);
	// The first step's paragraphs, the introduction's and the note's: the browser never
	// renders them again (tools/story/page-start.ts), yet the reader sees them.
	const passages = [firstEvent.body[0]!.text, meta.intro[0]!.text, meta.about[0]!].map(words);
	for (const passage of passages) {
		expect(
			texts.some((text) => text.includes(passage)),
			passage
		).toBe(false);
		await expect(page.getByText(passage).first()).toBeVisible();
	}
});

test('the start-up scripts are marked to compile as they arrive; MapLibre is not', async ({
	watched: page
}) => {
	// The compile hint vite.config.ts adds: Chromium compiles such a script off the main thread.
	const scripts: Promise<{ url: string; text: string }>[] = [];
	page.on('response', (response) => {
		if (/\/_app\/immutable\/.+\.js$/.test(response.url()))
			scripts.push(response.text().then((text) => ({ url: response.url(), text })));
	});
	await page.goto('/');
	await waitForLiveMap(page);
	const loaded = (await Promise.all(scripts)).sort((a, b) => b.text.length - a.text.length);
	const marked = (text: string) => text.includes('//# allFunctionsCalledOnLoad\n');
	const [mapLibre, ...rest] = loaded;
	expect(mapLibre!.text).toContain('maplibregl');
	expect(marked(mapLibre!.text), mapLibre!.url).toBe(false);
	expect(rest.length).toBeGreaterThan(3);
	for (const script of rest) expect(marked(script.text), script.url).toBe(true);
});
