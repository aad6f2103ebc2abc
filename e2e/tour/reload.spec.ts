// Back and Forward across a reload: the browser keeps the tab's history, and each entry
// must bring back the chapter the reader left it on, whatever URL the page was loaded
// with (issue 28: Back once returned to the chapter of the URL reloaded, not the reader's).
import type { Page } from '@playwright/test';
import { expectMapOn, stepOf } from '../fixtures';
import { test, expect } from '../contract/story';

const chapterList = (page: Page) => page.getByRole('navigation', { name: /chapters/i });

/** The chapter being read: aria-current on its step, its link in the list, its URL. */
async function expectChapter(page: Page, event: { id: string }) {
	await expectMapOn(page, stepOf(page, event));
	await expect(chapterList(page).locator('[aria-current="location"]')).toHaveAttribute(
		'href',
		`#${event.id}`
	);
	await expect(page).toHaveURL(new RegExp(`#${event.id}$`));
}

test('Back after a reload returns to the chapter the reader left, and Forward to the one reloaded', async ({
	watched: page,
	story
}) => {
	// Two reloads and six moves through history, each with the map's flight: 14 s quiet, past
	// a minute on a fresh clone at load 30.
	test.slow();
	const [, second, third, , , last] = story.events;
	await page.goto('/');
	// To the second chapter by the list; a reload there.
	await chapterList(page).getByRole('link').nth(1).click();
	await expectChapter(page, second!);
	await page.reload();
	await expectChapter(page, second!);
	// Reading on with the wheel to the third (the URL follows, no new entry), then to the
	// last by the list, and a reload there.
	await page.mouse.move(640, 560);
	for (let turns = 0; turns < 40; turns++) {
		if ((await stepOf(page, third!).getAttribute('aria-current')) === 'step') break;
		await page.mouse.wheel(0, 150);
	}
	await expectChapter(page, third!);
	await chapterList(page).getByRole('link').last().click();
	await expectChapter(page, last!);
	await page.reload();
	await expectChapter(page, last!);
	// Back: the third chapter, where the reader left that entry, not the second (the URL
	// the page was loaded with there). Forward: the last again.
	await page.goBack();
	await expectChapter(page, third!);
	await expect(stepOf(page, third!)).toBeInViewport();
	await page.goForward();
	await expectChapter(page, last!);
	// Back twice: the introduction the reader started from.
	await page.goBack();
	await expectChapter(page, third!);
	await page.goBack();
	await expect(page).not.toHaveURL(/#/);
	await expect(stepOf(page, story.events[0]!)).toHaveAttribute('aria-current', 'step');
});
