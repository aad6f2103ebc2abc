// Where a story lists media, and what each item's paths point at: shared by the checks
// (check.ts) and the manifest (manifest.ts), so both read a story the same way.
import { dirname, posix } from 'node:path';
import { readInside, type LocalFile } from './local-file.js';
import { expectedKinds, type MediaCategory } from './sniff.ts';

/** One entry of an event's (or the introduction's) `media` list, as the story file gives it. */
export type MediaItem = {
	/** A file relative to the story file, or an http(s) address the page links to. */
	src: string;
	alt?: string;
	caption?: string;
	credit?: string;
	/** A source id, cited by the paragraphs beside the item. */
	source?: string;
	/** A picture shown before a video plays (relative to the story file). */
	poster?: string;
	/** The English WebVTT track; editions' tracks sit beside it (`x.en.vtt` → `x.ru.vtt`). */
	captions?: string;
	/** The video or sound has no speech, so it needs no captions. */
	noSpeech?: boolean;
};

/** What an item is on the page: a picture, a video or a sound file, or a link card. */
export type ItemKind = MediaCategory | 'remote';

/** One `media` list in the story, and how messages name where it is. */
export type MediaList = {
	/** `events[2] "la-paz-march": ` for an event, '' for the introduction. */
	owner: string;
	/** The list's JSON path within its owner: `media`, or `meta.media`. */
	field: string;
	/** Who the paragraphs beside it are, for messages: "the event's paragraphs". */
	paragraphs: string;
	items: unknown;
	/** Source ids the paragraphs beside the list cite. */
	cited: Set<string>;
};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const citedBy = (paragraphs: unknown) =>
	new Set(
		listOf(paragraphs).flatMap((p) =>
			isRecord(p) ? listOf(p.sources).filter((s) => typeof s === 'string') : []
		)
	);

/** Every `media` list the story has: the introduction's, then each event's. */
export function mediaLists(story: unknown): MediaList[] {
	const root = isRecord(story) ? story : {};
	const meta = isRecord(root.meta) ? root.meta : {};
	const lists: MediaList[] = [];
	if (meta.media !== undefined)
		lists.push({
			owner: '',
			field: 'meta.media',
			paragraphs: "the introduction's paragraphs (meta.intro)",
			items: meta.media,
			cited: citedBy(meta.intro)
		});
	listOf(root.events).forEach((event, e) => {
		if (!isRecord(event) || event.media === undefined) return;
		const id = typeof event.id === 'string' && event.id ? ` "${event.id}"` : '';
		lists.push({
			owner: `events[${e}]${id}: `,
			field: 'media',
			paragraphs: "the event's paragraphs",
			items: event.media,
			cited: citedBy(event.body)
		});
	});
	return lists;
}

/** Every well-formed item in the story (an object with a text `src`), for the manifest. */
export const mediaItems = (story: unknown): MediaItem[] =>
	mediaLists(story).flatMap((list) =>
		listOf(list.items).filter(
			(item): item is MediaItem => isRecord(item) && typeof item.src === 'string'
		)
	);

/** A path from the story file, read as the build reads it. */
export type PathReading =
	| { kind: 'remote'; href: string; secure: boolean }
	| { kind: 'local'; path: string }
	| { kind: 'bad'; reason: string };

/**
 * Where a `src`, `poster` or `captions` value points: an address, a file under the story's
 * folder (normalised, as `readFile` is given it), or nowhere the build may read from.
 */
export function readPath(value: string): PathReading {
	if (/^https?:\/\//i.test(value)) {
		try {
			const url = new URL(value);
			return { kind: 'remote', href: url.href, secure: url.protocol === 'https:' };
		} catch {
			return { kind: 'bad', reason: 'is not a valid address' };
		}
	}
	if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:[\\/]/i.test(value)) {
		const scheme = value.slice(0, value.indexOf(':') + 1).toLowerCase();
		return {
			kind: 'bad',
			reason: `is a ${scheme} address: give a file relative to the story file, or an https:// address`
		};
	}
	if (value.startsWith('/') || value.startsWith('\\') || /^[a-z]:[\\/]/i.test(value))
		return { kind: 'bad', reason: 'is an absolute path: give it relative to the story file' };
	if (value.includes('\\'))
		return { kind: 'bad', reason: 'uses "\\" between folders: use "/", which every system reads' };
	const path = posix.normalize(value);
	if (path === '..' || path.startsWith('../'))
		return {
			kind: 'bad',
			reason: "leaves the story's folder: keep media beside the story file, or in a folder under it"
		};
	return { kind: 'local', path };
}

/** What the item shows as, from its `src`; null for a file the page cannot show. */
export function itemKind(src: string): ItemKind | null {
	const reading = readPath(src);
	if (reading.kind === 'remote') return 'remote';
	const expected = expectedKinds(src);
	return expected && expected.category !== 'captions' ? expected.category : null;
}

/** The language a caption track is in, from its name (`x.ru.vtt`); English without one. */
export const trackLanguage = (path: string): string =>
	/\.([a-z]{2})\.vtt$/i.exec(path)?.[1]?.toLowerCase() ?? 'en';

/** An edition's own caption track beside the English one: `x.en.vtt` (or `x.vtt`) → `x.ru.vtt`. */
export const editionTrack = (captions: string, code: string): string =>
	/\.[a-z]{2}\.vtt$/i.test(captions)
		? captions.replace(/\.[a-z]{2}\.vtt$/i, `.${code}.vtt`)
		: captions.replace(/\.vtt$/i, `.${code}.vtt`);

/**
 * Reads files beside a story file, as `readFile` wants them: null when one is missing,
 * and a refusal for anything but a regular file inside the story's folder (local-file.js).
 */
export const filesBeside =
	(storyFile: string) =>
	(relPath: string): LocalFile =>
		readInside(dirname(storyFile), relPath, "the story's folder");
