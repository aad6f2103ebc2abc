import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { SCREENS } from '../../src/lib/layout.js';
import type { Step } from './story-rules';

/**
 * How the page marks its steps (the DOM contract): a dated story's carry their date, a
 * tour's have none, so they are the story column's articles with places (maybe none).
 */
export const STEPS = { dated: '[data-date][data-places]', tour: '#story article[data-places]' };
/** A tour's chapter list, in the bar (its links are `#chapter-id`). */
export const CHAPTER_LIST = 'nav[aria-label="Chapters of the story"]';

/** What the reader sees once the page has come to rest (see `settle`). */
export interface Snapshot {
	settled: boolean;
	scrollY: number;
	width: number;
	height: number;
	hash: string;
	/** Ids of the steps with aria-current="step". */
	current: string[];
	view: string | null;
	highlighted: string | null;
	/** The current step's box, in viewport pixels. */
	box: { top: number; bottom: number } | null;
	/** Every step's top, in document order, and the reading line. */
	tops: number[];
	line: number;
	smallViewport: number;
	mapBottom: number;
	/** Whether the layout stacks the map above the text (layout.js's portrait-phone screen). */
	mapStacked: boolean;
	notice: string;
	historyLength: number;
	focus: string;
	/** The links of a tour's chapter list marked as the reader's (aria-current="location"). */
	chapters: string[];
}

/**
 * Waits, without a fixed sleep, until the page has come to rest: the scroll position,
 * the current step, the URL and the map's attributes unchanged for `frames` animation
 * frames in a row, with the map settled on the current step (data-view and
 * data-highlighted). Flights on software WebGL are slow, hence the long deadline: after
 * it, the last snapshot comes back unsettled and the caller reports what never settled.
 */
