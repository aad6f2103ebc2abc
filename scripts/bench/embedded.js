// The benchmark's embedded reader (issue 30's targets): the story in a pym.js host's article
// (e2e/embed/hosts/pym.html, pym.js from npm with `trackscroll`, a 60 px sticky masthead), on
// a 390x844 phone, the host scrolled by touch to its end. It counts whether every step
// became current in order, how much of the map stayed on the reader's screen (below the
// masthead) while each step was read, and the long tasks of the scroll, in the host and in
// the story's frame. GPU compositing, as the standalone reader's figures (reader.js).
//   node scripts/bench/embedded.js [port]     (serves build/ itself; npm run build first)
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tools/browser.js';
import { serveHosts } from '../../e2e/embed/host-server.js';
import { GPU_COMPOSITING } from './reader.js';

const MASTHEAD = 60;
const LONG_TASKS = () => {
	const w = /** @type {any} */ (window);
	w.longTasks = [];
	new PerformanceObserver((list) =>
		w.longTasks.push(...list.getEntries().map((e) => e.duration))
	).observe({ type: 'longtask' });
};

/**
 * Reads the story at `storyUrl` (its root, http on loopback) embedded by pym.js on a phone.
 * @param {string} storyUrl
 */
export async function readEmbedded(storyUrl) {
	const hosts = /** @type {{ url: string, close: () => void }} */ (await serveHosts(0));
	const browser = await chromium.launch({
		...chromiumLaunchOptions,
		args: [...chromiumLaunchOptions.args, ...GPU_COMPOSITING]
	});
	try {
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			screen: { width: 390, height: 844 },
			deviceScaleFactor: 3,
			isMobile: true,
			hasTouch: true
		});
		const page = await context.newPage();
		const story = `${storyUrl}?topOffset=${MASTHEAD}`;
		await page.goto(`${hosts.url}pym.html?story=${encodeURIComponent(story)}`);
		const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
		if (!frame) throw new Error('pym.html: no story frame');
		await frame.waitForSelector('html[data-host-screen]');
		// The live map comes in at the reader's first act or when the page is idle (4 s): the
		// scroll is measured from then on, as the standalone reader's is (reader.js).
		await frame.waitForSelector('#map[data-mode="live"][data-view]', { timeout: 60_000 });
		await page.evaluate(LONG_TASKS);
		await frame.evaluate(LONG_TASKS);
		const steps = frame.locator('[data-places]');
		const tops = await steps.evaluateAll((all) => all.map((s) => s.getBoundingClientRect().top));
		const apart = Math.min(...tops.slice(1).map((top, i) => top - (tops[i] ?? top)));
		const length = Math.min(700, Math.floor(apart - 40));
		const cdp = await context.newCDPSession(page);
		/** @type {number[]} */
		const seen = [];
		let mapOnScreen = 1;
		for (let strokes = 0; strokes < 300; strokes++) {
			const atBottom = await page.evaluate(
				() => scrollY + innerHeight >= document.documentElement.scrollHeight - 1
			);
			if (atBottom) break;
			await swipeUp(page, cdp, length);
			const current = await frame.evaluate(() =>
				[...document.querySelectorAll('[data-places]')].findIndex(
					(step) => step.getAttribute('aria-current') === 'step'
				)
			);
			if (current < 0 || current === seen.at(-1)) continue;
			seen.push(current);
			const map = await frame.locator('.map-pane').boundingBox();
			const shown = map
				? Math.max(0, Math.min(map.y + map.height, 844) - Math.max(map.y, MASTHEAD)) / map.height
				: 0;
			mapOnScreen = Math.min(mapOnScreen, shown);
		}
		/** @type {number[]} */
		const hostTasks = await page.evaluate(() => /** @type {any} */ (window).longTasks);
		/** @type {number[]} */
		const storyTasks = await frame.evaluate(() => /** @type {any} */ (window).longTasks);
		const inOrder = seen.length === tops.length && seen.every((step, i) => step === i);
		return { steps: tops.length, seen, inOrder, mapOnScreen, hostTasks, storyTasks };
	} finally {
		await browser.close();
		hosts.close();
	}
}

/**
 * One finger stroke up the screen, held still before it lifts (no fling), then the host's scroll's end.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {number} length
 */
async function swipeUp(page, cdp, length) {
	await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.scrollEnded = new Promise((ended) => addEventListener('scrollend', ended, { once: true }));
	});
	const start = Date.now() / 1000;
	/** @param {'touchStart' | 'touchMove'} type @param {number} y @param {number} at */
	const touch = (type, y, at) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: [{ x: 195, y: Math.round(y) }],
			timestamp: start + at
		});
	await touch('touchStart', 800, 0);
	for (let i = 1; i <= 5; i++) await touch('touchMove', 800 - (length * i) / 5, i * 0.016);
	await touch('touchMove', 800 - length, 0.46);
	await cdp.send('Input.dispatchTouchEvent', {
		type: 'touchEnd',
		touchPoints: [],
		timestamp: start + 0.47
	});
	// A stroke at the page's very end may not scroll at all: no scrollend then.
	await page.evaluate(() =>
		Promise.race([/** @type {any} */ (window).scrollEnded, new Promise((r) => setTimeout(r, 1000))])
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { serve } = await import('../serve.js');
	const port = Number(process.argv[2] ?? 4300);
	const server = await serve(port);
	const result = await readEmbedded(`http://127.0.0.1:${port}/`);
	const { hostTasks, storyTasks, ...figures } = result;
	const longest = Math.max(0, ...hostTasks, ...storyTasks);
	const tasks = { host: hostTasks.length, story: storyTasks.length, longest };
	console.log(JSON.stringify({ ...figures, longTasks: tasks }));
	server.close();
}
