import type { Page } from '@playwright/test';
import {
	clickFirstPart,
	field,
	notice,
	place,
	readOn,
	stepOn,
	typedDateLands,
	typedDigits,
	typeDate
} from './date-field';
import {
	expectMapOn,
	holdScripts,
	scrollToStep,
	stepOf,
	steps,
	storyMap,
	test,
	expect
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
	firstDay,
	firstEvent,
	impossibleDay,
	jumpStep,
	lastDay,
	lastEvent,
	malformedDay,
	readingStart,
	secondStepOfDay,
	span
} from './story';

const timeline = (page: Page) => page.getByRole('navigation', { name: /timeline/i });
const mark = (page: Page, date: string) => timeline(page).locator(`a[href="#${date}"]`);
/** A URL ending in a date's fragment. */
const endsWith = (date: string) => new RegExp(`#${date}$`);

test.describe('the timeline', () => {
	test('has one link per day with events, in proportion to time', async ({ watched: page }) => {
		await page.goto('/');
		// Each step's day: its day element's id (data-date has only the date's precision).
		const dates = [
			...new Set(await steps(page).evaluateAll((els) => els.map((e) => e.closest('.day')!.id)))
		];
		const links = timeline(page).getByRole('link');
		await expect(links).toHaveCount(dates.length);
		expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
			dates.map((d) => `#${d}`)
		);
		// Later dates sit further right.
		const xs = await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().x));
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
	});

	test('marks the reader’s date and moves its indicator while scrolling', async ({
		watched: page
	}) => {
		await page.goto('/');
		const indicator = timeline(page).locator('.now');
		await scrollToStep(stepOn(page, readingStart.date));
		await expect(mark(page, readingStart.date)).toHaveAttribute('aria-current', 'date');
		const before = (await indicator.boundingBox())!.x;
		await scrollToStep(stepOn(page, jumpStep.date));
		await expect(mark(page, jumpStep.date)).toHaveAttribute('aria-current', 'date');
		await expect(mark(page, readingStart.date)).not.toHaveAttribute('aria-current');
		await expect.poll(async () => (await indicator.boundingBox())!.x).toBeGreaterThan(before + 50);
	});

	test('a click jumps to the date and Back returns to where the reader was', async ({
		watched: page
	}) => {
		await page.goto('/');
		await readOn(page, readingStart.date);
		await expect(page).toHaveURL(endsWith(readingStart.date));
		const length = await page.evaluate(() => history.length);

		await mark(page, jumpStep.date).click();
		await expectMapOn(page, stepOn(page, jumpStep.date));
		await expect(page).toHaveURL(endsWith(jumpStep.date));
		expect(await page.evaluate(() => history.length)).toBe(length + 1);

		await page.goBack();
		await expect(page).toHaveURL(endsWith(readingStart.date));
		await expectMapOn(page, stepOn(page, readingStart.date));

		await page.goForward();
		await expect(page).toHaveURL(endsWith(jumpStep.date));
		await expectMapOn(page, stepOn(page, jumpStep.date));
	});

	test('Back in the middle of a jump returns to where the reader was, and stays', async ({
		watched: page
	}) => {
		await page.clock.install(); // time runs as usual, and can be run ahead
		await page.goto('/');
		await readOn(page, readingStart.date);
		await mark(page, farDay.date).click();
		await expect(page).toHaveURL(endsWith(farDay.date));
		await page.goBack(); // while the smooth scroll may still be on its way
		await expect(page).toHaveURL(endsWith(readingStart.date));
		await expectMapOn(page, stepOn(page, readingStart.date));
		// Past the longest a jump holds (JUMP_HOLD_MS): the abandoned jump must not finish itself.
		await page.clock.runFor(5000);
		await expectMapOn(page, stepOn(page, readingStart.date));
	});

	test('is one tab stop, walked with the arrow keys, Home and End', async ({ watched: page }) => {
		// The reader on the third day: a mark on each side of theirs, and the ends further on.
		const [, before, at, after] = days.map((day) => day.date);
		if (!after) throw new Error('the story needs four days for this test');
		await page.goto('/');
		await scrollToStep(stepOn(page, at!));
		await expect(mark(page, at!)).toHaveAttribute('aria-current', 'date');
		const tabbable = timeline(page).locator('a[tabindex="0"]');
		await expect(tabbable).toHaveCount(1);
		await expect(tabbable).toHaveAttribute('href', `#${at}`);

		await tabbable.focus();
		await page.keyboard.press('ArrowRight');
		await expect(mark(page, after)).toBeFocused();
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect(mark(page, before!)).toBeFocused();
		await page.keyboard.press('End');
		await expect(mark(page, lastDay.date)).toBeFocused();
		await page.keyboard.press('Home');
		await expect(mark(page, firstDay.date)).toBeFocused();
		// Focus is visible: the focused mark draws an outline.
		const outline = await mark(page, firstDay.date).evaluate(
			(a) => getComputedStyle(a).outlineStyle
		);
		expect(outline).not.toBe('none');

		await page.keyboard.press('End');
		await page.keyboard.press('Enter');
		await expectMapOn(page, stepOn(page, lastDay.date));
		await expect(page).toHaveURL(endsWith(lastDay.date));
	});

	test('a long jump never shows the steps it passes', async ({ watched: page }) => {
		await page.goto('/');
		await expectMapOn(page, steps(page).first());
		await page.evaluate(() => {
			const seen: string[] = [];
			(window as unknown as { seen: string[] }).seen = seen;
			new MutationObserver(() => {
				const current = document.querySelector('[aria-current="step"]')?.id;
				if (current && seen.at(-1) !== current) seen.push(current);
			}).observe(document.body, { subtree: true, attributeFilter: ['aria-current'] });
		});
		await mark(page, lastDay.date).click();
		await expectMapOn(page, steps(page).last());
		expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([
			lastEvent.id
		]);
	});
});

