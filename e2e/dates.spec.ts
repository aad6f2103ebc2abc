import { field, notice, place, readOn, stepOn, typedDateLands, typeDate } from './date-field';
import {
	MOTION,
	expectMapOn,
	scrollToStep,
	steps,
	test,
	expect,
	timeline,
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
	days,
	farDay,
	firstDay,
	firstEvent,
	impossibleDay,
	jumpStep,
	lastDay,
	lastEvent,
	readingStart,
	span
} from './story';

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
		await expect(timelineMark(page, readingStart.date)).toHaveAttribute('aria-current', 'date');
		const before = (await indicator.boundingBox())!.x;
		await scrollToStep(stepOn(page, jumpStep.date));
		await expect(timelineMark(page, jumpStep.date)).toHaveAttribute('aria-current', 'date');
		await expect(timelineMark(page, readingStart.date)).not.toHaveAttribute('aria-current');
		await expect.poll(async () => (await indicator.boundingBox())!.x).toBeGreaterThan(before + 50);
	});

	test('a click jumps to the date and Back returns to where the reader was', async ({
		watched: page
	}) => {
		await page.goto('/');
		await readOn(page, readingStart.date);
		await expect(page).toHaveURL(endsWith(readingStart.date));
		const length = await page.evaluate(() => history.length);

		await timelineMark(page, jumpStep.date).click();
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
		await page.emulateMedia(MOTION); // a jump on its way: a smooth one
		await page.clock.install(); // time runs as usual, and can be run ahead
		await page.goto('/');
		await readOn(page, readingStart.date);
		await timelineMark(page, farDay.date).click();
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
		await expect(timelineMark(page, at!)).toHaveAttribute('aria-current', 'date');
		const tabbable = timeline(page).locator('a[tabindex="0"]');
		await expect(tabbable).toHaveCount(1);
		await expect(tabbable).toHaveAttribute('href', `#${at}`);

		await tabbable.focus();
		await page.keyboard.press('ArrowRight');
		await expect(timelineMark(page, after)).toBeFocused();
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect(timelineMark(page, before!)).toBeFocused();
		await page.keyboard.press('End');
		await expect(timelineMark(page, lastDay.date)).toBeFocused();
		await page.keyboard.press('Home');
		await expect(timelineMark(page, firstDay.date)).toBeFocused();
		// Focus is visible: the focused mark draws an outline.
		const outline = await timelineMark(page, firstDay.date).evaluate(
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
		await timelineMark(page, lastDay.date).click();
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
		await page.emulateMedia(MOTION);
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
