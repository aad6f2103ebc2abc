// What the hostile-input suite (tests/import/hostile-*.test.ts) builds its files from: a
// TimelineJS file written to attack, imported as the command does (its bytes decoded
// first), and a copy of the fixture story written into a scratch folder with whatever
// hostile thing sits beside it. Every case failed before its fix (issue 28) and runs in
// well under a second after it.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { decodeInput } from '../../tools/import/decode';
import { importStory, type ImportResult } from '../../tools/import/index';
import { fixtureStory } from '../media/fixture-story';
import { CITIES } from './fixtures';

export type Slide = Record<string, unknown>;

/** A TimelineJS file: a title slide and these events (each dated 2017 unless it says). */
export const timeline = (events: Slide[], title = 'Hostile') =>
	JSON.stringify({
		title: { text: { headline: title, text: 'Invented for the hostile-input tests.' } },
		events: events.map((event) => ({ start_date: { year: 2017 }, ...event }))
	});

/** An event whose text is `text` (HTML), headed `headline`. */
export const slide = (headline: string, text?: string): Slide => ({
	text: { headline, ...(text === undefined ? {} : { text }) }
});

/** A file's bytes imported as `npm run import` would: decoded, then read; nothing beside it. */
export function importBytes(
	fileName: string,
	bytes: Uint8Array | string,
	readLocalFile: Parameters<typeof importStory>[0]['readLocalFile'] = () => null
): ImportResult {
	const decoded = decodeInput(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
	if ('problem' in decoded) return { problems: [`${fileName}: ${decoded.problem}`] };
	return importStory({ fileName, ...decoded, readLocalFile, cities: CITIES });
}

/** The problem lines of a file that must be refused. */
export function refusedLines(result: ImportResult): string[] {
	if (!('problems' in result)) throw new Error('imported, but should have been refused');
	return result.problems;
}

/** The result of a file that must import. */
export function importedOk(result: ImportResult) {
	if ('problems' in result) throw new Error(result.problems.join('\n'));
	return result;
}

/** A scratch folder for this test file, removed after it. */
export function scratchFolder(prefix: string): string {
	const folder = mkdtempSync(join(tmpdir(), `hostile-${prefix}-`));
	afterAll(() => rmSync(folder, { recursive: true, force: true }));
	return folder;
}

/**
 * The fixture story, as a file in a folder of its own under `root` with its media copied
 * beside it, so a test can put a hostile file among them. Returns the story's path.
 */
export function storyFolder(
	root: string,
	name: string,
	edit?: (story: ReturnType<typeof fixtureStory>) => void
) {
	const folder = join(root, name);
	mkdirSync(folder, { recursive: true });
	cpSync(new URL('../../stories/fixtures/media', import.meta.url), join(folder, 'media'), {
		recursive: true
	});
	const story = fixtureStory();
	edit?.(story);
	const path = join(folder, 'story.json');
	writeFileSync(path, JSON.stringify(story, null, '\t'));
	return { folder, path, story };
}
