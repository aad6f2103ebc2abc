// Date links (a shared or typed URL's date), motion, and the page before and without its
// scripts; the timeline and the date field are in dates.spec.ts.
import type { Page } from '@playwright/test';
import { clickFirstPart, field, notice, readOn, stepOn, typedDigits } from './date-field';
import {
	MOTION,
	expectMapOn,
	holdScripts,
	scrollToStep,
	stepOf,
	steps,
	storyMap,
	test,
	expect,
	timelineMark,
	endsWith
} from './fixtures';
import {
	afterStory,
	beforeStory,
	dateText,
	dateWithoutEvent,
	dateWithoutEventAfterMonthStep,
	dayText,
	dayWithTwoSteps,
	days,
	eventAfter,
	farDay,
	firstEvent,
	jumpStep,
	lastEvent,
	malformedDay,
	readingStart,
	secondStepOfDay
} from './story';

test.describe('date links', () => {
	test('open the story at that date, as if the reader had scrolled there', async ({
		watched: page
	}) => {
		await page.goto(`/#${jumpStep.date}`);
		await expectMapOn(page, stepOn(page, jumpStep.date));
		await expect(stepOf(page, jumpStep)).toBeInViewport();
		await expect(notice(page)).toHaveText('');
	});

	test('to a day with no event open the latest event before it, with a polite note', async ({
		watched: page
	}) => {
		const { date, opens } = dateWithoutEventAfterMonthStep;
		await page.goto(`/#${date}`);
		await expectMapOn(page, stepOn(page, opens.date));
		await expect(notice(page)).toHaveText(
			`No event on ${dayText(date)}; showing ${dateText(opens)}.`
		);
	});

	test('clamp to the first and last events', async ({ watched: page }) => {
		await page.goto(`/#${beforeStory}`);
		await expectMapOn(page, steps(page).first());
		await page.goto('about:blank');
		await page.goto(`/#${afterStory}`);
		await expectMapOn(page, steps(page).last());
		await expect(notice(page)).toContainText(`showing ${dateText(lastEvent)}`);
	});

	test('work when the reader edits the date in the address bar', async ({ watched: page }) => {
		await page.goto('/');
		await scrollToStep(steps(page).last());
		await expect(page).toHaveURL(endsWith(lastEvent.date));
		// A same-page navigation to another fragment, as typing in the address bar does.
		await page.goto(`/#${jumpStep.date}`);
		await expectMapOn(page, stepOn(page, jumpStep.date));
		await expect(page).toHaveURL(endsWith(jumpStep.date));
	});

	test('to the first event, edited in while reading the introduction, open it', async ({
		watched: page
	}) => {
		await page.goto('/');
		await expectMapOn(page, steps(page).first());
		await page.goto(`/#${beforeStory}`);
		await expect(steps(page).first()).toBeInViewport();
		// The link's own date, or the first event's once the page follows the reader.
		await expect(page).toHaveURL(new RegExp(`#(${beforeStory}|${firstEvent.date})$`));
		await expect(notice(page)).toContainText(`showing ${dateText(firstEvent)}`);
	});

	test('follow the reader’s scrolling without adding history', async ({ watched: page }) => {
		await page.goto('/');
		const length = await page.evaluate(() => history.length);
		// Three days past the first, one after another.
		for (const { date } of days.slice(1, 4)) {
			await scrollToStep(stepOn(page, date));
			await expect(page).toHaveURL(new RegExp(`#${date}$`));
		}
		expect(await page.evaluate(() => history.length)).toBe(length);
		await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
		await expect(page).toHaveURL(/\/$/);
	});

	test('edited in, then Back, return to the introduction the reader came from', async ({
		watched: page
	}) => {
		await page.goto('/');
		await expectMapOn(page, steps(page).first());
		await page.goto(`/#${readingStart.date}`);
		await expectMapOn(page, stepOn(page, readingStart.date));
		await readOn(page, eventAfter(readingStart)!.date);
		await page.goBack();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
		await expectMapOn(page, steps(page).first());
	});

	test('Back after a jump returns to the second step of a day with two', async ({
		watched: page
	}) => {
		await page.goto('/');
		const second = stepOf(page, secondStepOfDay);
		await scrollToStep(second);
		await expectMapOn(page, second);
		await expect(page).toHaveURL(endsWith(dayWithTwoSteps.date));
		await timelineMark(page, farDay.date).click();
		await expectMapOn(page, stepOn(page, farDay.date));
		await page.goBack();
		await expect(page).toHaveURL(endsWith(dayWithTwoSteps.date));
		await expectMapOn(page, second);
	});

	test('explain a malformed date edited in mid-story, and stay where the reader is', async ({
		watched: page
	}) => {
		await page.goto('/');
		await readOn(page, jumpStep.date);
		await page.goto(`/#${malformedDay}`);
		await expect(notice(page)).toContainText('not a real day');
		await expectMapOn(page, stepOn(page, jumpStep.date));
		// The note stays while the reader stays, and goes once they read on.
		await expect(notice(page)).toContainText('not a real day');
		await readOn(page, eventAfter(jumpStep)!.date);
		await expect(notice(page)).toHaveText('');
	});

	for (const [kind, fragment] of [
		['a day that cannot be', `#${malformedDay}`],
		['markup', '#<img src=x onerror=alert(1)>'],
		['a script URL', '#javascript:alert(1)'],
		['a date repeated 500 times', `#${jumpStep.date.repeat(500)}`],
		['a broken escape', '#%E0%A4%A']
	]) {
		test(`ignore ${kind} with a message`, async ({ watched: page }) => {
			let dialogs = 0;
			page.on('dialog', (dialog) => {
				dialogs += 1;
				void dialog.dismiss();
			});
			await page.goto(`/${fragment}`);
			await expect(notice(page)).toContainText('opens at the top');
			expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);
			expect(await page.evaluate(() => window.scrollY)).toBeLessThan(50);
			await expectMapOn(page, steps(page).first());
			// Still usable: scrolling on works and the note goes once the reader moves on.
			await readOn(page, readingStart.date);
			await expect(notice(page)).toHaveText('');
			expect(dialogs).toBe(0);
		});
	}
});

