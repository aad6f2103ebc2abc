// A long story's later steps are drawn in the browser once the reader reads on: their media
// come with them (the component fetched then, never with the page's start). The fixture's
// events repeated, with their media (e2e/contract/media.ts), in a folder of the fixture's site.
import { scrollToStep, steps, test, expect, waitForLiveMap } from '../fixtures';
import { HEAD_EVENTS, headLength } from '../../tools/story/split';
import { kindOf, LATER_MEDIA, laterMediaStory, loaded } from './media';

const story = laterMediaStory();
const head = headLength(story.events, HEAD_EVENTS);
/** The first later step with a picture, and one with a video. */
const laterWith = (kind: string) =>
	story.events.find((e, i) => i >= head && e.media?.some((item) => kindOf(item) === kind))!;

test('a long story’s later steps show their media, drawn in the browser', async ({
	watched: page
}) => {
	const html = await (await page.request.get(`/${LATER_MEDIA.folder}/`)).text();
	const picture = laterWith('picture');
	const video = laterWith('video');
	// Later steps are not in the page's HTML: the browser draws them, media and all.
	expect(head).toBeLessThan(story.events.indexOf(picture));
	expect(html).not.toContain(`id="${picture.id}"`);
	await page.goto(`/${LATER_MEDIA.folder}/`);
	await waitForLiveMap(page);
	await expect(steps(page)).toHaveCount(story.events.length, { timeout: 30_000 });

	const step = page.locator(`[id="${picture.id}"]`);
	await scrollToStep(step);
	await expect(step.locator('.media figure')).toHaveCount(picture.media!.length);
	const item = picture.media!.find((m) => kindOf(m) === 'picture')!;
	const img = step.locator('.media-open img').first();
	await expect(img).toHaveAttribute('alt', item.alt!);
	await expect(img).toHaveAttribute('loading', 'lazy');
	await loaded(img);
	await expect(step.locator('figcaption').first()).toContainText(item.credit);
	// Opened larger and closed, as in the page's first steps.
	const open = step.locator('.media-open').first();
	await open.click();
	await expect(step.locator('dialog').first()).toHaveAttribute('open');
	await page.keyboard.press('Escape');
	await expect(step.locator('dialog').first()).not.toHaveAttribute('open');
	await expect(open).toBeFocused();

	const player = page.locator(`[id="${video.id}"] video`);
	await scrollToStep(page.locator(`[id="${video.id}"]`));
	await expect(player).toHaveAttribute('preload', 'none');
	await expect(player).toHaveAttribute('poster', /\.webp$/);
	expect(await player.evaluate((el: HTMLVideoElement) => el.paused)).toBe(true);
});
