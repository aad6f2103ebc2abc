// A tour (chapters with no dates, in the file's order) as a reader moves through it: no
// timeline and no date field, a chapter list that leads to each chapter and keeps the
// reader's place, `#chapter-id` links that land (with JavaScript or without), Back and
// Forward through deliberate jumps. What to expect is read from the tour's file
// (`storyFile`, playwright.fixture.config.ts); every test is watched for console errors
// and requests off the origin.
import type { Page } from '@playwright/test';
import { notice } from '../date-field';
import { expectMapOn, scrollToStep, stepOf, steps, storyMap } from '../fixtures';
import { test, expect } from '../contract/story';

const chapterList = (page: Page) => page.getByRole('navigation', { name: /chapters/i });
const chapterLinks = (page: Page) => chapterList(page).getByRole('link');
const readersChapter = (page: Page) => chapterList(page).locator('[aria-current="location"]');
const historyLength = (page: Page) => page.evaluate(() => history.length);

test.describe('a tour', () => {
	test('has no timeline and no date field: a chapter list leads to each chapter', async ({
		watched: page,
		story
	}) => {
		await page.goto('/');
		await expect(page.getByRole('navigation', { name: /timeline/i })).toHaveCount(0);
		await expect(page.getByLabel('Jump to a date')).toHaveCount(0);
		// One link a chapter, in the story's order, each named by its number and title.
		await expect(chapterLinks(page)).toHaveCount(story.events.length);
		for (const [i, event] of story.events.entries()) {
			const link = chapterLinks(page).nth(i);
			await expect(link).toHaveAttribute('href', `#${event.id}`);
			await expect(link).toHaveAccessibleName(
				`Chapter ${i + 1} of ${story.events.length}: ${event.title}`
			);
		}
		// A chapter link followed: the chapter is read, the URL names it, one history entry.
		const before = await historyLength(page);
		const target = story.events.at(-2)!;
		const link = chapterLinks(page).nth(story.events.length - 2);
		// The list brought sideways to the link, as a reader swipes it; the page stays where it
		// is. (Playwright's own scrollIntoView also moved the page 68-102 px, and a click before
		// the URL had followed that scroll was a race with the page, failing 1 run in ~10.)
		await link.evaluate((a) => a.scrollIntoView({ inline: 'center', block: 'nearest' }));
		const readerWasAt = await page.evaluate(() => scrollY);
		await link.click();
		await expectMapOn(page, stepOf(page, target));
		await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
		await expect(readersChapter(page)).toHaveAttribute('href', `#${target.id}`);
		expect(await historyLength(page)).toBe(before + 1);
		// Back returns to where the reader was (the introduction), Forward to the chapter.
		await page.goBack();
		await expect(page).not.toHaveURL(/#/);
		await expect
			.poll(() => page.evaluate((at) => Math.abs(scrollY - at), readerWasAt))
			.toBeLessThan(50);
		await page.goForward();
		await expectMapOn(page, stepOf(page, target));
		await expect(stepOf(page, target)).toBeInViewport();
	});

	test('a chapter link lands on its chapter; one naming no chapter is explained and ignored', async ({
		watched: page,
		story
	}) => {
		for (const event of [story.events[2]!, story.events.at(-1)!]) {
			await page.goto('about:blank');
			await page.goto(`/#${event.id}`);
			await expectMapOn(page, stepOf(page, event));
			await expect(stepOf(page, event)).toBeInViewport();
			await expect(notice(page)).toHaveText('');
		}
		for (const hash of ['no-such-chapter', '2017-01-18', '%3Cimg%20src%3Dx%3E']) {
			await page.goto('about:blank');
			await page.goto(`/#${hash}`);
			await expect(notice(page)).toHaveText(
				'The link names no chapter of this story, so the story opens at the top.'
			);
			expect(await page.evaluate(() => scrollY)).toBeLessThan(50);
		}
	});

	test('scrolling keeps the reader’s chapter marked in the list and the URL, adding no history', async ({
		watched: page,
		story
	}) => {
		await page.goto('/');
		const before = await historyLength(page);
		for (const [i, event] of story.events.entries()) {
			if (i === 0) continue;
			await scrollToStep(steps(page).nth(i));
			await expect(steps(page).nth(i)).toHaveAttribute('aria-current', 'step');
			await expect(readersChapter(page)).toHaveAttribute('href', `#${event.id}`);
			await expect(page).toHaveURL(new RegExp(`#${event.id}$`));
		}
		expect(await historyLength(page)).toBe(before);
	});

	test('the chapter list takes one tab stop; arrows move along it and Enter jumps', async ({
		watched: page,
		story
	}) => {
		await page.goto('/');
		await expect(steps(page).first()).toHaveAttribute('aria-current', 'step');
		// Tab from the top of the page reaches the list on its reader's chapter.
		const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href'));
		for (let i = 0; i < 10 && (await focusedHref()) !== `#${story.events[0]!.id}`; i++)
			await page.keyboard.press('Tab');
		expect(await focusedHref()).toBe(`#${story.events[0]!.id}`);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		expect(await focusedHref()).toBe(`#${story.events[2]!.id}`);
		await page.keyboard.press('End');
		expect(await focusedHref()).toBe(`#${story.events.at(-1)!.id}`);
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		await expectMapOn(page, stepOf(page, story.events[1]!));
		// Tab leaves the list in one press: the other chapters take no tab stop.
		await chapterLinks(page).nth(1).focus();
		await page.keyboard.press('Tab');
		expect(
			await page.evaluate(() => document.activeElement?.closest('nav')?.className ?? '')
		).not.toMatch(/chapters/);
	});

	test('on a phone the reader’s chapter stays in sight in the list', async ({
		watched: page,
		story
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`/#${story.events.at(-1)!.id}`);
		await expect(steps(page).last()).toHaveAttribute('aria-current', 'step');
		const list = await chapterList(page).locator('ol').boundingBox();
		const current = await readersChapter(page).boundingBox();
		expect(current!.x).toBeGreaterThanOrEqual(list!.x - 1);
		expect(current!.x + current!.width).toBeLessThanOrEqual(list!.x + list!.width + 1);
		// The page itself never scrolls sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		await expect(storyMap(page)).toBeInViewport();
	});
});

test.describe('a tour without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every chapter reads with its static map, and a chapter link lands on it', async ({
		page,
		story
	}) => {
		const event = story.events[3]!;
		await page.goto(`/#${event.id}`);
		await expect(stepOf(page, event)).toBeInViewport();
		await expect(chapterLinks(page)).toHaveCount(story.events.length);
		for (const [i, each] of story.events.entries()) {
			await expect(steps(page).nth(i).getByRole('heading', { level: 2 })).toHaveText(each.title);
			if (each.dateline) await expect(steps(page).nth(i)).toContainText(each.dateline);
		}
		await chapterLinks(page).first().click();
		await expect(page).toHaveURL(new RegExp(`#${story.events[0]!.id}$`));
		await expect(steps(page).first()).toBeInViewport();
	});
});
