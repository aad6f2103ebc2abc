// What a TimelineJS story brings to the map and the timeline: a step without places shows
// the overview, a story without places is a timeline with no map at all, groups are marks
// of a colour and a shape with a key, eras are labelled bands, and a phone's timeline
// groups centuries of events by decade or century. Run against each imported story
// (playwright.fixture.config.ts); expectations are read from its file.
import type { Locator, Page } from '@playwright/test';
import { expectMapOn, scrollToStep, storyMap, waitForLiveMap, timeline } from '../fixtures';
import { datedTest as test, expect } from '../contract/story';

const stepOf = (page: Page, id: string) => page.locator(`[id="${id}"]`);
const boxesOf = (list: Locator) =>
	list.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
const overlap = (a: DOMRect, b: DOMRect) =>
	a.right > b.left && b.right > a.left && a.bottom > b.top && b.bottom > a.top;

/** WCAG's contrast ratio of two computed colours: `rgb(…)`, or `color(srgb …)` (a color-mix). */
function contrast(a: string, b: string): number {
	const luminance = (color: string) => {
		const scale = color.startsWith('color(srgb') ? 1 : 255;
		const [r, g, bl] = color.match(/[\d.]+/g)!.map((c) => {
			const v = Number(c) / scale;
			return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
		}) as [number, number, number];
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

test.describe('places', () => {
	test('a step without places shows the overview, and says so', async ({
		watched: page,
		story
	}) => {
		const placeless = story.events.find((e) => e.places.length === 0);
		test.skip(!story.places.length || !placeless, 'needs a story with places and a step without');
		await page.goto('/');
		await waitForLiveMap(page);
		const step = stepOf(page, placeless!.id);
		await scrollToStep(step);
		await expect(step).toHaveAttribute('data-places', '');
		await expectMapOn(page, step);
		await expect(storyMap(page)).toHaveAttribute('data-highlighted', '');
		await expect(storyMap(page)).toHaveAttribute('aria-label', story.meta.overview!.alt);
		await expect(step.locator('.where')).toHaveText(
			'On the map: the overview of the story’s places'
		);
		// Its printed map (and the one without WebGL) is the overview's.
		await expect(step.locator('img.step-map')).toHaveAttribute('src', /maps\/overview\.svg$/);
	});

	test('a story without places is a timeline: no map, no MapLibre, no static maps', async ({
		watched: page,
		story
	}) => {
		test.skip(story.places.length > 0, 'needs a story without places');
		// The service worker's requests too: it stores every file the build made.
		const requested: string[] = [];
		page.context().on('request', (request) => requested.push(request.url()));
		await page.goto('/');
		// The reader acts (the moment a map would come in), and reads to the end.
		await page.mouse.move(640, 400);
		await page.mouse.wheel(0, 400);
		await scrollToStep(stepOf(page, story.events.at(-1)!.id));
		await page.evaluate(() => navigator.serviceWorker.ready);
		await expect(stepOf(page, story.events.at(-1)!.id)).toHaveAttribute('aria-current', 'step');
		await expect(page.locator('#map, .map-pane, img.step-map, .static-overview')).toHaveCount(0);
		expect(requested.filter((url) => /\/maps\/|basemap|\.woff2|\.pbf/.test(url))).toEqual([]);
		// No file of the build carries MapLibre (the worker has fetched every one).
		const scripts = [...new Set(requested.filter((url) => url.endsWith('.js')))];
		expect(scripts.length).toBeGreaterThan(2);
		for (const url of scripts)
			expect(await (await page.request.get(url)).text(), url).not.toContain('maplibregl');
		// The text takes the page, centred at a reading width.
		const column = (await page.locator('#story').boundingBox())!;
		expect(Math.abs(column.x + column.width / 2 - 640)).toBeLessThan(2);
		expect(column.width).toBeGreaterThan(500);
		expect(column.width).toBeLessThanOrEqual(640);
	});
});

test.describe('groups and eras', () => {
	test('each group’s marks share a colour and a shape, named in the key', async ({
		watched: page,
		story
	}) => {
		const groups = [...new Set(story.events.flatMap((e) => (e.group ? [e.group] : [])))];
		expect(groups.length).toBeGreaterThan(1);
		await page.goto('/');
		const key = page.locator('.group-key li');
		await expect(key).toHaveText([...groups, 'No group, or several']);
		const shapeOf = (shape: Locator) =>
			shape.evaluate((el) => ({
				shape: [...el.classList].find((c) => /^(circle|square|diamond|triangle)$/.test(c)),
				color: getComputedStyle(el).backgroundColor
			}));
		const keyed = new Map<string, { shape?: string; color: string }>();
		for (const [i, group] of groups.entries())
			keyed.set(group, await shapeOf(key.nth(i).locator('.group-shape')));
		// No two groups look alike; none is told by its colour alone.
		expect(new Set([...keyed.values()].map((v) => v.shape)).size).toBe(Math.min(groups.length, 4));
		const paper = await page.locator('.bar').evaluate((el) => getComputedStyle(el).backgroundColor);
		const marks = timeline(page).locator('li:has(.group-shape)');
		expect(await marks.count()).toBeGreaterThan(0);
		for (const mark of await marks.all()) {
			const date = (await mark.locator('a').getAttribute('href'))!.slice(1);
			const group = story.events.find((e) => e.date === date)!.group!;
			const look = await shapeOf(mark.locator('.group-shape'));
			expect(look, `${date}: ${group}`).toEqual(keyed.get(group));
			expect(contrast(look.color, paper)).toBeGreaterThanOrEqual(3);
		}
	});

	test('eras are labelled bands above the marks, clear of every mark’s target', async ({
		watched: page,
		story
	}) => {
		const { start, end } = story.meta.span;
		const eras = (story.meta.eras ?? []).filter((era) => era.end >= start && era.start <= end);
		expect(eras.length).toBeGreaterThan(0);
		await page.goto('/');
		const bands = timeline(page).locator('.eras li');
		await expect(bands).toHaveText(eras.map((era) => era.label));
		const targets = await boxesOf(timeline(page).getByRole('link'));
		for (const band of await boxesOf(bands))
			for (const target of targets) expect(overlap(band, target)).toBe(false);
		for (const band of await bands.all()) {
			const { size, color, background } = await band.evaluate((el) => {
				const style = getComputedStyle(el);
				return {
					size: parseFloat(style.fontSize),
					color: style.color,
					background: style.backgroundColor
				};
			});
			expect(size).toBeGreaterThanOrEqual(11);
			expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5);
		}
	});
});

test.describe('on a 320px phone', () => {
	test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

	test('the timeline groups centuries of events by decade or century, each a 44px target', async ({
		watched: page,
		story
	}) => {
		await page.goto('/');
		const days = [...new Set(story.events.map((e) => e.date))];
		const marks = timeline(page).getByRole('link');
		const hrefs = await marks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
		expect(hrefs.length).toBeLessThan(days.length);
		// Each mark leads to the first day of its decade (or its century) with events.
		const firstOf = (digits: number) =>
			[...new Map(days.map((d) => [d.slice(0, digits), d] as const).reverse()).values()].reverse();
		const [byYear, byDecade, byCentury] = [firstOf(4), firstOf(3), firstOf(2)];
		expect([byDecade, byCentury]).toContainEqual(hrefs);
		// The finest grouping whose targets keep apart on this phone's track (marks alternate
		// above and below the axis: each clear of the next but one on its row).
		const { start, end } = story.meta.span;
		const track = await timeline(page)
			.locator('.track')
			.evaluate((el) => el.clientWidth);
		const x = (day: string) =>
			((Date.parse(day) - Date.parse(start)) / (Date.parse(end) - Date.parse(start))) * track;
		const fit = (marks: string[], target: number) =>
			marks.every((day, i) => i < 2 || x(day) - x(marks[i - 2]!) >= target - 0.5);
		expect(fit(days, 24)).toBe(false);
		expect(fit(byYear, 44)).toBe(false);
		if (hrefs.join() === byCentury.join()) expect(fit(byDecade, 44)).toBe(false);
		expect(fit(hrefs, 44)).toBe(true);
		const boxes = await boxesOf(marks);
		for (const box of boxes) expect(box.width).toBeGreaterThanOrEqual(44);
		for (let i = 1; i < boxes.length; i++)
			expect(overlap(boxes[i - 1]!, boxes[i]!), `marks ${i - 1} and ${i}`).toBe(false);
		// A grouped mark names its dates and how many events it holds.
		const daysIn = hrefs.map(
			(d, i) => (i + 1 < hrefs.length ? days.indexOf(hrefs[i + 1]!) : days.length) - days.indexOf(d)
		);
		const grouped = marks.nth(daysIn.findIndex((count) => count > 1));
		await expect(grouped.locator('.tip')).toHaveText(/^\d+.* to .*, \d+ events: /);
		await expect
			.poll(() => page.evaluate(() => document.documentElement.scrollWidth - innerWidth))
			.toBeLessThanOrEqual(0);
	});
});
