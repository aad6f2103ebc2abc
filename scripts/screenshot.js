// Screenshots of the built story at desktop and phone sizes, every edition, for looking at
// what we ship. Usage: npm run build && node scripts/screenshot.js [outdir]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tools/browser.js';
import { editionCodeOf, editionPaths, storyPath } from '../tools/story/files.js';
import { serve } from './serve.js';

const outDir = process.argv[2] ?? 'screenshots';
mkdirSync(outDir, { recursive: true });
const server = await serve(4179);
const editions = ['', ...editionPaths(storyPath()).map((file) => `${editionCodeOf(file)}/`)];
const browser = await chromium.launch(chromiumLaunchOptions);
try {
	/** @type {[string, { width: number, height: number }][]} */
	const sizes = [
		['desktop', { width: 1280, height: 800 }],
		['phone', { width: 390, height: 844 }]
	];
	for (const folder of editions)
		for (const [name, viewport] of sizes) {
			const page = await browser.newPage({ viewport });
			await page.goto(server.url + folder);
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
				const edition = folder ? `${folder.slice(0, -1)}-` : '';
				await page.screenshot({ path: `${outDir}/${edition}${name}-${i}-${id}.png` });
			}
			await page.close();
		}
} finally {
	await browser.close();
	server.close();
}