// Typed as a US reader types (the browser's default order); British order: dates-en-gb.spec.ts.
test.describe('the date field', () => {
	test('is labelled, offers the story’s days, and has a Go button', async ({ watched: page }) => {
		await page.goto('/');
		await expect(field(page)).toBeVisible();
		await expect(field(page)).toHaveAttribute('type', 'date');
		await expect(field(page)).toHaveAttribute('min', span.start);
		await expect(field(page)).toHaveAttribute('max', span.end);
		await expect(page.getByRole('button', { name: 'Go' })).toBeVisible();
	});

	test.describe('typed in en-US order', () => {
		test.use({ locale: 'en-US' });

		test('a date typed month first moves nothing until Enter, then opens that day', async ({
			watched: page
		}) => {
			await typedDateLands(page, readingStart.date, jumpStep.date, 'en-US');
		});
	});

	test('Go, clicked, opens the date typed', async ({ watched: page }) => {
		// A day without an event after a step dated to its month: the note names the month.
		const { date, opens } = dateWithoutEventAfterMonthStep;
		await typeDate(page, readingStart.date, date, 'en-US');
		await page.getByRole('button', { name: 'Go' }).click();
		await expectMapOn(page, stepOn(page, opens.date));
		await expect(page).toHaveURL(endsWith(opens.date));
		await expect(notice(page)).toHaveText(
			`No event on ${dayText(date)}; showing ${dateText(opens)}.`
		);
	});

	test('a date typed after the story lands on its end, and says so', async ({ watched: page }) => {
		await typeDate(page, readingStart.date, afterStory, 'en-US');
		await page.keyboard.press('Enter');
		await expectMapOn(page, steps(page).last());
		await expect(notice(page)).toHaveText(
			`The story ends before ${dayText(afterStory)}; showing ${dateText(lastEvent)}.`
		);
	});

	test('a date typed before the story lands on its start, and says so', async ({
		watched: page
	}) => {
		await typeDate(page, readingStart.date, beforeStory, 'en-US');
		await page.keyboard.press('Enter');
		await expectMapOn(page, steps(page).first());
		await expect(notice(page)).toHaveText(
			`The story begins after ${dayText(beforeStory)}; showing ${dateText(firstEvent)}.`
		);
	});

	test('an impossible or half-typed date moves nothing, and says why', async ({
		watched: page
	}) => {
		await typeDate(page, readingStart.date, impossibleDay, 'en-US');
		const before = await place(page);
		await page.keyboard.press('Enter');
		await expect(notice(page)).toHaveText(
			'That is not a whole date (day, month and year), so the story stays where it is.'
		);
		expect(await place(page)).toEqual(before);
	});

	test('keeps what the reader typed while the page scrolls under it', async ({ watched: page }) => {
		const typed = lastEvent.date;
		await typeDate(page, readingStart.date, typed, 'en-US');
		await page.mouse.move(200, 500);
		await page.mouse.wheel(0, 3000);
		await expect(stepOn(page, readingStart.date)).not.toHaveAttribute('aria-current', 'step');
		await expect(field(page)).toBeFocused();
		await expect(field(page)).toHaveValue(typed);
	});

	test('a day picked from the calendar opens at once', async ({ watched: page }) => {
		await page.goto('/');
		// The page is live: a pick before its scripts arrive is the form's case (Go or Enter).
		await expect(steps(page).first()).toHaveAttribute('aria-current', 'step');
		// What the calendar does: it sets the whole value, with no key pressed in the field.
		const { date, opens } = dateWithoutEvent;
		await field(page).fill(date);
		await expectMapOn(page, stepOn(page, opens.date));
		await expect(page).toHaveURL(endsWith(opens.date));
		await expect(notice(page)).toHaveText(
			`No event on ${dayText(date)}; showing ${dateText(opens)}.`
		);
	});
});

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
		await mark(page, farDay.date).click();
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
	/** Clicks a mark and reports whether the page had scrolled by the time click() returned. */
	async function jumpMovesAtOnce(page: Page, date: string) {
		await page.goto('/');
		await expect(storyMap(page)).toHaveAttribute('data-view', /.+/);
		const movedAtOnce = await mark(page, date).evaluate((a: HTMLElement) => {
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
		await mark(page, farDay.date).click();
		release();
		await expectMapOn(page, stepOn(page, farDay.date));
		await expect(page).toHaveURL(endsWith(farDay.date));
	});
});
