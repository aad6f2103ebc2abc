// The stories the unit tests read, as their files have them (the page receives them cut
// up: tools/story/split.ts). Engine tests use the fixture (invented events in the Andes)
// and read what to expect from it; only the journalism and edition tests read the
// built-in story, since they are about its text.
import { BUILT_IN_STORY, readStoryJson } from '../tools/story/files.js';
import { indexStory } from '$lib/story/lookup';
import { isDated, type DatedEvent, type Span, type Story } from '$lib/story/types';

export const FIXTURE_STORY = 'stories/fixtures/andes-1990.json';

/** A story file, less its `$schema` pointer. */
export function readStory(path: string): Story {
	const file = readStoryJson(path) as Story & { $schema?: string };
	delete file.$schema;
	return file;
}

/** A chronology: a span, and a date on every event (what these stories are; a tour is not). */
export type DatedStory = Omit<Story, 'meta' | 'events'> & {
	meta: Story['meta'] & { span: Span };
	events: DatedEvent[];
};

/** The story file at `path`, which must be dated throughout. */
export function readDatedStory(path: string): DatedStory {
	const story = readStory(path);
	if (!story.meta.span || !story.events.every(isDated))
		throw new Error(`${path} is not dated throughout`);
	return story as DatedStory;
}

/** The test fixture: every kind of step the engine knows (month and day dates, two events a day, lines, areas, cameras). */
export const fixture = readDatedStory(FIXTURE_STORY);
export const { placesOf, sourcesOf } = indexStory(fixture);

/** The fixture tour: invented chapters down the Andes, with no dates. */
export const FIXTURE_TOUR = 'stories/fixtures/tour-andes.json';
export const tour = readStory(FIXTURE_TOUR);

/** The built-in story: for the tests of its journalism and its editions. */
export const builtIn = readDatedStory(BUILT_IN_STORY);

/** The fixture's first event that has the thing asked for. */
export function fixtureEvent(has: (event: DatedEvent) => unknown) {
	const event = fixture.events.find(has);
	if (!event) throw new Error('The fixture story has no such event: add one');
	return event;
}
