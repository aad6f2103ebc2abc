// What the fixture's media are, read from its story file: where each list is on the page
// and what each item is, so the media tests expect what the file says.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Story } from '../../src/lib/story/types';
import type { StoryEvent } from '../../src/lib/story/types';
import { readDatedStory } from '../story-file';
import { CONTRACT_STORY, LATER_MEDIA } from '../../tools/test-sites.js';

/** A long story with media, built into a folder of the fixture's site (tools/test-sites.js). */
export { LATER_MEDIA };

export type Item = NonNullable<StoryEvent['media']>[number];
export type Kind = 'picture' | 'video' | 'sound' | 'remote';

export const story = readDatedStory(CONTRACT_STORY);

export const laterMediaStory = (): Story => JSON.parse(readFileSync(LATER_MEDIA.story, 'utf8'));

/** What an item shows as, by its `src` (as tools/media/sniff.ts reads a name). */
export function kindOf(item: Item): Kind {
	if (/^https?:\/\//.test(item.src)) return 'remote';
	if (/\.(mp4|webm)$/i.test(item.src)) return 'video';
	if (/\.(mp3|m4a|aac|ogg|wav)$/i.test(item.src)) return 'sound';
	return 'picture';
}

/** Each media list with where it is on the page: the introduction's, then each step's. */
export const mediaLists = [
	{ where: 'header.intro', items: story.meta.media ?? [] },
	...story.events.map((event) => ({ where: `article[id="${event.id}"]`, items: event.media ?? [] }))
].filter((list) => list.items.length > 0);

/** Every item, with the figure that shows it. */
export const mediaItems = (page: Page) =>
	mediaLists.flatMap(({ where, items }) =>
		items.map((item, i) => ({
			item,
			kind: kindOf(item),
			figure: page.locator(`${where} .media figure`).nth(i)
		}))
	);

/** The pictures (not a video's poster): their figures' in-page images. */
export const pictures = (page: Page) => mediaItems(page).filter(({ kind }) => kind === 'picture');

/** The width a rendition was made at, from its name (`…-960.avif`). */
export const widthOf = (url: string) => Number(/-(\d+)\.(?:avif|webp|jpg|png)$/.exec(url)?.[1]);

/** Scrolls a figure into the middle of the screen and waits until its picture has loaded. */
export async function loaded(img: Locator) {
	await img.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
	await expect
		.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
		.toBeGreaterThan(0);
}

/** Requests for the story's media files, as they are made: their paths. */
export function mediaRequests(page: Page) {
	const paths: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.includes('/media/')) paths.push(path);
	});
	return paths;
}