export function settle(
	page: Page,
	stepSelector: string,
	frames = 10,
	deadlineMs = 45_000
): Promise<Snapshot> {
	return page.evaluate(
		({ stepSelector, chapterList, stackedScreen, frames, deadlineMs }) =>
			new Promise<Snapshot>((resolve) => {
				const read = (): Snapshot => {
					const steps = [...document.querySelectorAll<HTMLElement>(stepSelector)];
					const current = steps.filter((s) => s.getAttribute('aria-current') === 'step');
					const map = document.getElementById('map');
					const rect = current[0]?.getBoundingClientRect();
					const small = document.querySelector('.small-viewport')?.getBoundingClientRect();
					const pane = document.querySelector('.map-pane')?.getBoundingClientRect();
					const active = document.activeElement;
					return {
						settled: false,
						scrollY: Math.round(scrollY),
						width: innerWidth,
						height: innerHeight,
						hash: location.hash,
						current: current.map((s) => s.id),
						view: map?.getAttribute('data-view') ?? null,
						highlighted: map?.getAttribute('data-highlighted') ?? null,
						box: rect ? { top: rect.top, bottom: rect.bottom } : null,
						tops: steps.map((s) => s.getBoundingClientRect().top),
						line: 0,
						smallViewport: small?.height ?? innerHeight,
						mapBottom: pane?.bottom ?? innerHeight,
						mapStacked: matchMedia(stackedScreen).matches,
						notice: document.querySelector('[role="status"]')?.textContent?.trim() ?? '',
						historyLength: history.length,
						focus: active
							? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}`
							: '',
						chapters: [
							...document.querySelectorAll(`${chapterList} a[aria-current="location"]`)
						].map((a) => a.getAttribute('href') ?? '')
					};
				};
				// Only what the reader can see moving counts; step tops follow scrollY.
				const key = (s: Snapshot) =>
					JSON.stringify([s.scrollY, s.width, s.height, s.hash, s.current, s.view, s.highlighted]);
				const mapOnStep = (s: Snapshot) => {
					const step = s.current.length === 1 ? document.getElementById(s.current[0]!) : null;
					return step !== null && s.view === step.id && s.highlighted === step.dataset.places;
				};
				const deadline = performance.now() + deadlineMs;
				let last = '';
				let same = 0;
				const tick = () => {
					const snapshot = read();
					const k = key(snapshot);
					same = k === last ? same + 1 : 0;
					last = k;
					if (same >= frames && mapOnStep(snapshot)) return resolve({ ...snapshot, settled: true });
					if (performance.now() > deadline) return resolve(snapshot);
					requestAnimationFrame(tick);
				};
				requestAnimationFrame(tick);
			}),
		{
			stepSelector,
			chapterList: CHAPTER_LIST,
			stackedScreen: SCREENS['portrait-phone'],
			frames,
			deadlineMs
		}
	);
}

/** The story's steps, read from the DOM contract. */
export function readSteps(page: Page): Promise<Step[]> {
	return page.locator(STEPS.dated).evaluateAll((els) =>
		// A step's day is its day element's id (data-date has only the date's precision).
		els.map((e) => ({
			id: e.id,
			date: e.closest('.day')?.id ?? '',
			places: e.dataset.places ?? ''
		}))
	);
}

/**
 * A tour's chapters, read from the DOM contract: its steps have no dates, and the page
 * holds no timeline and no date field; its chapter list links every chapter, in order.
 */
export async function readChapters(page: Page): Promise<Step[]> {
	const steps = await page
		.locator(STEPS.tour)
		.evaluateAll((els) =>
			els.map((e) => ({ id: e.id, date: e.dataset.date ?? '', places: e.dataset.places ?? '' }))
		);
	const dated = steps.filter((step) => step.date !== '');
	if (dated.length > 0) throw new Error(`a tour's steps have data-date: ${dated[0]!.id}`);
	const links = await page
		.locator(`${CHAPTER_LIST} a`)
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	const hrefs = steps.map((step) => `#${step.id}`);
	if (JSON.stringify(links) !== JSON.stringify(hrefs))
		throw new Error(`the chapter list links ${JSON.stringify(links)}, the chapters are ${hrefs}`);
	const dateThings = await page
		.locator('nav[aria-label="Timeline of the story"], input[type="date"]')
		.count();
	if (dateThings > 0) throw new Error('a tour shows a timeline or a date field');
	return steps;
}

/** A point over the story's text (not a link, a field or the map), for the mouse. */
export async function textPoint(page: Page): Promise<{ x: number; y: number } | null> {
	return page.evaluate(() => {
		const column = document.getElementById('story')!.getBoundingClientRect();
		for (let y = innerHeight - 20; y > 0; y -= 23) {
			for (const fx of [0.5, 0.3, 0.7]) {
				const x = Math.round(column.left + column.width * fx);
				const hit = document.elementFromPoint(x, y);
				if (!hit || !hit.closest('#story')) continue;
				if (hit.closest('a, button, input, summary, [tabindex="0"]')) continue;
				return { x, y };
			}
		}
		return null;
	});
}

/**
 * Puts the keyboard's focus on the page rather than in a field, on a timeline mark or a chapter,
 * as a reader does: by clicking the story's text. Returns false if no text was in reach.
 */
export async function focusStoryText(page: Page): Promise<boolean> {
	const inField = await page.evaluate(() => {
		const active = document.activeElement;
		return !!active && active !== document.body && active.id !== 'story';
	});
	if (!inField) return true;
	const point = await textPoint(page);
	if (!point) return false;
	await page.mouse.click(point.x, point.y);
	return true;
}

/**
 * A thumb's swipe over the text: real touch events (Chromium's gesture synthesis,
 * `Input.synthesizeScrollGesture`, scrolls nothing in this headless Chromium). Long
 * swipes are several strokes, each within the screen; each stroke comes to rest before
 * the finger lifts, so the page does not fling on.
 */
export async function swipe(cdp: CDPSession, page: Page, dy: number) {
	const { height } = page.viewportSize()!;
	const x = (await textPoint(page))?.x ?? 40;
	const longest = Math.round(height * 0.6);
	for (let left = dy; left !== 0;) {
		const part = Math.sign(left) * Math.min(Math.abs(left), longest);
		// Upwards (scrolling the page down) from low on the screen; downwards from high.
		const from = Math.round(height * (part > 0 ? 0.8 : 0.2));
		await stroke(cdp, x, from, from - part);
		left -= part;
	}
}

async function stroke(cdp: CDPSession, x: number, from: number, to: number) {
	const touch = (type: 'touchStart' | 'touchMove', y: number) =>
		cdp.send('Input.dispatchTouchEvent', { type, touchPoints: [{ x, y: Math.round(y) }] });
	await touch('touchStart', from);
	for (let i = 1; i <= 10; i++) await touch('touchMove', from + ((to - from) * i) / 10);
	// At rest before lifting: no fling.
	await new Promise((rest) => setTimeout(rest, 150));
	await touch('touchMove', to);
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Records console errors, page errors and requests leaving the origin, for the whole context. */
export function watchContext(context: BrowserContext, origin: string) {
	const problems: string[] = [];
	context.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
	context.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob):/.test(url)) return;
		if (new URL(url).origin !== origin) problems.push(`request off the origin: ${url}`);
	});
	return problems;
}
