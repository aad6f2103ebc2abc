import { readFileSync } from 'node:fs';
import type { Story } from '../../src/lib/story/types';

/** The story these contract tests run against: the test fixture, invented events in the Andes. */
export const CONTRACT_STORY = 'stories/fixtures/andes-1990.json';
/** Where its build goes: never build/, which the built-in story's tests serve. */
export const CONTRACT_BUILD_DIR = 'build-fixture';

/** The story file itself: what the page must show, read from the source, not from the page. */
export const contractStory = (): Story => JSON.parse(readFileSync(CONTRACT_STORY, 'utf8'));