test.describe('motion', () => {
	test.use(MOTION);
	/** Clicks a mark and reports whether the page had scrolled by the time click() returned. */
	async function jumpMovesAtOnce(page: Page, date: string) {
		await page.goto('/');
		await expect(storyMap(page)).toHaveAttribute('data-view', /.+/);
		const movedAtOnce = await timelineMark(page, date).evaluate((a: HTMLElement) => {
			a.click();
			return window.scrollY > 0;
		});
		await expectMapOn(page, stepOn(page, date));
		return movedAtOnce;
	}

	test('jumps scroll smoothly by default', async ({ watched: page }) => {
		expect(await jumpMovesAtOnce(page, farDay.date)).toBe(false);
	});

	test('jumps are instant for readers who prefer reduced motion', async ({ watched: page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		expect(await jumpMovesAtOnce(page, farDay.date)).toBe(true);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a date link still lands on its step', async ({ page }) => {
		await page.goto(`/#${jumpStep.date}`);
		await expect(stepOf(page, jumpStep)).toBeInViewport();
		await expect(stepOf(page, jumpStep).locator('h2')).toBeVisible();
		// Nothing claims to be the current step when nothing follows the reader.
		await expect(page.locator('[aria-current]')).toHaveCount(0);
	});
});

test.describe('before the page’s scripts arrive', () => {
	test('a date typed and sent with Enter is honoured once they do, note included', async ({
		watched: page
	}) => {
		const release = await holdScripts(page);
		await page.goto('/');
		const { date, opens } = dateWithoutEvent;
		await clickFirstPart(page);
		await page.keyboard.type(typedDigits(date, 'en-US'));
		await expect(field(page)).toHaveValue(date);
		await page.keyboard.press('Enter');
		release();
		await expectMapOn(page, stepOn(page, opens.date));
		await expect(page).toHaveURL(new RegExp(`/#${opens.date}$`));
		await expect(notice(page)).toHaveText(
			`No event on ${dayText(date)}; showing ${dateText(opens)}.`
		);
	});

	test('a timeline mark clicked is honoured once they do', async ({ watched: page }) => {
		const release = await holdScripts(page);
		await page.goto('/');
		await timelineMark(page, farDay.date).click();
		release();
		await expectMapOn(page, stepOn(page, farDay.date));
		await expect(page).toHaveURL(endsWith(farDay.date));
	});
});
