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
