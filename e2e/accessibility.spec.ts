// Access for every reader: WCAG 2.2 AA as axe checks it, at desktop and phone sizes; a page
// built from headings and landmarks; a skip link; and a map with a name and a live region
// that says what it shows.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expectMapOn, scrollToStep, stepOf, storyMap, test, expect } from './fixtures';
import {
	dateWithoutEventAfterMonthStep,
	firstEvent,
	jumpStep,
	mapName,
	readingStart
} from './story';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
	const summary = violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary).toEqual([]);
}

for (const [size, viewport] of [
	['desktop', { width: 1280, height: 800 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	test.describe(`axe at ${size} size`, () => {
		test.use({ viewport });

		test('finds nothing at the top of the story', async ({ watched: page }) => {
			await page.goto('/');
			await expect(storyMap(page)).toHaveAttribute('data-view', /.+/);
			await expectNoAxeViolations(page);
		});

		test('finds nothing mid-story, with a notice showing', async ({ watched: page }) => {
			// A link to a day without an event: the latest step before it, and a note.
			const { date, opens } = dateWithoutEventAfterMonthStep;
			await page.goto(`/#${date}`);
			await expectMapOn(page, stepOf(page, opens));
			await expect(page.getByRole('status')).not.toHaveText('');
			await expectNoAxeViolations(page);
		});
	});
}

test('the page is built from headings, times and landmarks', async ({ watched: page }) => {
	await page.goto('/');
	// Each step's heading and time: story.spec.ts.
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	await expect(page.getByRole('banner')).toHaveCount(1);
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('navigation', { name: /timeline/i })).toHaveCount(1);
});

test('a skip link takes the keyboard past the timeline and the map', async ({ watched: page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the story' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	// The next stop is inside the story text, not the timeline or date picker.
	const focused = await page.evaluate(() => document.activeElement?.closest('#story') !== null);
	expect(focused).toBe(true);
});

test('the map has a name and a live region says what it shows', async ({ watched: page }) => {
	await page.goto('/');
	const live = page.locator('[aria-live="polite"]');
	await expect(live).toHaveText(mapName(firstEvent));
	// On to a step with other places, then back to an earlier one.
	await scrollToStep(stepOf(page, jumpStep));
	await expect(live).toHaveText(mapName(jumpStep));
	await expect(storyMap(page)).toHaveAttribute('role', 'img');
	await expect(storyMap(page)).toHaveAccessibleName(mapName(jumpStep));
	await scrollToStep(stepOf(page, readingStart));
	await expect(live).toHaveText(mapName(readingStart));
});
