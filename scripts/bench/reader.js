// The in-page half of the benchmark: a reader, in Playwright, scrolls the whole story with
// the live map, reads it through again and again (heap), and jumps to dates.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tools/browser.js';

/** The phone Lighthouse's mobile preset emulates (Moto G Power): the in-page figures use it too. */
export const READER_DEVICE = {
	viewport: { width: 412, height: 823 },
	deviceScaleFactor: 1.75,
	isMobile: true,
	hasTouch: true
};

/**
 * A phone composites the page on its GPU. This machine has none, and Chromium's default
 * here is software compositing, which copies every WebGL frame back to the main thread
 * (25-55 ms a frame): a cost no phone pays. So the targets are measured with GPU
 * compositing on SwiftShader (a software GPU, still slower than a phone's), and the
 * default is reported beside them for reference.
 */
export const GPU_COMPOSITING = [
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist'
];

/**
 * The page with its live map drawn and, in a long story, every event on it.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 */
async function openStory(page, url) {
	await page.goto(url);
	await page.mouse.move(200, 600);
	await page.mouse.wheel(0, 1); // the reader's first scroll brings in the live map
	// A story without places has no map: its first step current is the page ready.
	await page.waitForFunction(() => {
		const map = document.getElementById('map');
		return map
			? map.dataset.mode === 'live' && map.dataset.view
			: document.querySelector('[aria-current="step"]');
	});
	await page.waitForFunction(() => !document.querySelector('.rest-of-story'), null, {
		timeout: 120_000
	});
}

/**
 * A reader scrolls the whole story with the wheel, the live map up. Returns the
 * step-to-highlight latencies and the long tasks; with `heapPasses`, also the JS heap
 * after one and after that many passes through every step; with `jumps`, the time from a
 * timeline mark's click to its step being current, for each mark.
 * @param {string} url
 * @param {{ extraArgs?: string[], heapPasses?: number, jumps?: boolean }} options
 */
