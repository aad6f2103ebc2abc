// The story and files the checks' tests run on: the fixture story, its media files in
// memory, and items to vary.
import { readdirSync, readFileSync } from 'node:fs';
import { checkMedia, type MediaCheckOptions } from '../../tools/media/check.ts';
import { FIXTURE_LABEL, FIXTURE_STORY, fixtureStory } from './fixture-story.ts';

export const FOLDER = new URL('media/', new URL(FIXTURE_STORY, 'file:')).pathname;
/** The fixture's files, in memory, so a test can add, break or take one away. */
export const fixtureFiles = () =>
	new Map<string, Uint8Array>(
		readdirSync(FOLDER).map((name) => [
			`media/${name}`,
			new Uint8Array(readFileSync(FOLDER + name))
		])
	);
export const text = (s: string) => new TextEncoder().encode(s);
export const JPEG = fixtureFiles().get('media/briefing.jpg')!;
export const MP3 = fixtureFiles().get('media/tone.mp3')!;

export const EVENT = `${FIXTURE_LABEL}: events[1] "la-paz-march":`;

/** Checks the fixture story with `media` as events[1]'s list, over the fixture's files and `extra`. */
export function check(
	media: unknown,
	{
		extra = {},
		without = [],
		...options
	}: Partial<MediaCheckOptions> & {
		extra?: Record<string, Uint8Array>;
		without?: string[];
	} = {}
) {
	const story = fixtureStory();
	if (media !== undefined) story.events[1]!.media = media;
	const files = fixtureFiles();
	for (const [path, bytes] of Object.entries(extra)) files.set(path, bytes);
	for (const path of without) files.delete(path);
	return checkMedia(story, {
		storyLabel: FIXTURE_LABEL,
		readFile: (path) => files.get(path) ?? null,
		...options
	});
}
export const picture = (more: Record<string, unknown> = {}) => ({
	src: 'media/mountain-road.jpg',
	alt: 'A road',
	credit: 'Someone',
	...more
});
export const video = (more: Record<string, unknown> = {}) => ({
	src: 'media/briefing.mp4',
	poster: 'media/briefing.jpg',
	captions: 'media/briefing.en.vtt',
	alt: 'A clip',
	credit: 'Someone',
	...more
});
