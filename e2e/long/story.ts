import { readDatedStory, type DatedStory } from '../story-file';

/** A long story, generated from the built-in one (scripts/generate-story.js) for these tests. */
export const LONG_EVENTS = 300;
export const LONG_STORY = 'node_modules/.cache/long-story/story.json';
export const LONG_BUILD_DIR = 'node_modules/.cache/long-story/build';

/** The story file itself: what the page must show, read from the file, not from the page. */
export const longStory = (): DatedStory => readDatedStory(LONG_STORY);
