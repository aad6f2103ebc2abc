// The Content-Security-Policy the built page carries: scripts from its own origin only.
// (The start-up script's hash in it: start-up.spec.ts.)
import { storyMap, test, expect } from './fixtures';

test.describe('the Content-Security-Policy', () => {
	test('allows scripts from this origin only, and nothing from elsewhere', async ({ request }) => {
		const html = await (await request.get('/')).text();
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(csp).toBeDefined();
		const directives = Object.fromEntries(
			csp!.split(';').map((d) => {
				const [name, ...values] = d.trim().split(/\s+/);
				return [name, values];
			})
		);
		expect(directives['default-src']).toEqual(["'self'"]);
		expect(directives['script-src']).toContain("'self'");
		expect(directives['script-src']).not.toContain("'unsafe-inline'");
		expect(directives['script-src']).not.toContain("'unsafe-eval'");
		expect(csp).not.toMatch(/https?:|\*/);
	});

	test('blocks an injected inline script', async ({ page }) => {
		await page.goto('/');
		await expect(storyMap(page)).toHaveAttribute('data-view', /.+/);
		const ran = await page.evaluate(async () => {
			const blocked = new Promise((resolve) =>
				document.addEventListener('securitypolicyviolation', () => resolve('blocked'), {
					once: true
				})
			);
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.body.append(script);
			await blocked;
			return (window as unknown as { injected?: boolean }).injected === true;
		});
		expect(ran).toBe(false);
	});
});
