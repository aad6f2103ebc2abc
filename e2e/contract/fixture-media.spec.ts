// The fixture's media on the page: shown with their words, the right file for the screen,
// nothing moving as they load, a picture opened larger and closed again, video and sound
// only when asked, links that load nothing. Every test also checks, through `watched`,
// that no console error appears and no request leaves the origin.
import { scrollToStep, steps, storyMap, test, expect } from '../fixtures';
import {
	kindOf,
	loaded,
	mediaItems,
	mediaLists,
	mediaRequests,
	pictures,
	story,
	widthOf
} from './media';
import type { Locator, Page, Route } from '@playwright/test';

/**
 * Each picture's file is the one its shown size needs on this screen: wide enough (or
 * nearly: Chromium may take the one below when it is close), never wider than needed.
 */
async function expectRightRendition(page: Page) {
	const scale = await page.evaluate(() => devicePixelRatio);
	for (const { figure } of pictures(page)) {
		const img = figure.locator('.media-open img');
		await loaded(img);
		const { shown, current, type, candidates } = await img.evaluate((el: HTMLImageElement) => {
			const source = el.parentElement!.querySelector('source[type="image/avif"]')!;
			return {
				shown: el.getBoundingClientRect().width,
				current: el.currentSrc,
				type: source.getAttribute('type'),
				candidates: source
					.getAttribute('srcset')!
					.split(', ')
					.map((c) => c.split(' ')[0]!)
			};
		});
		expect(current, 'the AVIF rendition').toMatch(/\.avif$/);
		expect(type).toBe('image/avif');
		const widths = candidates.map(widthOf).sort((a, b) => a - b);
		const needed = shown * scale;
		const enough = widths.find((w) => w >= needed) ?? widths.at(-1)!;
		const chosen = widthOf(current);
		expect(chosen, `${current} for ${Math.round(needed)} px`).toBeLessThanOrEqual(enough);
		expect(chosen, `${current} for ${Math.round(needed)} px`).toBeGreaterThanOrEqual(
			Math.min(enough, needed / 1.4)
		);
	}
}

