// The checks a change goes through, on the server, at every change: the build's own (the
// story schema and the checks across the file, the media's bytes, each edition against the
// story) and the newsroom's quotation rule the journalism tests hold the built-in story to.
// Each problem names its field by path, so the form marks the field itself. A blocking
// problem keeps the change out of the story file (it waits in the draft); a warning does not.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { storyIssues } from '../../tools/story/problems.ts';
import { validateEdition } from '../../tools/story/edition-schema.ts';
import { isQuotedFrom, quotationsIn, sentencesQuoting } from '../../tools/story/quotations.ts';
import { checkMedia } from '../../tools/media/check.ts';
import { readPath } from '../../tools/media/items.ts';
import { plainText } from '../../src/lib/text/rich-text.ts';
import type { Story } from '../../src/lib/story/types.ts';
import type { Problem } from '../shared/api.ts';
import type { Key } from '../shared/paths.ts';

export type { Problem };

type Doc = Record<string, unknown>;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Doc =>
	typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Doc) : {};

/** Reads files beside the story, remembering them until they change (checks run per keystroke). */
export function filesNear(storyFile: string) {
	const cache = new Map<string, { mtimeMs: number; bytes: Uint8Array | null }>();
	const read = (relPath: string, whole: boolean): Uint8Array | null => {
		const reading = readPath(relPath);
		if (reading.kind !== 'local') return null;
		const file = join(dirname(storyFile), reading.path);
		let mtimeMs: number;
		try {
			mtimeMs = statSync(file).mtimeMs;
		} catch {
			return null;
		}
		const key = `${whole ? 'whole' : 'head'} ${file}`;
		const known = cache.get(key);
		if (known?.mtimeMs === mtimeMs) return known.bytes;
		let bytes: Uint8Array | null;
		try {
			const all = readFileSync(file);
			// The first 64 KB tell what a file is; only text (tracks, archives) is read whole.
			bytes = new Uint8Array(whole ? all : all.subarray(0, 65536));
		} catch {
			bytes = null;
		}
		cache.set(key, { mtimeMs, bytes });
		return bytes;
	};
	return {
		media: (relPath: string) => read(relPath, /\.vtt$/i.test(relPath)),
		size: (relPath: string) => {
			const reading = readPath(relPath);
			if (reading.kind !== 'local') return null;
			try {
				return statSync(join(dirname(storyFile), reading.path)).size;
			} catch {
				return null;
			}
		},
		text: (relPath: string) => {
			const bytes = read(relPath, true);
			return bytes && new TextDecoder().decode(bytes);
		}
	};
}
export type Files = ReturnType<typeof filesNear>;

/** `events[2] "id": media[0].alt is missing…` (checkMedia's line, less the file) as a path. */
function mediaPath(line: string): { path: Key[]; message: string } | undefined {
	const match =
		/^: (?:events\[(\d+)\](?: "[^"]*")?: )?((?:meta\.)?media)\[(\d+)\](?:\.(\w+))? (.*)$/s.exec(
			line
		);
	if (!match) return undefined;
	const [, event, , item, key, message] = match;
	const owner: Key[] = event === undefined ? ['meta'] : ['events', Number(event)];
	return {
		path: [...owner, 'media', Number(item), ...(key ? [key] : [])],
		message: message!
	};
}

/** The journalism rules for one paragraph: quotations word for word, quoted people named. */
function paragraphRules(paragraph: Doc, at: Key[], story: Doc, files: Files): Problem[] {
	if (typeof paragraph.text !== 'string') return [];
	const problems: Problem[] = [];
	const text = plainText(paragraph.text);
	const sources = list(paragraph.sources).flatMap((id) => {
		const source = list(story.sources)
			.map(record)
			.find((s) => s.id === id);
		return source ? [source] : [];
	});
	const archives = sources.flatMap((source) => {
		const words = typeof source.archive === 'string' ? files.text(source.archive) : null;
		return words === null ? [] : [{ file: String(source.archive), words }];
	});
	for (const quotation of quotationsIn(text)) {
		if (archives.length === 0)
			problems.push({
				path: [...at, 'text'],
				message: `quotes “${quotation}”, but none of its sources has an archived text to check it against: paraphrase it, or cite a source whose text is held`,
				blocking: false
			});
		else if (!archives.some(({ words }) => isQuotedFrom(quotation, words)))
			problems.push({
				path: [...at, 'text'],
				message: `quotes “${quotation}”, which is not word for word in ${archives.map((a) => a.file).join(' or ')}`,
				blocking: true
			});
	}
	const names = sources.flatMap((s) => [...list(s.citedAs), ...list(s.speakers)].map(String));
	for (const sentence of sentencesQuoting(text))
		if (!names.some((name) => sentence.includes(name)))
			problems.push({
				path: [...at, 'text'],
				message: `names no one for its quotation (a source's "cited as" name or a speaker): ${sentence}`,
				blocking: false
			});
	return problems;
}

/** Every problem in the story as the editor holds it. */
export function checkStory(story: unknown, files: Files): Problem[] {
	const problems: Problem[] = storyIssues(story).map((issue) => ({
		path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
		message: issue.message,
		blocking: true
	}));
	const media = checkMedia(story, {
		storyLabel: '',
		readFile: files.media,
		sizeOf: files.size
	});
	for (const [lines, blocking] of [
		[media.problems, true],
		[media.warnings, false]
	] as const)
		for (const line of lines) {
			const found = mediaPath(line);
			problems.push({ path: found?.path ?? [], message: found?.message ?? line, blocking });
		}
	const root = record(story);
	list(record(root.meta).intro).forEach((p, i) =>
		problems.push(...paragraphRules(record(p), ['meta', 'intro', i], root, files))
	);
	list(root.events).forEach((event, e) =>
		list(record(event).body).forEach((p, i) =>
			problems.push(...paragraphRules(record(p), ['events', e, 'body', i], root, files))
		)
	);
	return problems;
}

/** `events["x"].body[2]` (an edition problem's path, as the build words it) as keys. */
export function editionPath(text: string): Key[] {
	const keys: Key[] = [];
	for (const match of text.matchAll(/\["((?:[^"\\]|\\.)*)"\]|\[(\d+)\]|([^.[\]]+)/g))
		keys.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : match[3]!));
	return keys;
}

/**
 * An edition's problems against the story: missing translations (and the notes a translated
 * quotation owes) are work to do, which the build reports too; anything else (an empty text,
 * a translation of what the story no longer has) is blocking.
 */
export function checkEdition(story: Story, edition: unknown): Problem[] {
	return validateEdition(story, edition, 'edition').map((line) => {
		const rest = line.replace(/^edition: edition [^:]*: /, '');
		const match = /^((?:\["(?:[^"\\]|\\.)*"\]|\[\d+\]|\.?[A-Za-z$_][\w$]*)+) (.*)$/s.exec(rest);
		const [where, message] = match && match[1] !== 'the' ? [match[1]!, match[2]!] : ['', rest];
		return {
			path: editionPath(where),
			message: message.replace(/^file /, ''),
			blocking: !(message === 'is missing' || message.startsWith('must say'))
		};
	});
}
