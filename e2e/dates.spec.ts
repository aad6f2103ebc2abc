import type { Page } from '@playwright/test';
import {
	clickFirstPart,
	field,
	notice,
	place,
	readOn,
	stepOn,
	typedDateLands,
	typeDate
} from './date-field';
import { expectMapOn, holdScripts, scrollToStep, steps, storyMap, test, expect } from './fixtures';

const timeline = (page: Page) => page.getByRole('navigation', { name: /timeline/i });
const mark = (page: Page, date: string) => timeline(page).locator(`a[href="#${date}"]`);

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
		await scrollToStep(stepOn(page, '2016-12-22'));
		await expect(mark(page, '2016-12-22')).toHaveAttribute('aria-current', 'date');
		const before = (await indicator.boundingBox())!.x;
		await scrollToStep(stepOn(page, '2017-01-18'));
		await expect(mark(page, '2017-01-18')).toHaveAttribute('aria-current', 'date');
		await expect(mark(page, '2016-12-22')).not.toHaveAttribute('aria-current');
		await expect.poll(async () => (await indicator.boundingBox())!.x).toBeGreaterThan(before + 50);
	});

	test('a click jumps to the date and Back returns to where the reader was', async ({
		watched: page
	}) => {
		await page.goto('/');
		await readOn(page, '2016-12-22');
		await expect(page).toHaveURL(/#2016-12-22$/);
		const length = await page.evaluate(() => history.length);

		await mark(page, '2017-01-18').click();
		await expectMapOn(page, stepOn(page, '2017-01-18'));
		await expect(page).toHaveURL(/#2017-01-18$/);
		expect(await page.evaluate(() => history.length)).toBe(length + 1);

		await page.goBack();
		await expect(page).toHaveURL(/#2016-12-22$/);
		await expectMapOn(page, stepOn(page, '2016-12-22'));

		await page.goForward();
		await expect(page).toHaveURL(/#2017-01-18$/);
		await expectMapOn(page, stepOn(page, '2017-01-18'));
	});

	test('Back in the middle of a jump returns to where the reader was, and stays', async ({
		watched: page
	}) => {
		await page.clock.install(); // time runs as usual, and can be run ahead
		await page.goto('/');
		await readOn(page, '2016-12-22');
		await mark(page, '2017-01-20').click();
		await expect(page).toHaveURL(/#2017-01-20$/);
		await page.goBack(); // while the smooth scroll may still be on its way
		await expect(page).toHaveURL(/#2016-12-22$/);
		await expectMapOn(page, stepOn(page, '2016-12-22'));
		// Past the longest a jump holds (JUMP_HOLD_MS): the abandoned jump must not finish itself.
		await page.clock.runFor(5000);
		await expectMapOn(page, stepOn(page, '2016-12-22'));
	});

	test('is one tab stop, walked with the arrow keys, Home and End', async ({ watched: page }) => {
		await page.goto('/');
		await scrollToStep(stepOn(page, '2016-12-30'));
		await expect(mark(page, '2016-12-30')).toHaveAttribute('aria-current', 'date');
		const tabbable = timeline(page).locator('a[tabindex="0"]');
		await expect(tabbable).toHaveCount(1);
		await expect(tabbable).toHaveAttribute('href', '#2016-12-30');

		await tabbable.focus();
		await page.keyboard.press('ArrowRight');
		await expect(mark(page, '2017-01-01')).toBeFocused();
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect(mark(page, '2016-12-22')).toBeFocused();
		await page.keyboard.press('End');
		await expect(mark(page, '2017-01-23')).toBeFocused();
		await page.keyboard.press('Home');
		await expect(mark(page, '2016-12-11')).toBeFocused();
		// Focus is visible: the focused mark draws an outline.
		const outline = await mark(page, '2016-12-11').evaluate(
			(a) => getComputedStyle(a).outlineStyle
		);
		expect(outline).not.toBe('none');

		await page.keyboard.press('End');
		await page.keyboard.press('Enter');
		await expectMapOn(page, stepOn(page, '2017-01-23'));
		await expect(page).toHaveURL(/#2017-01-23$/);
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
		await mark(page, '2017-01-23').click();
		await expectMapOn(page, steps(page).last());
		expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([
			'astana-talks'
		]);
	});
});

// Typed as a US reader types (the browser's default order); British order: dates-en-gb.spec.ts.
test.describe('the date field', () => {
	test('is labelled, offers the story’s days, and has a Go button', async ({ watched: page }) => {
		await page.goto('/');
		await expect(field(page)).toBeVisible();
		await expect(field(page)).toHaveAttribute('type', 'date');
		await expect(field(page)).toHaveAttribute('min', '2016-12-01');
		await expect(field(page)).toHaveAttribute('max', '2017-01-23');
		await expect(page.getByRole('button', { name: 'Go' })).toBeVisible();
	});

	test.describe('typed in en-US order', () => {
		test.use({ locale: 'en-US' });

		test('01182017 moves nothing until Enter, then opens 18 January 2017', async ({
			watched: page
		}) => {
			await typedDateLands(page, '01182017', 'en-US');
		});
	});

	test('Go, clicked, opens the date typed', async ({ watched: page }) => {
		await typeDate(page, '01082017');
		await page.getByRole('button', { name: 'Go' }).click();
		await expectMapOn(page, stepOn(page, '2017-01-01'));
		await expect(page).toHaveURL(/#2017-01-01$/);
		await expect(notice(page)).toHaveText('No event on 8 January 2017; showing January 2017.');
	});

	test('a date typed after the story lands on its end, and says so', async ({ watched: page }) => {
		await typeDate(page, '02102017');
		await page.keyboard.press('Enter');
		await expectMapOn(page, steps(page).last());
		await expect(notice(page)).toHaveText(
			'The story ends before 10 February 2017; showing 23 January 2017.'
		);
	});

	test('a date typed before the story lands on its start, and says so', async ({
		watched: page
	}) => {
		await typeDate(page, '11202016');
		await page.keyboard.press('Enter');
		await expectMapOn(page, steps(page).first());
		await expect(notice(page)).toHaveText(
			'The story begins after 20 November 2016; showing 11 December 2016.'
		);
	});

	test('an impossible or half-typed date moves nothing, and says why', async ({
		watched: page
	}) => {
		await typeDate(page, '02302017');
		const before = await place(page);
		await page.keyboard.press('Enter');
		await expect(notice(page)).toHaveText(
			'That is not a whole date (day, month and year), so the story stays where it is.'
		);
		expect(await place(page)).toEqual(before);
	});

	test('keeps what the reader typed while the page scrolls under it', async ({ watched: page }) => {
		await typeDate(page, '12302016');
		await page.mouse.move(200, 500);
		await page.mouse.wheel(0, 3000);
		await expect(stepOn(page, '2016-12-22')).not.toHaveAttribute('aria-current', 'step');
		await expect(field(page)).toBeFocused();
		await expect(field(page)).toHaveValue('2016-12-30');
	});

	test('a day picked from the calendar opens at once', async ({ watched: page }) => {
		await page.goto('/');
		// The page is live: a pick before its scripts arrive is the form's case (Go or Enter).
		await expect(steps(page).first()).toHaveAttribute('aria-current', 'step');
		// What the calendar does: it sets the whole value, with no key pressed in the field.
		await field(page).fill('2016-12-25');
		await expectMapOn(page, stepOn(page, '2016-12-22'));
		await expect(page).toHaveURL(/#2016-12-22$/);
		await expect(notice(page)).toHaveText(
			'No event on 25 December 2016; showing 22 December 2016.'
		);
	});
});

test.describe('date links', () => {
	test('open the story at that date, as if the reader had scrolled there', async ({
		watched: page
	}) => {
		await page.goto('/#2017-01-18');
		await expectMapOn(page, stepOn(page, '2017-01-18'));
		await expect(page.locator('#al-bab-joint-strikes')).toBeInViewport();
		await expect(notice(page)).toHaveText('');
	});

	test('open the latest event before a date without one, with a polite note', async ({
		watched: page
	}) => {
		await page.goto('/#2017-01-10');
		await expectMapOn(page, stepOn(page, '2017-01-01'));
		await expect(notice(page)).toHaveText('No event on 10 January 2017; showing January 2017.');
	});

	test('clamp to the first and last events', async ({ watched: page }) => {
		await page.goto('/#2016-11-20');
		await expectMapOn(page, steps(page).first());
		await page.goto('about:blank');
		await page.goto('/#2017-02-10');
		await expectMapOn(page, steps(page).last());
		await expect(notice(page)).toContainText('showing 23 January 2017');
	});

	test('work when the reader edits the date in the address bar', async ({ watched: page }) => {
		await page.goto('/');
		await scrollToStep(steps(page).last());
		await expect(page).toHaveURL(/#2017-01-23$/);
		// A same-page navigation to another fragment, as typing in the address bar does.
		await page.goto('/#2017-01-18');
		await expectMapOn(page, stepOn(page, '2017-01-18'));
		await expect(page).toHaveURL(/#2017-01-18$/);
	});

	test('to the first event, edited in while reading the introduction, open it', async ({
		watched: page
	}) => {
		await page.goto('/');
		await expectMapOn(page, steps(page).first());
		await page.goto('/#2016-11-20');
		await expect(steps(page).first()).toBeInViewport();
		await expect(page).toHaveURL(/#2016-1[12]-\d\d$/);
		await expect(notice(page)).toContainText('showing 11 December 2016');
	});

	test('follow the reader’s scrolling without adding history', async ({ watched: page }) => {
		await page.goto('/');
		const length = await page.evaluate(() => history.length);
		for (const date of ['2016-12-22', '2016-12-30', '2017-01-14']) {
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
		await page.goto('/#2016-12-22');
		await expectMapOn(page, stepOn(page, '2016-12-22'));
		await readOn(page, '2016-12-30');
		await page.goBack();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
		await expectMapOn(page, steps(page).first());
	});

	test('Back after a jump returns to the second step of a day with two', async ({
		watched: page
	}) => {
		await page.goto('/');
		const second = page.locator('#sponsors-disagree');
		await scrollToStep(second);
		await expectMapOn(page, second);
		await expect(page).toHaveURL(/#2017-01-01$/);
		await mark(page, '2017-01-20').click();
		await expectMapOn(page, stepOn(page, '2017-01-20'));
		await page.goBack();
		await expect(page).toHaveURL(/#2017-01-01$/);
		await expectMapOn(page, second);
	});

	test('explain a malformed date edited in mid-story, and stay where the reader is', async ({
		watched: page
	}) => {
		await page.goto('/');
		await readOn(page, '2017-01-18');
		await page.goto('/#2017-13-45');
		await expect(notice(page)).toContainText('not a real day');
		await expectMapOn(page, stepOn(page, '2017-01-18'));
		// The note stays while the reader stays, and goes once they read on.
		await expect(notice(page)).toContainText('not a real day');
		await readOn(page, '2017-01-20');
		await expect(notice(page)).toHaveText('');
	});

	for (const fragment of [
		'#2017-13-45',
		'#<img src=x onerror=alert(1)>',
		'#javascript:alert(1)',
		`#${'2017-01-18'.repeat(500)}`,
		'#%E0%A4%A'
	]) {
		test(`ignore ${fragment.slice(0, 30)} with a message`, async ({ watched: page }) => {
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
			await readOn(page, '2016-12-22');
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
		expect(await jumpMovesAtOnce(page, '2017-01-20')).toBe(false);
	});

	test('jumps are instant for readers who prefer reduced motion', async ({ watched: page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		expect(await jumpMovesAtOnce(page, '2017-01-20')).toBe(true);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a date link still lands on its step', async ({ page }) => {
		await page.goto('/#2017-01-18');
		await expect(page.locator('#al-bab-joint-strikes')).toBeInViewport();
		await expect(page.locator('#al-bab-joint-strikes h2')).toBeVisible();
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
		await clickFirstPart(page);
		await page.keyboard.type('12252016');
		await expect(field(page)).toHaveValue('2016-12-25');
		await page.keyboard.press('Enter');
		release();
		await expectMapOn(page, stepOn(page, '2016-12-22'));
		await expect(page).toHaveURL(/\/#2016-12-22$/);
		await expect(notice(page)).toHaveText(
			'No event on 25 December 2016; showing 22 December 2016.'
		);
	});

	test('a timeline mark clicked is honoured once they do', async ({ watched: page }) => {
		const release = await holdScripts(page);
		await page.goto('/');
		await mark(page, '2017-01-20').click();
		release();
		await expectMapOn(page, stepOn(page, '2017-01-20'));
		await expect(page).toHaveURL(/#2017-01-20$/);
	});
});
