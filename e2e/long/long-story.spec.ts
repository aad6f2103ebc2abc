// A long story (300 events, generated from the built-in one: e2e/long/story.ts): the page
// starts with its first day, brings in the rest once live, and every way in still lands.
// Served by playwright.fixture.config.ts beside the fixture story.
import type { Page } from '@playwright/test';
import { clickFirstPart, field } from '../date-field';
import {
	MOTION,
	expectMapOn,
	steps,
	storyMap,
	test,
	expect,
	waitForLiveMap,
	timeline
} from '../fixtures';
import { dataDate } from '../story-file';
import { longStory, LONG_EVENTS } from './story';
import { HEAD_EVENTS, headLength } from '../../tools/story/split';

// Flights are part of what these tests read (tools/browser.js: reduced motion elsewhere).
test.use(MOTION);

const story = longStory();
const firstDate = story.events[0]!.date;
const laterEvent = story.events[250]!;
const laterDate = laterEvent.date;
const firstOn = (date: string) => story.events.find((event) => event.date === date)!;
/** An event's first paragraph with no links or emphasis (Markdown is written as elements). */
const plainParagraph = (event: (typeof story.events)[number]) =>
	event.body.find((paragraph) => !/[[\]*_`]/.test(paragraph.text))!.text;

/** Every event is on the page once the list of later days has gone. */
async function expectWhole(page: Page) {
	await expect(page.locator('.rest-of-story')).toHaveCount(0, { timeout: 30_000 });
	await expect(steps(page)).toHaveCount(LONG_EVENTS);
}

test('the page starts with its first day and brings in every later event', async ({
	watched: page
}) => {
	const response = await page.request.get('/');
	const html = await response.text();
	// The first day's steps are in the HTML; a later one's text is not (paragraphs without
	// Markdown, which the page writes as it is).
	expect(html).toContain(plainParagraph(story.events[0]!));
	expect(html).not.toContain(plainParagraph(laterEvent));
	await page.goto('/');
	await expectWhole(page);
	// In the order of the file, each with its date.
	const dates = await steps(page).evaluateAll((els) =>
		els.map((el) => el.getAttribute('data-date'))
	);
	expect(dates).toEqual(story.events.map(dataDate));
	// A later step cites its sources as a first one does: each outlet, each title.
	const cited = new Set(laterEvent.body.flatMap((paragraph) => paragraph.sources));
	const line = page.locator(`[id="${laterEvent.id}"] .sources`);
	for (const source of story.sources.filter((s) => cited.has(s.id))) {
		await expect(line).toContainText(source.outlet);
		await expect(line).toContainText(source.title);
	}
	expect(cited.size).toBeGreaterThan(0);
});

test('the later events wait for the reader to read on, so the page comes alive first', async ({
	watched: page
}) => {
	// The first event after the page's first days: in the first module of later events.
	const next = story.events[headLength(story.events, HEAD_EVENTS)]!;
	const fetched: string[] = [];
	page.on('response', async (response) => {
		if (response.url().endsWith('.js') && (await response.text()).includes(next.id))
			fetched.push(response.url());
	});
	await page.goto('/');
	await expect(page.locator('[aria-current="step"]')).toHaveCount(1); // live
	await page.waitForTimeout(1000);
	expect(fetched, 'later events fetched before the reader did anything').toEqual([]);
	await expect(page.locator('.rest-of-story')).toBeVisible();
	// The reader scrolls on: the rest comes.
	await page.mouse.move(300, 500);
	await page.mouse.wheel(0, 300);
	await expectWhole(page);
	expect(fetched.length).toBeGreaterThan(0);
});

test('a date link to a later day lands on its first step, after the rest comes in', async ({
	watched: page
}) => {
	await page.goto(`/#${laterDate}`);
	await expectWhole(page);
	const step = page.locator(`[id="${firstOn(laterDate).id}"]`);
	await expect(step).toHaveAttribute('aria-current', 'step');
	await expect(step).toBeInViewport();
	await expect(page).toHaveURL(new RegExp(`#${laterDate}$`));
	await waitForLiveMap(page);
	await expectMapOn(page, step);
});