export async function readThrough(url, { extraArgs = [], heapPasses = 0, jumps = false }) {
	const browser = await chromium.launch({
		...chromiumLaunchOptions,
		args: [...chromiumLaunchOptions.args, ...extraArgs]
	});
	try {
		const page = await browser.newPage(READER_DEVICE);
		await openStory(page, url);
		// A tour's steps have no data-date: data-places marks every step.
		const stepIds = await page.$$eval('[data-places]', (els) => els.map((e) => e.id));

		// From a step becoming current to its places highlighted and painted (two frames later at most).
		await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			w.latencies = [];
			const map = document.getElementById('map');
			if (!map) return; // no map, no highlight to wait for
			new MutationObserver((records) => {
				for (const r of records) {
					const step = /** @type {HTMLElement} */ (r.target);
					if (step.getAttribute('aria-current') !== 'step') continue;
					const start = performance.now();
					const wanted = step.dataset.places;
					// Frames begun since the change: the highlight is painted in the first one
					// that begins with it applied.
					let frames = 0;
					const check = () => {
						frames += 1;
						if (map.dataset.highlighted === wanted)
							w.latencies.push({ ms: performance.now() - start, frames });
						else requestAnimationFrame(check);
					};
					requestAnimationFrame(check);
				}
			}).observe(document.body, { subtree: true, attributeFilter: ['aria-current'] });
		});
		// Long tasks while reading: the reader scrolls the whole story with the wheel.
		await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			w.longTasks = [];
			new PerformanceObserver((list) =>
				w.longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))
			).observe({ type: 'longtask' });
		});
		await page.mouse.move(200, 600);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		// A notch of the wheel; a long story is scrolled faster (still past every step).
		const notch = Math.max(120, Math.ceil(height / 1500));
		for (let y = 0; y < height; y += notch) {
			await page.mouse.wheel(0, notch);
			await page.waitForTimeout(60);
		}
		const scrollEnded = await page.evaluate(() => performance.now());
		await page.waitForTimeout(2000);
		const latencies = await page.evaluate(() => /** @type {any} */ (window).latencies);
		// Every long task of the read and the two seconds after its last wheel turn; and, apart,
		// those that began in those two seconds (the last step's landing, the browser's idle GC).
		/** @type {[number, number][]} */
		const tasks = await page.evaluate(() => /** @type {any} */ (window).longTasks);
		const longTasks = tasks.map(([, ms]) => ms);
		const longTasksAfter = tasks.filter(([start]) => start > scrollEnded).map(([, ms]) => ms);
		const jumpMs = jumps ? await jumpTimes(page) : [];
		if (!heapPasses) return { latencies, longTasks, longTasksAfter, jumpMs, steps: stepIds.length };

		// Heap: passes through every step; growth after the first pass must stay small.
		const cdp = await page.context().newCDPSession(page);
		const heap = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			await cdp.send('HeapProfiler.collectGarbage');
			return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
		};
		if (heapPasses === 1) {
			// A long story: its heap after the reader's one full read (the scroll above).
			const after = await heap();
			return {
				latencies,
				longTasks,
				longTasksAfter,
				jumpMs,
				steps: stepIds.length,
				heap: { first: after, last: after, firstObjects: 0, lastObjects: 0 }
			};
		}
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const pass = async () => {
			for (const id of stepIds) {
				// Twice, a frame apart: a long story's later steps are laid out only as they near
				// the screen (content-visibility), so the first scroll may land a little off.
				await page.evaluate(async (stepId) => {
					const step = document.getElementById(stepId);
					step?.scrollIntoView({ behavior: 'instant' });
					await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
					step?.scrollIntoView({ behavior: 'instant' });
				}, id);
				await page.waitForFunction((stepId) => {
					const map = document.getElementById('map');
					const step = document.getElementById(stepId);
					return map ? map.dataset.view === stepId : step?.getAttribute('aria-current') === 'step';
				}, id);
			}
		};
		/** Bytes of the heap that are not compiled code, from a snapshot: what a leak would grow. */
		const objects = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			/** @type {string[]} */
			const chunks = [];
			/** @param {{ chunk: string }} event */
			const collect = (event) => chunks.push(event.chunk);
			cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
			await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
			cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
			const { snapshot, nodes } = JSON.parse(chunks.join(''));
			const fields = snapshot.meta.node_fields.length;
			const type = snapshot.meta.node_fields.indexOf('type');
			const size = snapshot.meta.node_fields.indexOf('self_size');
			const code = snapshot.meta.node_types[0].indexOf('code');
			let bytes = 0;
			for (let i = 0; i < nodes.length; i += fields)
				if (nodes[i + type] !== code) bytes += nodes[i + size];
			return bytes / 1024 / 1024;
		};
		await pass();
		const first = await heap();
		const firstObjects = await objects();
		for (let i = 1; i < heapPasses; i++) await pass();
		const last = await heap();
		const lastObjects = await objects();
		return {
			latencies,
			longTasks,
			longTasksAfter,
			jumpMs,
			steps: stepIds.length,
			heap: { first, last, firstObjects, lastObjects }
		};
	} finally {
		await browser.close();
	}
}

/**
 * A reader clicks each of the timeline's marks (a tour's chapter links) in turn, from the
 * last back to the first: the time from the click to the mark's first step being current
 * (the map's flight and the page's scroll go on after; the step is the reader's at once).
 * In ms, one per mark.
 * @param {import('@playwright/test').Page} page
 */
async function jumpTimes(page) {
	const LINKS = 'nav.timeline a[href^="#"], nav.chapters a[href^="#"]';
	const targets = await page.$$eval(LINKS, (as) => as.map((a) => a.getAttribute('href') ?? ''));
	/** @type {number[]} */
	const times = [];
	for (const href of targets.reverse()) {
		const ms = await page.evaluate(
			({ href, links }) =>
				new Promise((resolve) => {
					const link = /** @type {HTMLElement} */ (
						[...document.querySelectorAll(links)].find((a) => a.getAttribute('href') === href)
					);
					const target = href.slice(1);
					// A mark names a day (a step's data-date has only its precision: 2017-01), a
					// chapter link its step.
					const current = () => {
						const step = document.querySelector('[aria-current="step"]');
						return step?.id === target || step?.closest('.day')?.id === target;
					};
					const start = performance.now();
					const observer = new MutationObserver(() => {
						if (!current()) return;
						observer.disconnect();
						resolve(performance.now() - start);
					});
					observer.observe(document.body, { subtree: true, attributeFilter: ['aria-current'] });
					link.click();
					if (current()) {
						observer.disconnect();
						resolve(performance.now() - start);
					}
				}),
			{ href, links: LINKS }
		);
		times.push(/** @type {number} */ (ms));
		await page.waitForTimeout(1500); // the scroll and the flight settle before the next
	}
	return times;
}
