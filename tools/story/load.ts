// Reading the story for a build: the story file, checked, and its editions in other
// languages (`story.ru.json` beside `story.json`), each checked against it. A broken
// story or a missing translation fails with every problem named.
import { editionPaths, editionCodeOf, readStoryJson, storyLabel } from './files.js';
import { parseEdition } from './edition-schema.ts';
import { localizeStory } from './localize.ts';
import { parseStory } from './problems.ts';
import type { StoryFile } from './schema.ts';
import type { Story } from '../../src/lib/story/types.ts';

export interface LoadedStory {
	/** The story in the edition asked for. */
	story: Story;
	/** Every edition's language code, English first. */
	languages: string[];
}

/** The story file at `path`, in the edition `code` names (`en`: the file's own English). */
export function loadStory(path: string, code: string): LoadedStory {
	const checked: Partial<StoryFile> = parseStory(readStoryJson(path), storyLabel(path));
	delete checked.$schema;
	const english = checked as Story;
	const editions = editionPaths(path).map((file) => ({
		code: editionCodeOf(file),
		edition: parseEdition(english, readStoryJson(file), storyLabel(file))
	}));
	const wanted = editions.find((e) => e.code === code);
	if (code !== 'en' && !wanted)
		throw new Error(`EDITION=${code}: ${storyLabel(path)} has no edition file for it`);
	return {
		story: wanted ? localizeStory(english, wanted.edition) : english,
		languages: ['en', ...editions.map((e) => e.code)]
	};
}
