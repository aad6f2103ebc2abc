// The story inside a host's article (issue 30): a host page on another origin (the host
// server, http://localhost:…) pastes the story's embed code (loader.html: a placeholder and
// embed.js), and the reader scrolls the HOST page. The story is served by the config's web
// server at http://127.0.0.1:E2E_PORT/. Runs in the `embed` project (playwright.config.ts).
import { expect, type Page } from '@playwright/test';
import { MOTION } from '../fixtures';
import { currentStep, frameFitsStory, heardByHost, test } from './fixture';

// Flights are part of what these tests read (tools/browser.js: reduced motion elsewhere).
test.use(MOTION);

/** How far down the frame the reader's screen begins (below the host's masthead), as the host sees it now. */
const screenTopInFrame = (page: Page) =>
	page.evaluate(() => {
		const below = document.querySelector('header.masthead')!.getBoundingClientRect().bottom;
		return Math.max(0, below - document.querySelector('iframe')!.getBoundingClientRect().top);
	});

test('the host page scrolls the story: its steps turn in order, its bar and map stay on screen below the masthead', async ({
	embedded: { page, open }
}) => {
	const story = await open();
	const steps = story.locator('[data-places]');
	const count = await steps.count();
	expect(count).toBeGreaterThan(5);

	// The frame is the story's height: the host scrolls it, it never scrolls itself.
	await frameFitsStory(page, story);

	await page.mouse.move(640, 500); // over the story: the wheel chains out of the frame to the host
	// The host's sticky masthead (60 px) covers the top of the reader's screen: the loader
	// measures it, and the story keeps its bar and its map below it.
	const masthead = (await page.locator('header.masthead').boundingBox())!;
	expect(masthead.height).toBe(60);
	const seen: number[] = [];
	const mapOffScreen: string[] = [];
	const hostAt = () =>
		page.evaluate(() => ({
			y: scrollY,
			bottom: scrollY + innerHeight >= document.documentElement.scrollHeight - 1
		}));
	// Until the last step is read, or the host's page has no further to go.
	for (let at = await hostAt(); seen.at(-1) !== count - 1 && !at.bottom; at = await hostAt()) {
		const before = at.y;
		// Less than any two steps stand apart (a step's card and the gap below it).
		await page.mouse.wheel(0, 400);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
		// The host's viewport message has reached the story (the loader sends one a frame).
		const top = await screenTopInFrame(page);
		await expect
			.poll(() =>
				story.evaluate(() =>
					parseFloat(document.documentElement.style.getPropertyValue('--screen-top'))
				)
			)
			.toBeCloseTo(top, 0);
		const current = await currentStep(story);
		if (current >= 0 && current !== seen.at(-1)) {
			seen.push(current);
			// The bar, then the map, in the host's window: wholly on the reader's screen, below
			// the masthead.
			const bar = await story.locator('header.bar').boundingBox();
			const pane = await story.locator('.map-pane').boundingBox();
			const screen = page.viewportSize()!;
			if (!bar || bar.y < masthead.height - 1 || !pane || pane.y < bar.y + bar.height - 1)
				mapOffScreen.push(`step ${current}: bar ${JSON.stringify(bar)}`);
			if (!pane || pane.y + pane.height > screen.height + 1)
				mapOffScreen.push(`step ${current}: map ${JSON.stringify(pane)}`);
		}
	}
	expect(mapOffScreen).toEqual([]);
	// Every step became current, one after the other, as the host scrolled.
	expect(seen).toEqual([...Array(count).keys()]);

	// The host heard each step read, and the end (loader.html keeps what the loader passes on).
	const heard = await heardByHost(page);
	const stepsHeard = heard.filter((e) => e.type === 'story:step').map((e) => e.detail.index);
	expect(stepsHeard.slice(-count)).toEqual([...Array(count).keys()]);
	expect(heard.at(-1)?.type).toBe('story:end');
});

test("a date link in the frame adds nothing to the host's history", async ({
	embedded: { page, open },
	hostUrl
}) => {
	// The reader came to the article from another page of the host's.
	await page.goto(`${hostUrl}article.css`);
	const article = page.url();
	const frame = await open();
	const host = page.url();
	const entries = await page.evaluate(() => history.length);

	const mark = frame
		.getByRole('navigation', { name: /timeline/i })
		.getByRole('link')
		.nth(4);
	const date = (await mark.getAttribute('href'))!.slice(1);
	await mark.click();
	await expect(frame.locator(`.day[id="${date}"] [data-places]`).first()).toHaveAttribute(
		'aria-current',
		'step'
	);
	// The frame's URL names the date (replaced, not pushed), and the full story opens there.
	expect(new URL(frame.url()).hash).toBe(`#${date}`);
	await expect(frame.getByRole('link', { name: 'Open the full story' })).toHaveAttribute(
		'href',
		new RegExp(`/#${date}$`)
	);
	expect(await page.evaluate(() => history.length)).toBe(entries);
	const heard = await heardByHost(page);
	expect(heard).toContainEqual(
		expect.objectContaining({
			type: 'story:jump',
			detail: expect.objectContaining({ how: 'timeline' })
		})
	);

	// Back leaves the article for the page before it; Forward returns to it.
	await page.goBack();
	expect(page.url()).toBe(article);
	await page.goForward();
	expect(page.url()).toBe(host);
});
