import type { Page } from '@playwright/test';
import { expect, expectMapOn, scrollToStep, stepsOn } from './fixtures';

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

/** Clicks into the field's first part (month or day, by locale), where a reader starts typing. */
export async function clickFirstPart(page: Page) {
	const box = (await field(page).boundingBox())!;
	await page.mouse.click(box.x + 12, box.y + box.height / 2);
}

/**
 * Reads on at 22 December, clicks into the field's first part, and types the digits one
 * key at a time, checking after each that nothing has moved.
 */
export async function typeDate(page: Page, digits: string) {
	await page.goto('/');
	await readOn(page, '2016-12-22');
	const before = await place(page);
	await clickFirstPart(page);
	for (const digit of digits) {
		await page.keyboard.type(digit);
		await twoFrames(page);
		expect(await place(page), `after typing ${digit}`).toEqual(before);
	}
	await expect(notice(page)).toHaveText('');
}

/** Types 18 January 2017 in the locale's order: nothing moves until Enter, which lands there. */
export async function typedDateLands(page: Page, digits: string, locale: string) {
	await typeDate(page, digits);
	await expect(field(page), `the field did not read ${digits} in ${locale} order`).toHaveValue(
		'2017-01-18'
	);
	await page.keyboard.press('Enter');
	await expectMapOn(page, stepOn(page, '2017-01-18'));
	await expect(page).toHaveURL(/#2017-01-18$/);
	await expect(notice(page)).toHaveText('');
	// The reader's own text stays in the field.
	await expect(field(page)).toHaveValue('2017-01-18');
}
