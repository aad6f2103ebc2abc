import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every browser test gets a page watched for what a reader should never meet:
 * console errors, uncaught exceptions and requests leaving the page's origin.
 * The checks run after the test body, so each test asserts them without saying so.
 */
export const test = base.extend<{ watched: Page }>({
	watched: async ({ page, baseURL }, use) => {
		const origin = new URL(baseURL!).origin;
		const errors: string[] = [];
		const offOrigin: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('request', (request) => {
			const url = request.url();
			if (/^(data|blob):/.test(url)) return;
			if (new URL(url).origin !== origin) offOrigin.push(url);
		});
		await use(page);
		expect(errors, 'console errors').toEqual([]);
		expect(offOrigin, 'requests off the page’s origin').toEqual([]);
	}
});

export { expect };
/** `test.use(MOTION)`: the map flies and jumps scroll smoothly (the default is reduced motion: tools/browser.js). */
export { MOTION } from '../tools/browser.js';

/** The story's step elements, in order (a tour's have no data-date: data-places marks them). */
export const steps = (page: Page) => page.locator('[data-places]');

/** A step by its event's id (an id may start with a digit, so not `#id`). */
export const stepOf = (page: Page, event: { id: string }) => page.locator(`[id="${event.id}"]`);

/**
 * The steps of a day (`YYYY-MM-DD`, as date links name it): its day's element holds them
 * (a step's own data-date has only its precision: `2017-01` for a month's event).
 */
export const stepsOn = (page: Page, date: string) =>
	page.locator(`.day[id="${date}"] [data-date][data-places]`);

/** Each step's day, `YYYY-MM-DD`, in order: the id of the day that holds it. */
export const dayOfEachStep = (page: Page) =>
	steps(page).evaluateAll((els) => els.map((e) => e.closest('.day')?.id ?? ''));

/** The map's container, which carries data-highlighted and data-view. */
export const storyMap = (page: Page) => page.locator('#map');
/** The story's timeline (a dated story's bar). */
export const timeline = (page: Page) => page.getByRole('navigation', { name: /timeline/i });
/** The timeline's mark leading to a date. */
export const timelineMark = (page: Page, date: string) =>
	timeline(page).locator(`a[href="#${date}"]`);
/** A URL ending in a date's fragment. */
export const endsWith = (date: string) => new RegExp(`#${date}$`);

/** Scrolls like a reader: the step's top comes up past the reading line, clear of the map. */
export async function scrollToStep(step: Locator) {
	await step.evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
}

/** Waits until the map shows the step: highlighted places and a settled camera. */
export async function expectMapOn(page: Page, step: Locator) {
	const id = await step.getAttribute('id');
	const places = await step.getAttribute('data-places');
	await expect(step).toHaveAttribute('aria-current', 'step');
	await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
	await expect(storyMap(page)).toHaveAttribute('data-highlighted', places!);
	await expect(storyMap(page)).toHaveAttribute('data-view', id!);
}

/**
 * Waits until the step is the one being read and, in a story with a map (`hasMap`: it has
 * places), the map shows it; a story without places has no map at all.
 */
export async function expectReading(page: Page, step: Locator, hasMap: boolean) {
	if (hasMap) return expectMapOn(page, step);
	await expect(step).toHaveAttribute('aria-current', 'step');
	await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
	await expect(storyMap(page)).toHaveCount(0);
}

/**
 * Brings in the live MapLibre map, which waits for the reader's first interaction
 * (or a few idle seconds), and waits until it has replaced the static map.
 */
export async function waitForLiveMap(page: Page) {
	await page.evaluate(() => window.dispatchEvent(new Event('scroll')));
	// MapLibre's first full draw on software WebGL is slow, slower still on a busy machine.
	await expect(storyMap(page)).toHaveAttribute('data-mode', 'live', { timeout: 45_000 });
}

/** Holds the page's scripts back until `release()`: the reader acts on the bare HTML. */
export async function holdScripts(page: Page) {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

/** Waits until the story's service worker controls the page (its offline copy is being made). */
export async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
	});
}

/** The paths the page's one offline cache holds (none while there is no cache, or several). */
export const offlinePaths = (page: Page) =>
	page.evaluate(async () => {
		const keys = await caches.keys();
		const cache = keys.length === 1 ? await caches.open(keys[0]!) : null;
		return cache ? (await cache.keys()).map((r) => new URL(r.url).pathname) : [];
	});
