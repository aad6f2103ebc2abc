import type { Page } from '@playwright/test';
import { expect, expectMapOn, scrollToStep, stepsOn } from './fixtures';

// Story-agnostic: the fixture's contract suite uses these too. What to type, and where the
// reader is, the tests say (e2e/story.ts for the built-in story).

/** The first step of a day (`YYYY-MM-DD`). */
export const stepOn = (page: Page, date: string) => stepsOn(page, date).first();
export const notice = (page: Page) => page.getByRole('status');
export const field = (page: Page) => page.getByLabel('Jump to a date');

/** The reader scrolls to the step of a date, and the map follows. */
export async function readOn(page: Page, date: string) {
	await scrollToStep(stepOn(page, date));
	await expectMapOn(page, stepOn(page, date));
}

/** Where the reader is: what must not change while they type. */
export const place = (page: Page) =>
	page.evaluate(() => ({
		y: Math.round(window.scrollY),
		url: location.href,
		current: document.querySelector('[aria-current="step"]')?.id
	}));

/** Two frames: long enough for a jump that had begun to show in the scroll position. */
const twoFrames = (page: Page) =>
	page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);

/**
 * The digits a reader types for a day (YYYY-MM-DD, real or not), in the order the
 * browser's date field shows its parts: month first in en-US, day first in en-GB.
 */
export function typedDigits(iso: string, order: FieldOrder) {
	const [year, month, day] = iso.split('-');
	return order === 'en-US' ? `${month}${day}${year}` : `${day}${month}${year}`;
}

/** Clicks into the field's first part (month or day, by locale), where a reader starts typing. */
export async function clickFirstPart(page: Page) {
	const box = (await field(page).boundingBox())!;
	await page.mouse.click(box.x + 12, box.y + box.height / 2);
}

/** The order of a date field's parts: the browser's own language's (see tools/browser.js). */
export type FieldOrder = 'en-US' | 'en-GB';

/**
 * Reads on to the step of the day `from`, clicks into the field's first part, and types
 * `date`'s digits in the field's order one key at a time, checking after each that
 * nothing has moved.
 */
export async function typeDate(page: Page, from: string, date: string, order: FieldOrder) {
	const digits = typedDigits(date, order);
	await page.goto('/');
	await readOn(page, from);
	const before = await place(page);
	await clickFirstPart(page);
	for (const digit of digits) {
		await page.keyboard.type(digit);
		await twoFrames(page);
		expect(await place(page), `after typing ${digit}`).toEqual(before);
	}
	await expect(notice(page)).toHaveText('');
}

/**
 * Reads on to `from`, then types a day of the story digit by digit in the browser's
 * order: nothing moves until Enter, which lands on that day's step.
 */
export async function typedDateLands(page: Page, from: string, date: string, order: FieldOrder) {
	const digits = typedDigits(date, order);
	await typeDate(page, from, date, order);
	await expect(field(page), `the field did not read ${digits} in ${order} order`).toHaveValue(date);
	await page.keyboard.press('Enter');
	await expectMapOn(page, stepOn(page, date));
	await expect(page).toHaveURL(new RegExp(`#${date}$`));
	await expect(notice(page)).toHaveText('');
	// The reader's own text stays in the field.
	await expect(field(page)).toHaveValue(date);
}
