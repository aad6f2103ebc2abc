import { READING_LINE } from '../src/lib/reader/reading-line';
import { BUILT_IN_STORY } from '../tools/story/files.js';
import { dataDate, readDatedStory } from './story-file';
import {
	MOTION,
	expectMapOn,
	scrollToStep,
	steps,
	storyMap,
	test,
	expect,
	waitForLiveMap
} from './fixtures';
import { events, jumpStep, lastEvent } from './story';

// Flights are part of what these tests read (tools/browser.js: reduced motion elsewhere).
test.use(MOTION);

/** Every place the story's steps highlight. */
const PLACES = [...new Set(events.flatMap((event) => event.places))];
/** A title as the HTML carries it. */
const inHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const story = readDatedStory(BUILT_IN_STORY);

test.describe('the story end to end', () => {
	test('scrolling walks every step with the map following', async ({ watched: page }, info) => {
		await page.goto('/');
		await expect(steps(page)).toHaveCount(events.length);
		const all = await steps(page).all();
		const highlightedOnTheWay = new Set<string>();
		for (const step of all) {
			await scrollToStep(step);
			await expectMapOn(page, step);
			const highlighted = await storyMap(page).getAttribute('data-highlighted');
			for (const id of highlighted!.split(' ')) highlightedOnTheWay.add(id);
		}
		for (const id of PLACES) expect(highlightedOnTheWay, id).toContain(id);
		await page.screenshot({ path: info.outputPath('last-step.png') });
	});

	test('the step being read stays in sight until the next one takes over', async ({
		watched: page
	}) => {
		// It walks the story's positions one by one while the map draws: near 60 s when loaded.
		test.slow();
		await page.goto('/');
		await expectMapOn(page, steps(page).first());
		// Beside the map the reading line is 55% of the way down the (small) viewport.
		for (const viewport of [
			{ width: 1280, height: 800 },
			{ width: 820, height: 1180 },
			{ width: 844, height: 390 }
		]) {
			await page.setViewportSize(viewport);
			const all = await steps(page).all();
			for (let i = 0; i + 1 < all.length; i++) {
				// Just before the next step's top reaches the reading line. A new width is a
				// rotation: the page brings the step that was being read back to the line (and holds
				// it there until that scroll ends), which can land after this scroll (CI saw it), so
				// scroll again until the page has let go.
				await expect(async () => {
					await all[i + 1]!.evaluate((next, beside) => {
						const line = Math.round(innerHeight * beside);
						const by = next.getBoundingClientRect().top - line - 3;
						window.scrollTo({ top: scrollY + by, behavior: 'instant' });
					}, READING_LINE.beside);
					await expect(all[i]!).toHaveAttribute('aria-current', 'step', { timeout: 2000 });
				}).toPass({ timeout: 20_000 });
				// Both read at once: one round trip while the map is busy drawing.
				const { stepBottom, barBottom } = await all[i]!.evaluate((step) => ({
					stepBottom: step.getBoundingClientRect().bottom,
					barBottom: document.querySelector('header.bar')!.getBoundingClientRect().bottom
				}));
				expect(stepBottom, `${viewport.width}x${viewport.height}, step ${i}`).toBeGreaterThan(
					barBottom
				);
			}
		}
	});

	test('a fast scroll from the top to the end ends on the last step', async ({ watched: page }) => {
		await page.goto('/');
		await expectMapOn(page, steps(page).first());
		await page.evaluate(() =>
			window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' })
		);
		await expectMapOn(page, steps(page).last());
		// And straight back up, skipping everything in between.
		await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
		await expectMapOn(page, steps(page).first());
	});

	test('each step is dated, titled and marked up for the map', async ({ watched: page }) => {
		await page.goto('/');
		const ids = new Set<string>();
		for (const step of await steps(page).all()) {
			const id = (await step.getAttribute('id'))!;
			ids.add(id);
			// The date at its precision, as the story file has it: `2017-01` for a month's event.
			const event = story.events.find((e) => e.id === id)!;
			await expect(step).toHaveAttribute('data-date', dataDate(event));
			await expect(step).toHaveAttribute('data-places', /^[a-z-]+( [a-z-]+)*$/);
			await expect(step.getByRole('heading', { level: 2 })).toHaveCount(1);
			await expect(step.locator('time')).toHaveAttribute('datetime', dataDate(event));
		}
		expect(ids.size).toBe(await steps(page).count());
		// Nothing but the steps carries both attributes.
		expect(await page.locator('[data-date][data-places]:not(article)').count()).toBe(0);
	});

	test('the story reads in the prerendered HTML, before any script runs', async ({ request }) => {
		const html = await (await request.get('/')).text();
		// The last step's headline, and a step's further up, with its day's marks.
		for (const title of [lastEvent.title, jumpStep.title]) expect(html).toContain(inHtml(title));
		expect(html).toContain(`data-date="${jumpStep.date}"`);
		expect(html).toContain(`id="${jumpStep.date}"`);
		// MapLibre is not among the scripts the page needs to start.
		const startScripts = [...new Set(html.match(/_app\/immutable\/[^"]+\.js/g))];
		expect(startScripts.length).toBeGreaterThan(0);
		for (const href of startScripts) {
			const script = await (await request.get(`/${href}`)).text();
			expect(script, href).not.toContain('maplibregl');
		}
	});

	test('the text paints before any script is fetched, then the story comes alive', async ({
		watched: page
	}) => {
		await page.goto('/');
		await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
		const timings = await page.evaluate(() => ({
			firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
			scripts: performance
				.getEntriesByType('resource')
				.filter((entry) => entry.name.endsWith('.js'))
				.map((entry) => entry.startTime)
		}));
		expect(timings.firstPaint).toBeGreaterThan(0);
		expect(timings.scripts.length).toBeGreaterThan(0);
		for (const fetchedAt of timings.scripts) expect(fetchedAt).toBeGreaterThan(timings.firstPaint!);
	});

	test('reading to the end shifts nothing on screen and fetches nothing more', async ({
		watched: page
	}) => {
		await page.goto('/');
		await waitForLiveMap(page);
		await expectMapOn(page, steps(page).first());
		const fetchedBefore = await page.evaluate(() => {
			const w = window as unknown as { shifts: number[] };
			w.shifts = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					w.shifts.push((entry as PerformanceEntry & { value: number }).value);
			}).observe({ type: 'layout-shift' });
			return performance.getEntriesByType('resource').length;
		});
		for (const step of await steps(page).all()) {
			await scrollToStep(step);
			await expectMapOn(page, step);
		}
		const after = await page.evaluate((before) => {
			const w = window as unknown as { shifts: number[] };
			return {
				shifts: w.shifts,
				fetched: performance
					.getEntriesByType('resource')
					.slice(before)
					.map((entry) => entry.name)
			};
		}, fetchedBefore);
		// A step becoming current, or the timeline's indicator moving, moves no text.
		expect(after.shifts).toEqual([]);
		// Everything the story needs is in once the map is up (the icon is not refetched as the URL changes).
		expect(after.fetched).toEqual([]);
	});

	test('the map never captures the page’s scroll', async ({ watched: page }) => {
		await page.goto('/');
		await waitForLiveMap(page);
		const box = (await storyMap(page).boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
		const before = await page.evaluate(() => window.scrollY);
		await page.mouse.wheel(0, 600);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
	});
});
