// Screenshots of the built story at desktop and phone sizes, for looking at what we ship.
// Usage: npm run build && node scripts/screenshot.js [outdir]   (starts its own preview server)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.js';

const outDir = process.argv[2] ?? 'screenshots';
const port = 4179;
mkdirSync(outDir, { recursive: true });
const server = spawn(
	'npx',
	['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
	{
		stdio: 'ignore',
		detached: true // its own process group, so the whole server stops with it
	}
);
// Wait for the server to answer (it takes longer on a busy machine).
for (let tries = 0; ; tries++) {
	const up = await fetch(`http://127.0.0.1:${port}/`).then(
		(r) => r.ok,
		() => false
	);
	if (up) break;
	if (tries > 100) throw new Error('the preview server did not start');
	await new Promise((r) => setTimeout(r, 200));
}
const browser = await chromium.launch(chromiumLaunchOptions);
try {
	/** @type {[string, { width: number, height: number }][]} */
	const sizes = [
		['desktop', { width: 1280, height: 800 }],
		['phone', { width: 390, height: 844 }]
	];
	for (const [name, viewport] of sizes) {
		const page = await browser.newPage({ viewport });
		await page.goto(`http://127.0.0.1:${port}/`);
		const steps = await page.locator('.step').all();
		for (const [i, step] of steps.entries()) {
			const id = await step.getAttribute('id');
			await step.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
			await page
				.waitForFunction(
					(want) => document.querySelector('#map')?.getAttribute('data-view') === want,
					id,
					{ timeout: 20000 }
				)
				.catch(() => console.log(`${name}: ${id} did not settle`));
			await page.screenshot({ path: `${outDir}/${name}-${i}-${id}.png` });
		}
		await page.close();
	}
} finally {
	await browser.close();
	if (server.pid) process.kill(-server.pid);
}
