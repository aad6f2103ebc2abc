// The stories the DOM contract is held to, each built into a folder of its own and served
// on its own port (playwright.fixture.config.ts): the test fixture (invented events in the
// Andes), and two invented TimelineJS files imported at test time by `npm run import`, one
// a JSON file with places, one a Google Sheet's CSV with none (a timeline without a map).
// Which one a test reads is its project's `storyFile` option: what the page must show is
// read from that story file, never from the page.
import { test as watchedTest } from '../fixtures';
import { readDatedStory, readStoryFile, type DatedStory } from '../story-file';
import type { Story } from '../../src/lib/story/types';

/** The test fixture: invented events in the Andes. */
export const CONTRACT_STORY = 'stories/fixtures/andes-1990.json';
/** Where its build goes: never build/, which the built-in story's tests serve. */
export const CONTRACT_BUILD_DIR = 'build-fixture';

/** A TimelineJS file imported at test time, and where its story and build go. */
export interface ImportedStory {
	name: string;
	/** The TimelineJS file (invented events, marked as such). */
	source: string;
	story: string;
	build: string;
}

const imported = (name: string, source: string): ImportedStory => ({
	name,
	source,
	story: `node_modules/.cache/imported-stories/${name}/story.json`,
	build: `node_modules/.cache/imported-stories/${name}/build`
});

/** A TimelineJS JSON file with places: years, months, days, a span, a time, groups, eras. */
export const IMPORTED_JSON = imported(
	'timelinejs-json',
	'tests/fixtures/import/timelinejs/chronology.json'
);
/** A TimelineJS Google Sheet (CSV) without places: a timeline with no map. */
export const IMPORTED_SHEET = imported(
	'timelinejs-sheet',
	'tests/fixtures/import/timelinejs/firsts.csv'
);

/** A tour: chapters with no dates, linked by id (invented, down the Andes). */
export const CONTRACT_TOUR = 'stories/fixtures/tour-andes.json';
/** Where its build goes. */
export const TOUR_BUILD_DIR = 'node_modules/.cache/tour-fixture/build';

/** Every test gets the story its project names (`storyFile`), read from the file. */
export const test = watchedTest.extend<{ story: Story }, { storyFile: string }>({
	storyFile: [CONTRACT_STORY, { option: true, scope: 'worker' }],
	story: async ({ storyFile }, use) => use(readStoryFile(storyFile))
});

/** The same, for tests of chronologies alone (e2e/imported/): the story must be dated. */
export const datedTest = watchedTest.extend<{ story: DatedStory }, { storyFile: string }>({
	storyFile: [CONTRACT_STORY, { option: true, scope: 'worker' }],
	story: async ({ storyFile }, use) => use(readDatedStory(storyFile))
});

export { expect } from '../fixtures';
