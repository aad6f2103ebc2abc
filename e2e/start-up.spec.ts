import { createHash } from 'node:crypto';
import { checkStartsAfterPaint } from '../src/lib/server/start-after-paint';
import { test, expect } from './fixtures';

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
	const svg = /data-inline-map="[^"]+"[^>]*>(<svg[\s\S]*?<\/svg>)<\/div>/.exec(html)?.[1];
	expect(svg, 'the inline first map').toBeDefined();
	const paths = [...svg!.matchAll(/ d="([^"]+)"/g)].map(([, d]) => d!);
	expect(paths.length).toBeGreaterThan(0);
	for (const d of paths)
		expect(html.split(d).length - 1, `a path of ${d.length} characters`).toBe(1);
	expect(html).not.toContain('\\u003Csvg');
});

test('the first map survives the page coming alive', async ({ watched: page }) => {
	await page.goto('/');
	await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
	await expect(page.locator('.first-map svg title')).toHaveText('Map: Palmyra, central Syria');
	await expect(page.locator('.first-map')).toBeVisible();
});
