// The stories the DOM contract is held to, each built into a folder of its own and served
// on its own port (playwright.fixture.config.ts): the test fixture (invented events in the
// Andes), and two invented TimelineJS files imported at test time by `npm run import`, one
// a JSON file with places, one a Google Sheet's CSV with none (a timeline without a map).
// Which one a test reads is its project's `storyFile` option: what the page must show is
// read from that story file, never from the page. Where each is made: tools/test-sites.js.
import { test as watchedTest } from '../fixtures';
import { readDatedStory, readStoryFile, type DatedStory } from '../story-file';
import type { Story } from '../../src/lib/story/types';
import { CONTRACT_STORY } from '../../tools/test-sites.js';

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
