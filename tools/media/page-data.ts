// What the page is given for each media item: the item as the story file has it, with its
// manifest entry cut down to what the markup needs (files and widths, no byte counts), in
// the edition's language (its caption track first, its transcript). Pure: the story plugin
// (tools/story/vite-plugin.ts) runs it; the page imports only its types.
import { editionInfo } from '../editions.js';
import type { MediaEntry, MediaManifest, PictureEntry, TrackEntry } from './manifest.ts';
import { transcriptOf } from './vtt.ts';
import type { Story, StoryEvent } from '../../src/lib/story/types';
import type {
	MediaItem,
	PageFile,
	PageMediaEntry,
	PagePicture,
	PageTrack,
	ShownItem
} from '../../src/lib/media/types.ts';

// What the page is given is the page's to define (src/lib/media/types.ts).
export type {
	PageFile,
	PageMediaEntry,
	PagePicture,
	PageRemote,
	PageSound,
	PageTrack,
	PageVideo,
	ShownItem
} from '../../src/lib/media/types.ts';

const files = (list: { file: string; width: number }[]): PageFile[] =>
	list.map(({ file, width }) => ({ file, width }));

function pagePicture(entry: PictureEntry): PagePicture {
	const { width, height, color, preview, sources, fallbackType, offline } = entry;
	return {
		kind: 'picture',
		width,
		height,
		color,
		preview,
		avif: files(sources.avif),
		webp: files(sources.webp),
		fallback: files(sources.fallback),
		fallbackType,
		still: offline.file
	};
}

/** An address as a card prints it: host and path, without the scheme or `www.`. */
export function shortAddress(href: string): string {
	try {
		const url = new URL(href);
		const rest = `${url.pathname === '/' ? '' : url.pathname}${url.search}`;
		const address = `${url.hostname.replace(/^www\./, '')}${rest}`;
		return address.length > 60 ? `${address.slice(0, 59)}…` : address;
	} catch {
		return href;
	}
}

export type PageEntryOptions = {
	/** The edition's language code: its track comes first, and its transcript. */
	edition: string;
	/** A written file's bytes by its name (the manifest's `files`), for transcripts. */
	fileBytes: (fileName: string) => Uint8Array | undefined;
};

/** This edition's track first, then the others in the manifest's order (English first). */
function pageTracks(tracks: TrackEntry[], edition: string): PageTrack[] {
	const ordered = [
		...tracks.filter((t) => t.lang === edition),
		...tracks.filter((t) => t.lang !== edition)
	];
	return ordered.map(({ file, lang }) => ({ file, lang, label: editionInfo(lang).name }));
}

/** A manifest entry as the page needs it, in one edition. */
export function pageEntry(entry: MediaEntry, options: PageEntryOptions): PageMediaEntry {
	switch (entry.kind) {
		case 'picture':
			return pagePicture(entry);
		case 'video':
			return {
				kind: 'video',
				file: entry.file,
				type: entry.type,
				poster: entry.poster && pagePicture(entry.poster),
				tracks: pageTracks(entry.tracks, options.edition)
			};
		case 'sound': {
			const tracks = pageTracks(entry.tracks, options.edition);
			const words = tracks[0] && options.fileBytes(tracks[0].file);
			return {
				kind: 'sound',
				file: entry.file,
				type: entry.type,
				tracks,
				transcript: words ? transcriptOf(new TextDecoder().decode(words)) : []
			};
		}
		case 'remote':
			return {
				...entry,
				address: shortAddress(entry.href),
				poster: entry.poster && pagePicture(entry.poster)
			};
	}
}

/**
 * The story with every media item's entry beside it, and the first screen's picture
 * marked as the lead: the introduction's first picture, else the first step's.
 * Items the manifest lacks are left without one (the page shows none of them).
 */
export function withMedia(story: Story, manifest: MediaManifest, options: PageEntryOptions): Story {
	const entries = new Map<string, PageMediaEntry>();
	const entryOf = (src: string) => {
		if (!entries.has(src) && manifest.items[src])
			entries.set(src, pageEntry(manifest.items[src], options));
		return entries.get(src);
	};
	let leadFound = false;
	const attach = (items: MediaItem[] | undefined, mayLead: boolean) =>
		items?.map((item): MediaItem => {
			let entry = entryOf(item.src);
			if (!entry) return item;
			if (mayLead && !leadFound && entry.kind === 'picture') {
				leadFound = true;
				entry = { ...entry, lead: true };
			}
			return { ...item, entry } as ShownItem;
		});
	const media = attach(story.meta.media, true);
	const events = story.events.map((event, i) =>
		event.media ? { ...event, media: attach(event.media, i === 0)! } : event
	);
	return { ...story, meta: media ? { ...story.meta, media } : story.meta, events };
}

/**
 * What the browser's start-up script carries of the story's media: nothing. The first
 * screens' steps and the introduction's media are written into the HTML by the server
 * and never rendered in the browser (src/lib/server/static-parts.ts), so their entries
 * would only lengthen the script; a long story's later events keep theirs.
 */
export function withoutMedia<Head extends { meta: Story['meta']; events: StoryEvent[] }>(
	head: Head
): Head {
	const without = <T extends { media?: unknown }>(owner: T): T => {
		const copy = { ...owner };
		delete copy.media;
		return copy;
	};
	return { ...head, meta: without(head.meta), events: head.events.map(without) };
}
