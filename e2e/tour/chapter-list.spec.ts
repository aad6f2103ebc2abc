// A tour's chapter list, on the fixture tour (stories/fixtures/tour-andes.json), built and
// served by playwright.fixture.config.ts. Found by the soak (docs/testing.md).
import { test, expect } from '../fixtures';

// A laptop with a touch screen, as the soak's tabs are: no hover, but a mouse.
test.use({ hasTouch: true });

const chapters = (page: import('@playwright/test').Page) =>
	page.getByRole('navigation', { name: 'Chapters of the story' });

test('a click on a chapter jumps after keyboard use, though the focused title closes', async ({
	watched: page
}) => {
	await page.goto('/');
	await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
	// A reader on the second chapter jumps to the first by keyboard, then goes Back:
	// the first chapter keeps the focus, its title open.
	await page.mouse.move(640, 560);
	await page.mouse.wheel(0, 1300);
	await expect(page).toHaveURL(/#lima-coast$/);
	await chapters(page)
		.getByRole('link', { name: /Chapter 1 of/ })
		.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#quito-start$/);
	await page.goBack();
	await expect(page).toHaveURL(/#lima-coast$/);
	await expect(chapters(page).getByRole('link', { name: /Chapter 2 of/ })).toHaveAttribute(
		'aria-current',
		'location'
	);
	await expect(page.locator('#map')).toHaveAttribute('data-view', 'lima-coast');
	// Pressing the fifth must not close the first's title first: the fifth would slide
	// from under the pointer, and the click be lost.
	await chapters(page)
		.getByRole('link', { name: /Chapter 5 of/ })
		.click();
	await expect(page).toHaveURL(/#a-pause$/);
	await expect(page.locator('#a-pause')).toHaveAttribute('aria-current', 'step');
});
