// Draws the story's icons and its share image with Chromium, from the favicon and
// the prerendered overview map, into static/. Run after changing either:
//   npm run build && node scripts/build-images.js
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.js';
import { readStoryJson, storyPath } from '../src/lib/story/file.js';
import { COLORS, PAGE } from '../src/lib/theme.js';

/** The story file the build told (`STORY`, else the built-in one); the build has checked it. */
const { meta } = /** @type {{ meta: import('../src/lib/story/types').Meta }} */ (
	readStoryJson(storyPath())
);
/** @param {string} text */
const escape = (text) => text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** @param {string} path */
const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');
const icon = read('../src/lib/assets/favicon.svg');
const overview = read('../build/maps/overview.svg');
/** @param {string} name */
const out = (name) => new URL(`../static/${name}`, import.meta.url).pathname;
mkdirSync(out('icons'), { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();

/** @param {string} html @param {number} width @param {number} height @param {string} path */
async function draw(html, width, height, path) {
	await page.setViewportSize({ width, height });
	await page.setContent(`<body style="margin:0">${html}</body>`);
	await page.screenshot({ path, omitBackground: false });
	console.log(`${path} (${width}x${height})`);
}

/** @param {number} size */
const svgAt = (size) => icon.replace('<svg ', `<svg width="${size}" height="${size}" `);
for (const size of [192, 512]) await draw(svgAt(size), size, size, out(`icons/icon-${size}.png`));
await draw(svgAt(180), 180, 180, out('icons/apple-touch-icon.png'));
// Maskable: the artwork inside the central safe zone, on the map's water colour.
await draw(
	`<div style="width:512px;height:512px;background:${COLORS.water};display:grid;place-items:center">${icon.replace('<svg ', '<svg width="360" height="360" ')}</div>`,
	512,
	512,
	out('icons/icon-maskable-512.png')
);

await draw(
	`<div style="width:1200px;height:630px;display:grid;grid-template-columns:430px 770px;background:${PAGE.paper};font-family:'Noto Serif','DejaVu Serif',Georgia,serif;color:${PAGE.ink}">
		<div style="padding:64px 40px 48px 56px;display:flex;flex-direction:column;justify-content:center">
			<div style="font:700 20px/1 'Noto Sans','DejaVu Sans',sans-serif;letter-spacing:3px;color:${PAGE.accent}">${escape((meta.span.label ?? `${meta.span.start} – ${meta.span.end}`).toUpperCase())}</div>
			<div style="font-size:64px;line-height:1.05;font-weight:700;margin:24px 0">${escape(meta.title)}</div>
			<div style="font:26px/1.35 'Noto Sans','DejaVu Sans',sans-serif;color:${PAGE.muted}">${escape(meta.dek)}</div>
		</div>
		<div style="overflow:hidden">${overview.replace('<svg ', '<svg style="width:840px;height:630px;margin-left:-40px" preserveAspectRatio="xMidYMid slice" ')}</div>
	</div>`,
	1200,
	630,
	out('share.png')
);
await browser.close();
