import { britishChromiumLaunchOptions } from '../tools/browser.js';
import { expectMapOn, test, expect } from './fixtures';
import { notice, stepOn, typedDateLands, typeDate } from './date-field';

// A British reader: the page's locale and the browser's own language (which sets the
// date field's order, dd/mm/yyyy). A browser option: it needs a file of its own.
test.use({ locale: 'en-GB', launchOptions: britishChromiumLaunchOptions });

test('18012017 moves nothing until Enter, then opens 18 January 2017', async ({
	watched: page
}) => {
	await typedDateLands(page, '18012017', 'en-GB');
});

test('14012017 and Go open 14 January 2017', async ({ watched: page }) => {
	await typeDate(page, '14012017');
	await page.getByRole('button', { name: 'Go' }).click();
	await expectMapOn(page, stepOn(page, '2017-01-14'));
	await expect(page).toHaveURL(/#2017-01-14$/);
	await expect(notice(page)).toHaveText('');
});
