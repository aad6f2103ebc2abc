// The fixture story (stories/fixtures/andes-1990.json), which lists media for its invented
// files in stories/fixtures/media/. Each test gets its own copy to change.
import { readFileSync } from 'node:fs';
import { filesBeside } from '../../tools/media/items.ts';

export const FIXTURE_STORY = new URL('../../stories/fixtures/andes-1990.json', import.meta.url)
	.pathname;
export const FIXTURE_LABEL = 'stories/fixtures/andes-1990.json';

const beside = filesBeside(FIXTURE_STORY);

/** Reads files beside the fixture story, as the build's readFile does (null when missing). */
export function readFixture(path: string): Uint8Array | null {
	const file = beside(path);
	if (file && !(file instanceof Uint8Array)) throw new Error(`${path} ${file.refused}`);
	return file;
}

/** The story as JSON: tests put anything into its media lists, broken ones too. */
type Json = Record<string, unknown> & {
	meta: Record<string, unknown> & { media?: unknown };
	events: (Record<string, unknown> & { id: string; media?: unknown })[];
};

const fileStory = (): Json => JSON.parse(readFileSync(FIXTURE_STORY, 'utf8')) as Json;

/** The media the fixture lists: the introduction's, and each event's by its id. */
export const FIXTURE_MEDIA = (() => {
	const story = fileStory();
	return {
		intro: (story.meta.media ?? []) as Record<string, unknown>[],
		events: Object.fromEntries(
			story.events.filter((e) => e.media).map((e) => [e.id, e.media])
		) as Record<string, Record<string, unknown>[]>
	};
})();

/** A fresh copy of the fixture story, its media listed. */
export function fixtureStory(): Json {
	return fileStory();
}
