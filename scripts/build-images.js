// Draws the story's icons and its share images (one per edition: share.png, share.ru.png,
// …) with Chromium, from the favicon and each edition's prerendered overview map, into
// static/. Run after changing either:
//   npm run build && node scripts/build-images.js
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tools/browser.js';
import { editionFile, editionInfo } from '../tools/editions.js';
import { editionCodeOf, editionPaths, readStoryJson, storyPath } from '../tools/story/files.js';
import { COLORS, PAGE } from '../src/lib/theme.js';

/** The story file the build told (`STORY`, else the built-in one); the build has checked it. */
const { meta } = /** @type {{ meta: import('../src/lib/story/types').Meta }} */ (
	readStoryJson(storyPath())
);
/** @param {string} text */
const escape = (text) => text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The span, its dates kept whole: a number stays with the words beside it, a word of one or
 * two letters with the next ("по 23"), a dash with the date before it. A line breaks after
 * the dash or between dates ("С декабря 2016 года | по 23 января 2017 года"), never inside a
 * date ("23 | January").
 * @param {string} span
 */
const spanLine = (span) =>
	escape(
		span.replace(
			/\s+(?=[–—-]\s)|(?<=\d)\s+|(?<![–—-])\s+(?=\d)|(?<=(?:^|\s)\p{L}{1,2})\s+/gu,
			'\u00a0'
		)
	);

/** @param {string} path */
const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');
const icon = read('../src/lib/assets/favicon.svg');
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

/**
 * The share card: the span, title and standfirst beside the overview map, in one
 * edition's language and direction, from its build's overview (with its place names).
 * A card is read at thumbnail size, so the map shows the names it places for small
 * drawings (render-static-map.ts): larger, clear of each other and of the dots.
 * @param {{ title: string, dek: string, span: string }} text
 * @param {string} code
 */
async function drawShareCard(text, code) {
	const map = read(`../build/${editionInfo(code).path}maps/overview.svg`);
	const rtl = editionInfo(code).dir === 'rtl';
	// Arabic in the family the live map's labels use; no system font is relied on.
	const arabic = rtl
		? `<style>@font-face{font-family:'Noto Sans Arabic';font-weight:400;src:url(data:font/woff2;base64,${fontData(400)})}@font-face{font-family:'Noto Sans Arabic';font-weight:700;src:url(data:font/woff2;base64,${fontData(700)})}</style>`
		: '';
	const serif = rtl ? `'Noto Sans Arabic',sans-serif` : `'Noto Serif','DejaVu Serif',Georgia,serif`;
	const sans = rtl ? `'Noto Sans Arabic',sans-serif` : `'Noto Sans','DejaVu Sans',sans-serif`;
	// A long span (the Russian one, 42 letters) is tracked tighter: a date keeps to one line.
	await draw(
		`${arabic}<div dir="${rtl ? 'rtl' : 'ltr'}" lang="${code}" style="width:1200px;height:630px;display:grid;grid-template-columns:430px 770px;background:${PAGE.paper};font-family:${serif};color:${PAGE.ink}">
		<div style="padding-block:64px 48px;padding-inline:56px 40px;display:flex;flex-direction:column;justify-content:center">
			<div style="font:700 20px/1.2 ${sans};letter-spacing:${rtl ? 0 : text.span.length > 32 ? 1 : 3}px;color:${PAGE.accent}">${spanLine(code === 'en' ? text.span.toUpperCase() : text.span.toLocaleUpperCase(code))}</div>
			<div style="font-size:${text.title.length > 18 ? 56 : 64}px;line-height:1.1;font-weight:700;margin:24px 0">${escape(text.title)}</div>
			<div style="font:26px/1.35 ${sans};color:${PAGE.muted}">${escape(text.dek)}</div>
		</div>
		<div style="overflow:hidden">${map.replace('<svg ', `<svg style="width:840px;height:630px;margin-inline-start:-40px" preserveAspectRatio="xMidYMid slice" `)}</div>
		<style>.labels{display:none}.labels-small{display:inline}</style>
	</div>`,
		1200,
		630,
		out(editionFile(meta.shareImage.path, code))
	);
}

/** @param {number} weight */
const fontData = (weight) =>
	readFileSync(
		new URL(
			`../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff2`,
			import.meta.url
		)
	).toString('base64');

await drawShareCard(
	{
		title: meta.title,
		dek: meta.dek,
		span: meta.span ? (meta.span.label ?? `${meta.span.start} – ${meta.span.end}`) : ''
	},
	'en'
);
// Each edition's card, in its language (its text from its edition file beside the story).
for (const file of editionPaths(storyPath())) {
	const edition = /** @type {{ meta: { title: string, dek: string, spanLabel: string } }} */ (
		readStoryJson(file, { beside: storyPath() })
	);
	const { title, dek, spanLabel } = edition.meta;
	await drawShareCard({ title, dek, span: spanLabel }, editionCodeOf(file));
}
await browser.close();