test('the timeline groups the days by week, and a week’s mark opens its first step', async ({
	watched: page
}) => {
	await page.goto('/');
	await expectWhole(page);
	const marks = timeline(page).getByRole('link');
	const weeks = await marks.count();
	expect(weeks).toBeGreaterThanOrEqual(8);
	expect(weeks).toBeLessThanOrEqual(9);
	// Its tip says which days and how many events.
	await expect(marks.nth(3)).toContainText(/ to .+, \d+ events: /);
	await marks.nth(5).click();
	const date = (await marks.nth(5).getAttribute('href'))!.slice(1);
	await expect(page.locator(`[id="${firstOn(date).id}"]`)).toHaveAttribute('aria-current', 'step');
	await expect(marks.nth(5)).toHaveAttribute('aria-current', 'date');
	// Arrows move one mark at a time.
	await marks.nth(5).focus();
	await page.keyboard.press('ArrowRight');
	await expect(marks.nth(6)).toBeFocused();
});

test.describe('a jump before the rest has come', () => {
	// The offline copy's service worker fetches the later events itself, past the route
	// that holds them here; this test is about the page, so it goes without one.
	test.use({ serviceWorkers: 'block' });

	test('waits for it, then lands', async ({ watched: page }) => {
		// The later events' scripts are held until the reader has asked for a later date.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/chunks/*.js', async (route) => {
			const response = await route.fetch();
			if ((await response.text()).includes(laterEvent.id)) await held;
			await route.fulfill({ response });
		});
		await page.goto('/');
		await expect(page.locator('.rest-of-story')).toBeVisible();
		await waitForLiveMap(page); // the page is live: its scripts have run
		await clickFirstPart(page);
		const [year, month, day] = laterDate.split('-');
		await page.keyboard.type(`${month}${day}${year}`);
		await expect(field(page)).toHaveValue(laterDate);
		await page.keyboard.press('Enter');
		await expect(page.locator('.rest-of-story')).toBeVisible();
		release();
		await expectWhole(page);
		await expect(page.locator(`[id="${firstOn(laterDate).id}"]`)).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(page).toHaveURL(new RegExp(`#${laterDate}$`));
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every later day is a link to its month’s page, where its events read in full', async ({
		watched: page
	}) => {
		await page.goto(`/#${laterDate}`);
		const link = page.locator(`[id="${laterDate}"] a`);
		await expect(link).toBeInViewport();
		await link.click();
		await expect(page).toHaveURL(new RegExp(`/${laterDate.slice(0, 7)}/#${laterDate}$`));
		await expect(page.getByRole('heading', { name: laterEvent.title })).toBeVisible();
		await expect(page.getByText(laterEvent.body[0]!.text)).toBeVisible();
		// Every event of the month is there.
		const inMonth = story.events.filter((e) => e.date.startsWith(laterDate.slice(0, 7)));
		await expect(steps(page)).toHaveCount(inMonth.length);
		await expect(storyMap(page)).toHaveCount(0);
	});
});

test('a later step’s text is on the page, to be read and found', async ({ watched: page }) => {
	await page.goto(`/#${firstDate}`);
	await expectWhole(page);
	const step = page.locator(`[id="${laterEvent.id}"]`);
	await step.scrollIntoViewIfNeeded();
	await expect(step.getByText(laterEvent.body[0]!.text)).toBeVisible();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('the later steps fit the screen: nothing overflows sideways', async ({ watched: page }) => {
		await page.goto('/');
		await expectWhole(page);
		const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
		expect(widths).toEqual([360, 360]);
		const step = page.locator(`[id="${laterEvent.id}"]`);
		await step.scrollIntoViewIfNeeded();
		expect((await step.boundingBox())!.width).toBeLessThanOrEqual(360);
	});
});
