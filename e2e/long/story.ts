import { readDatedStory, type DatedStory } from '../story-file';
import { LONG_STORY } from '../../tools/test-sites.js';

/** A long story, generated from the built-in one for these tests (tools/test-sites.js). */
export { LONG_EVENTS } from '../../tools/test-sites.js';

/** The story file itself: what the page must show, read from the file, not from the page. */
export const longStory = (): DatedStory => readDatedStory(LONG_STORY);
