import { britishChromiumLaunchOptions } from '../tools/browser.js';
import { expectMapOn, test, expect } from './fixtures';
import { notice, stepOn, typedDateLands, typeDate } from './date-field';
import { farDay, jumpStep, readingStart } from './story';

// A British reader: the page's locale and the browser's own language (which sets the
// date field's order, dd/mm/yyyy). A browser option: it needs a file of its own.
test.use({ locale: 'en-GB', launchOptions: britishChromiumLaunchOptions });

test('a date typed day first moves nothing until Enter, then opens that day', async ({
	watched: page
}) => {
	await typedDateLands(page, readingStart.date, jumpStep.date, 'en-GB');
});

test('a date typed day first and Go open that day', async ({ watched: page }) => {
	await typeDate(page, readingStart.date, farDay.date, 'en-GB');
	await page.getByRole('button', { name: 'Go' }).click();
	await expectMapOn(page, stepOn(page, farDay.date));
	await expect(page).toHaveURL(new RegExp(`#${farDay.date}$`));
	await expect(notice(page)).toHaveText('');
});
