// The Russian and Arabic editions (/ru/, /ar/): each a build of its own beside the English
// one. The English suite covers the behaviour they share in full; these check what an
// edition adds: its language, direction, dates and map labels, the links between
// editions that keep the reader's date, and the same bar for access and layout.
import AxeBuilder from '@axe-core/playwright';
import {
	expectMapOn,
	scrollToStep,
	stepOf,
	steps,
	storyMap,
	test,
	expect,
	waitForLiveMap
} from './fixtures';
import { edition, events, jumpStep, literally, placesOf, readingStart } from './story';

// Each edition's own words, read from its file beside the story's.
const ru = edition('ru');
const ar = edition('ar');

for (const [code, dir, text] of [
	['ru', 'ltr', ru],
	['ar', 'rtl', ar]
] as const) {
	test.describe(`the ${code} edition`, () => {
		test('is in its language and direction, and names the other editions', async ({
			watched: page
		}) => {
			await page.goto(`/${code}/`);
			await expect(page.locator('html')).toHaveAttribute('lang', code);
			await expect(page.locator('html')).toHaveAttribute('dir', dir);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
			await expect(stepOf(page, jumpStep).getByRole('heading')).toHaveText(text.titleOf(jumpStep));
			const alternates = await page
				.locator('link[rel="alternate"][hreflang]')
				.evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
			expect(alternates.sort()).toEqual(['ar', 'en-GB', 'ru', 'x-default']);
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
				'href',
				new RegExp(`/${code}/$`)
			);
		});

		test('shares with a card of its own, in its language', async ({ watched: page, request }) => {
			await page.goto(`/${code}/`);
			const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
			expect(image).toMatch(new RegExp(`/${code}/share\\.${code}\\.png$`));
			await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image);
			// Served from the edition's folder, at the size declared, and not the English card.
			const card = await (await request.get(`/${code}/share.${code}.png`)).body();
			const english = await (await request.get('/share.png')).body();
			expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual([1200, 630]);
			expect(card.equals(english)).toBe(false);
		});

		test('dates its steps in its own language', async ({ watched: page }) => {
			await page.goto(`/${code}/`);
			const dateline = stepOf(page, jumpStep).locator('time');
			await expect(dateline).toHaveText(text.dateText(jumpStep));
		});

		test('prints and reads without JavaScript with its own static maps', async ({
			watched: page,
			request
		}) => {
			await page.goto(`/${code}/`);
			// Every step's map comes from the edition's folder, labelled in its language.
			const maps = await page
				.locator('.step-map, .static-overview')
				.evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src));
			// One per step, and the overview.
			expect(maps).toHaveLength(events.length + 1);
			for (const map of maps) expect(new URL(map).pathname).toMatch(new RegExp(`^/${code}/maps/`));
			const own = await (await request.get(new URL(maps[1]!).pathname)).text();
			const english = await (await request.get(new URL(maps[1]!).pathname.slice(3))).text();
			expect(own).not.toEqual(english);
		});

		test('a date link lands, and the live map labels places in the edition’s script', async ({
			watched: page
		}) => {
			await page.goto(`/${code}/#${jumpStep.date}`);
			await waitForLiveMap(page);
			await expectMapOn(page, stepOf(page, jumpStep));
			await expect(storyMap(page)).toHaveAttribute(
				'aria-label',
				new RegExp(literally(text.placeName(placesOf(jumpStep)[0]!.id)))
			);
		});

		test('axe finds nothing, at desktop and phone sizes', async ({ watched: page }) => {
			for (const viewport of [
				{ width: 1280, height: 800 },
				{ width: 390, height: 844 }
			]) {
				await page.setViewportSize(viewport);
				await page.goto(`/${code}/#${readingStart.date}`);
				await expect(storyMap(page)).toHaveAttribute('data-view', readingStart.id);
				const { violations } = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
					.analyze();
				expect(violations.map((v) => v.id)).toEqual([]);
			}
		});

		test('nothing overflows sideways at 320px', async ({ watched: page }) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(`/${code}/`);
			await expect(steps(page)).toHaveCount(events.length);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
		});
	});
}

test('a link to another edition keeps the reader’s date, both ways', async ({ watched: page }) => {
	const { date } = jumpStep;
	await page.goto(`/#${date}`);
	await expectMapOn(page, stepOf(page, jumpStep));
	await page.getByRole('link', { name: 'Русский' }).click();
	await expect(page).toHaveURL(new RegExp(`/ru/#${date}$`));
	await expect(stepOf(page, jumpStep)).toHaveAttribute('aria-current', 'step');
	// From Russian to Arabic, by keyboard.
	await page.getByRole('link', { name: 'العربية' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/ar/#${date}$`));
	await expect(stepOf(page, jumpStep)).toHaveAttribute('aria-current', 'step');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:\\d+/#${date}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the links at the top of the story keep the date the reader left', async ({
		watched: page
	}) => {
		await page.goto(`/#${jumpStep.date}`);
		await expectMapOn(page, stepOf(page, jumpStep));
		// Back up to the links, which sit over the story's text on a phone.
		await page.mouse.move(200, 600);
		await page.mouse.wheel(0, -100_000);
		const link = page.getByRole('link', { name: 'Русский' });
		await expect(link).toBeInViewport();
		await link.tap();
		await expect(page).toHaveURL(new RegExp(`/ru/#${jumpStep.date}$`));
		await expect(stepOf(page, jumpStep)).toHaveAttribute('aria-current', 'step');
	});
});

test.describe('right to left, in Arabic', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('the text column and the map swap sides', async ({ watched: page }) => {
		await page.goto('/ar/');
		const column = (await page.locator('#story').boundingBox())!;
		expect(column.x).toBeGreaterThan(1280 / 2);
		await page.goto('/');
		expect((await page.locator('#story').boundingBox())!.x).toBeLessThan(1280 / 2);
	});

	test('the timeline runs right to left, and the arrow keys follow it', async ({
		watched: page
	}) => {
		await page.goto('/ar/');
		const marks = page
			.getByRole('navigation')
			.filter({ has: page.locator('ol') })
			.getByRole('link');
		const first = (await marks.first().boundingBox())!;
		const last = (await marks.last().boundingBox())!;
		expect(first.x).toBeGreaterThan(last.x);
		// The arrow keys are the live page's: wait until it follows the reader's step.
		await scrollToStep(steps(page).nth(1));
		await expect(marks.nth(1)).toHaveAttribute('aria-current', 'date');
		await marks.first().focus();
		await page.keyboard.press('ArrowLeft');
		await expect(marks.nth(1)).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(marks.first()).toBeFocused();
	});
});

test('each edition’s offline copy is its own', async ({ watched: page }) => {
	await page.goto('/ru/');
	await waitForLiveMap(page);
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const names = await caches.keys();
					const urls: string[] = [];
					for (const name of names) {
						const cache = await caches.open(name);
						urls.push(...(await cache.keys()).map((r) => new URL(r.url).pathname));
					}
					return urls.length > 0 && urls.every((path) => path.startsWith('/ru/'));
				}),
			{ timeout: 30_000 }
		)
		.toBe(true);
});