test.describe('the fixture’s media', () => {
	test('show in their step, after its words, each with its caption and credit', async ({
		watched: page
	}) => {
		await page.goto('/');
		// The fixture has every kind: pictures, a video, a sound, a link.
		expect(new Set(mediaItems(page).map((m) => m.kind))).toEqual(
			new Set(['picture', 'video', 'sound', 'remote'])
		);
		for (const { where, items } of mediaLists) {
			const figures = page.locator(`${where} .media figure`);
			await expect(figures).toHaveCount(items.length);
			// After the words: the media follow the last paragraph of the text (the
			// introduction's media and words each inside the block the server writes them into).
			const after = await page.locator(`${where} .media`).evaluate((media) => {
				const before = (media.closest('[data-server-part="intro-media"]') ?? media)
					.previousElementSibling;
				return before?.matches('[data-server-part="intro-text"]')
					? before.lastElementChild?.tagName
					: before?.tagName;
			});
			expect(after, where).toBe('P');
		}
		for (const { item, kind, figure } of mediaItems(page)) {
			const caption = figure.locator('figcaption');
			if (item.caption) await expect(caption).toContainText(item.caption);
			await expect(caption).toContainText(item.credit);
			if (item.source) {
				const outlet = story.sources.find((s) => s.id === item.source)!.outlet;
				await expect(caption).toContainText(outlet);
			}
			if (kind === 'picture') {
				const img = figure.locator('.media-open img');
				await expect(img).toHaveAttribute('alt', item.alt!);
				await loaded(img);
			}
			if (kind === 'video')
				await expect(figure.locator('video')).toHaveAttribute('aria-label', item.alt!);
		}
	});

	test('fetch the first screen’s picture first, and the rest only as they near', async ({
		watched: page
	}) => {
		await page.goto('/');
		const [lead, ...rest] = pictures(page).map(({ figure }) => figure.locator('.media-open img'));
		await expect(lead!).toHaveAttribute('fetchpriority', 'high');
		await expect(lead!).toHaveAttribute('loading', 'eager');
		for (const img of rest) {
			await expect(img).toHaveAttribute('loading', 'lazy');
			await expect(img).not.toHaveAttribute('fetchpriority', 'high');
		}
		// Every picture reserves its box, and shows a colour while it loads.
		for (const img of [lead!, ...rest]) {
			await expect(img).toHaveAttribute('width', /^\d+$/);
			await expect(img).toHaveAttribute('height', /^\d+$/);
		}
		const last = rest.at(-1)!;
		expect(await last.evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(/^rgb\(/);
		// The last picture, far down the page, is not fetched before the reader comes near.
		expect(await last.evaluate((el: HTMLImageElement) => el.currentSrc)).toBe('');
	});

	test('take the file the desktop screen needs', async ({ watched: page }) => {
		await page.goto('/');
		await expectRightRendition(page);
	});

	test.describe('on a phone (390 px wide, 3x)', () => {
		test.use({
			viewport: { width: 390, height: 844 },
			deviceScaleFactor: 3,
			isMobile: true,
			hasTouch: true
		});

		test('take the file the phone needs, never the desktop’s', async ({ watched: page }) => {
			await page.goto('/');
			await expectRightRendition(page);
		});

		test('stay under 40% of the screen’s height, the text and the map in sight', async ({
			watched: page
		}) => {
			await page.goto('/');
			const height = page.viewportSize()!.height;
			for (const { figure, kind } of mediaItems(page)) {
				if (kind !== 'picture' && kind !== 'video') continue;
				const box = figure.locator(kind === 'video' ? 'video' : '.media-open img');
				await box.evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }));
				const shown = await box.evaluate((el) => el.getBoundingClientRect().height);
				expect(shown).toBeLessThanOrEqual(height * 0.4 + 1);
				await expect(box).toBeInViewport();
				await expect(storyMap(page)).toBeInViewport();
			}
			// A step whose text is longest beside its media: its title and words still show.
			const step = page.locator('#la-paz-march');
			await scrollToStep(step);
			await expect(step.locator('h2')).toBeInViewport();
			await expect(step.locator('p').nth(1)).toBeInViewport();
		});
	});

	test('move nothing as they load, while the reader scrolls through', async ({
		browser,
		baseURL
	}) => {
		// The pictures arrive only once the reader is at their step, so each loads in sight
		// (no service worker: it would answer for them, past the held requests).
		const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
		const page = await context.newPage();
		const held: Route[] = [];
		await page.route(/\/media\/[^/]+\.(avif|webp|jpg|png)$/, (route) => void held.push(route));
		/** Lets the files of `img` (any of its renditions) arrive; the others wait. */
		const release = async (img: Locator) => {
			const files = await img.evaluate((el) =>
				[...el.parentElement!.querySelectorAll('source, img')].flatMap((s) =>
					(s.getAttribute('srcset') ?? '')
						.split(', ')
						.map((c) => new URL(c.split(' ')[0]!, location.href).href)
				)
			);
			const mine = held.filter((route) => files.includes(route.request().url()));
			held.splice(0, held.length, ...held.filter((route) => !mine.includes(route)));
			await Promise.all(mine.map((route) => route.continue()));
		};
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		// Every shift since the page began, with what moved (to say what broke, if one does).
		await page.evaluate(() => {
			const w = window as unknown as { shifts: string[] };
			w.shifts = [];
			type Shift = PerformanceEntry & { value: number; sources: { node?: Node | null }[] };
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as Shift[])
					w.shifts.push(
						`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${entry.sources
							.map(({ node }) =>
								node instanceof Element
									? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}`
									: node?.nodeName
							)
							.join(', ')}`
					);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		const inSight = (img: Locator) =>
			img.evaluate((el) => {
				const box = el.getBoundingClientRect();
				return box.top < innerHeight && box.bottom > 0;
			});
		for (const step of [page.locator('header.intro'), ...(await steps(page).all())]) {
			await page.mouse.move(240, 400);
			await scrollToStep(step);
			for (const img of await step.locator('.media-open img').all()) {
				if (!(await inSight(img))) await img.scrollIntoViewIfNeeded();
				expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(0);
				await expect
					.poll(async () => {
						await release(img);
						return img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth);
					})
					.toBeGreaterThan(0);
				expect(await inSight(img)).toBe(true);
			}
		}
		const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
		expect(shifts).toEqual([]);
		await context.close();
	});

	test('a picture opens larger, fetched only then, and closes with Escape, focus back on it', async ({
		watched: page
	}) => {
		await page.goto('/');
		const figure = pictures(page)[1]!.figure;
		const open = figure.locator('.media-open');
		const dialog = figure.locator('dialog');
		const large = dialog.locator('img');
		await loaded(open.locator('img'));
		await expect(dialog).not.toHaveAttribute('open');
		expect(await large.evaluate((el: HTMLImageElement) => el.currentSrc)).toBe('');
		// With the keyboard: to the button, Enter.
		await open.focus();
		await page.keyboard.press('Enter');
		await expect(dialog).toHaveAttribute('open');
		expect(await dialog.evaluate((el) => el.matches(':modal'))).toBe(true);
		await expect
			.poll(() => large.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
			.toBeGreaterThan(0);
		await expect(large).toBeInViewport();
		await page.keyboard.press('Escape');
		await expect(dialog).not.toHaveAttribute('open');
		await expect(open).toBeFocused();
		// With the mouse: a click outside closes it, and so does its button.
		await open.click();
		await expect(dialog).toHaveAttribute('open');
		await page.mouse.click(3, page.viewportSize()!.height - 3);
		await expect(dialog).not.toHaveAttribute('open');
		await open.click();
		await dialog.getByRole('button').click();
		await expect(dialog).not.toHaveAttribute('open');
		await expect(open).toBeFocused();
	});

	test('video and sound wait for the reader: nothing fetched or played until asked', async ({
		watched: page
	}) => {
		const requests = mediaRequests(page);
		await page.goto('/');
		const video = page.locator('.media video');
		const audio = page.locator('.media audio');
		await expect(video).toHaveCount(1);
		await expect(audio).toHaveCount(1);
		for (const player of [video, audio]) {
			await player.scrollIntoViewIfNeeded();
			await expect(player).toHaveAttribute('controls', '');
			await expect(player).toHaveAttribute('preload', /^(none|metadata)$/);
			await expect(player).not.toHaveAttribute('autoplay');
			expect(await player.evaluate((el: HTMLMediaElement) => el.paused)).toBe(true);
		}
		// Captions on the reader's choice: offered, none on by default.
		const clip = mediaItems(page).find((m) => m.kind === 'video')!;
		await expect(video).toHaveAttribute('poster', /\.webp$/);
		const tracks = video.locator('track');
		await expect(tracks.first()).toHaveAttribute('kind', 'captions');
		await expect(tracks.first()).toHaveAttribute('srclang', 'en');
		expect(await tracks.evaluateAll((ts) => ts.filter((t) => t.hasAttribute('default')))).toEqual(
			[]
		);
		expect(clip.item.captions).toBeTruthy();
		// A sound with no speech has no transcript to show.
		const sound = mediaItems(page).find((m) => m.kind === 'sound')!;
		expect(sound.item.noSpeech).toBe(true);
		await expect(sound.figure.locator('details')).toHaveCount(0);
		expect(requests.filter((path) => /\.(mp4|mp3)$/.test(path))).toEqual([]);
		// Asked (its controls' key), the video plays.
		await video.focus();
		await page.keyboard.press('Space');
		await expect.poll(() => video.evaluate((el: HTMLMediaElement) => el.paused)).toBe(false);
		expect(requests.filter((path) => path.endsWith('.mp4')).length).toBeGreaterThan(0);
		expect(await audio.evaluate((el: HTMLMediaElement) => el.paused)).toBe(true);
	});

	test('a link elsewhere is a card naming its service, and loads nothing from it', async ({
		watched: page
	}) => {
		await page.goto('/');
		const remote = mediaItems(page).filter((m) => m.kind === 'remote');
		expect(remote.length).toBeGreaterThan(0);
		for (const { item, figure } of remote) {
			const card = figure.getByRole('link');
			await expect(card).toHaveAttribute('href', item.src);
			await expect(card).toContainText('YouTube');
			await expect(figure.locator('iframe, img, video, audio, object, embed')).toHaveCount(0);
			expect(kindOf(item)).toBe('remote');
		}
	});
});
