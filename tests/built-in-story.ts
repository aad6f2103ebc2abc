// The built-in story as its file has it (the page receives it cut up: see split.ts).
import { BUILT_IN_STORY, readStoryJson } from '$lib/story/file.js';
import type { Story } from '$lib/story';

const file = readStoryJson(BUILT_IN_STORY) as Story & { $schema?: string };
delete file.$schema;
export const story: Story = file;
