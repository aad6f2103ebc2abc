// Reading the story for a build: the story file, checked, and its editions in other
// languages (`story.ru.json` beside `story.json`), each checked against it. A broken
// story or a missing translation fails with every problem named.
import { editionPaths, editionCodeOf, parseStoryJson, readStoryText, storyLabel } from './files.js';
import { parseEdition } from './edition-schema.ts';
import { duplicateKeys } from './json-keys.js';
import { localizeStory } from './localize.ts';
import { describe, parseStory } from './problems.ts';
import type { StoryFile } from './schema.ts';
import { problemError } from '../visible.js';
import type { Story } from '../../src/lib/story/types.ts';

export interface LoadedStory {
	/** The story in the edition asked for. */
	story: Story;
	/** Every edition's language code, English first. */
	languages: string[];
	/** What the build goes on despite: keys given twice in an object (JSON keeps the last). */
	warnings: string[];
}

/** A story (or edition) file's JSON, and a warning for each key one of its objects gives twice. */
function readWithWarnings(path: string, warnings: string[], beside?: string): unknown {
	const text = readStoryText(path, { beside });
	const value = parseStoryJson(text, path);
	for (const { path: at, key } of duplicateKeys(text))
		warnings.push(
			describe(storyLabel(path), value, {
				path: [...at, key],
				message: 'is given twice in its object: the build takes the last one'
			})
		);
	return value;
}

/** The story file at `path`, in the edition `code` names (`en`: the file's own English). */
export function loadStory(path: string, code: string): LoadedStory {
	const warnings: string[] = [];
	const checked: Partial<StoryFile> = parseStory(
		readWithWarnings(path, warnings),
		storyLabel(path)
	);
	delete checked.$schema;
	const english = checked as Story;
	const editions = editionPaths(path).map((file) => ({
		code: editionCodeOf(file),
		edition: parseEdition(english, readWithWarnings(file, warnings, path), storyLabel(file))
	}));
	const wanted = editions.find((e) => e.code === code);
	if (code !== 'en' && !wanted)
		throw problemError(`EDITION=${code}: ${storyLabel(path)} has no edition file for it`);
	return {
		story: wanted ? localizeStory(english, wanted.edition) : english,
		languages: ['en', ...editions.map((e) => e.code)],
		warnings
	};
}
