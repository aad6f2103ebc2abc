// What a story's media cost: the files the build wrote, what the first screen fetches on a
// phone and a desktop, which file each picture takes on each screen (and what that is of
// its original), and what the offline copy holds of them.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tools/browser.js';

const MEDIA_DIR = '_app/immutable/media/';

/** The screens a picture is measured on: a 3x phone, Lighthouse's phone, a desktop at 1x and 2x. */
export const SCREENS = [
	{ label: '390px@3x', viewport: { width: 390, height: 844 }, scale: 3, mobile: true },
	{ label: '412px@1.75x', viewport: { width: 412, height: 823 }, scale: 1.75, mobile: true },
	{ label: '1280px@1x', viewport: { width: 1280, height: 800 }, scale: 1, mobile: false },
	{ label: '1280px@2x', viewport: { width: 1280, height: 800 }, scale: 2, mobile: false }
];

const KB = 1024;
const sizeOf = (/** @type {string} */ file) => (existsSync(file) ? statSync(file).size : 0);

/**
 * The media files a build wrote, by kind, and the offline copy's share of them (the
 * service worker's list).
 * @param {string} build the build directory, ending in /
 */
export function mediaSizes(build) {
	const dir = `${build}${MEDIA_DIR}`;
	const files = existsSync(dir) ? readdirSync(dir) : [];
	/** @param {RegExp} pattern */
	const total = (pattern) =>
		files.filter((f) => pattern.test(f)).reduce((sum, f) => sum + sizeOf(dir + f), 0);
	const worker = readFileSync(`${build}service-worker.js`, 'utf8');
	// The list may be minified into one string, joined by commas.
	const offline = [...new Set(worker.match(/\/_app\/immutable\/media\/[^`"',]+/g) ?? [])];
	return {
		files: files.length,
		bytes: total(/./),
		pictures: total(/\.(avif|webp|jpg|png)$/),
		videoAndSound: total(/\.(mp4|webm|mp3|m4a|aac|ogg|wav)$/),
		offlineFiles: offline.length,
		offlineBytes: offline.reduce((sum, p) => sum + sizeOf(`${build}${p.slice(1)}`), 0)
	};
}

/**
 * The story's pictures in the page's order (the introduction's, then each event's), with
 * their originals' sizes.
 * @param {string} storyFile
 */
export function storyPictures(storyFile) {
	const story = JSON.parse(readFileSync(storyFile, 'utf8'));
	/** @type {{ src: string }[]} */
	const items = [
		story.meta.media ?? [],
		...story.events.map((/** @type {any} */ e) => e.media ?? [])
	].flat();
	return items
		.filter((item) => !/^https?:/.test(item.src) && /\.(jpe?g|png|webp|avif|gif)$/i.test(item.src))
		.map((item) => ({ src: item.src, bytes: sizeOf(join(dirname(storyFile), item.src)) }));
}

/**
 * In Chromium, on each screen: what the page fetches before the reader does anything (its
 * load, and a second after), at which priority, and the file each picture takes once
 * scrolled to.
 * @param {string} url
 * @param {string} build
 */
export async function mediaOnScreens(url, build) {
	const browser = await chromium.launch(chromiumLaunchOptions);
	try {
		/** @type {{ label: string, firstScreen: { requests: number, pictures: string[], pictureBytes: number, atOnce: string[] }, taken: { file: string, bytes: number }[] }[]} */
		const screens = [];
		for (const screen of SCREENS) {
			const context = await browser.newContext({
				viewport: screen.viewport,
				deviceScaleFactor: screen.scale,
				isMobile: screen.mobile,
				hasTouch: screen.mobile,
				serviceWorkers: 'block'
			});
			const page = await context.newPage();
			/** @type {string[]} */
			const requested = [];
			/** Each request's priority as the browser first gave it: High for the lead picture. */
			/** @type {Map<string, string>} */
			const priority = new Map();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			cdp.on('Network.requestWillBeSent', ({ request }) => {
				if (request.url.startsWith('http')) {
					requested.push(new URL(request.url).pathname);
					priority.set(new URL(request.url).pathname, request.initialPriority);
				}
			});
			await page.goto(url, { waitUntil: 'load' });
			// The live map waits for the reader, or 4 idle seconds: one second is the first screen.
			await page.waitForTimeout(1000);
			const pictures = requested.filter((p) => p.includes(`/${MEDIA_DIR}`));
			const name = (/** @type {string} */ p) => p.split('/').pop() ?? '';
			const firstScreen = {
				requests: requested.length,
				pictures: pictures.map(name),
				// Fetched at once and first, ahead of the rest (the others wait at low priority).
				atOnce: pictures.filter((p) => /High/.test(priority.get(p) ?? '')).map(name),
				pictureBytes: pictures.reduce(
					(sum, p) => sum + sizeOf(`${build}${p.slice(p.indexOf(MEDIA_DIR))}`),
					0
				)
			};
			// Then every picture, a long story's later steps' too (they come at the reader's first act).
			await page.mouse.wheel(0, 1);
			await page.waitForFunction(() => !document.querySelector('.rest-of-story'), null, {
				timeout: 120_000
			});
			const taken = [];
			for (const img of await page.locator('figure.media-picture .media-open img').all()) {
				await img.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
				await page.waitForFunction(
					(el) => {
						const picture = /** @type {HTMLImageElement} */ (el);
						return picture.complete && picture.naturalWidth > 0;
					},
					await img.elementHandle()
				);
				const current = await img.evaluate((el) => /** @type {HTMLImageElement} */ (el).currentSrc);
				const path = new URL(current).pathname;
				const file = path.slice(path.indexOf(MEDIA_DIR));
				taken.push({ file: file.slice(MEDIA_DIR.length), bytes: sizeOf(`${build}${file}`) });
			}
			screens.push({ label: screen.label, firstScreen, taken });
			await context.close();
		}
		return screens;
	} finally {
		await browser.close();
	}
}

/**
 * Prints, for each picture, its original and the file each screen took: its width,
 * format, size and share of the original.
 * @param {{ src: string, bytes: number }[]} originals
 * @param {Awaited<ReturnType<typeof mediaOnScreens>>} screens
 */
export function printPictureCosts(originals, screens) {
	const cell = (
		/** @type {{ file: string, bytes: number } | undefined} */ t,
		/** @type {number} */ of
	) => {
		if (!t) return '-';
		const [, width, ext] = /-(\d+)\.(\w+)$/.exec(t.file) ?? [];
		return `${width} ${ext} ${(t.bytes / KB).toFixed(1)} KB (${((t.bytes / of) * 100).toFixed(1)} %)`;
	};
	console.log(
		`\n| picture | original | ${screens.map((s) => s.label).join(' | ')} |\n| --- | --- |${screens.map(() => ' --- |').join('')}`
	);
	originals.forEach(({ src, bytes }, i) =>
		console.log(
			`| ${src} | ${(bytes / KB).toFixed(1)} KB | ${screens.map((s) => cell(s.taken[i], bytes)).join(' | ')} |`
		)
	);
	const sum = (/** @type {{ bytes: number }[]} */ list) => list.reduce((n, t) => n + t.bytes, 0);
	const all = sum(originals);
	console.log(
		`| all ${originals.length} | ${(all / KB).toFixed(1)} KB | ${screens.map((s) => `${(sum(s.taken) / KB).toFixed(1)} KB (${((sum(s.taken) / all) * 100).toFixed(1)} %)`).join(' | ')} |`
	);
	for (const s of screens)
		console.log(
			`First screen, ${s.label}: ${s.firstScreen.requests} requests; ${s.firstScreen.pictures.length} picture file(s), ${(s.firstScreen.pictureBytes / KB).toFixed(1)} KB: ${s.firstScreen.pictures.join(', ') || 'none'}; at high priority: ${s.firstScreen.atOnce.join(', ') || 'none'}`
		);
}
