// What the page is given for each media item (the build makes it: tools/media/page-data.ts):
// the item as the story file has it, with its files cut down to what the markup needs.
import type { StoryEvent } from '$lib/story/types';

/** An item as the story file lists it. */
export type MediaItem = NonNullable<StoryEvent['media']>[number];

/** One file of a `srcset`: where it is (from the site's root) and how wide. */
export type PageFile = { file: string; width: number };

export type PagePicture = {
	kind: 'picture';
	/** The original's size: the `width`/`height` that reserve its box. */
	width: number;
	height: number;
	/** `#rrggbb` and a blurred `data:` URI, shown while it loads. */
	color: string;
	preview: string;
	/** Narrowest first. */
	avif: PageFile[];
	webp: PageFile[];
	fallback: PageFile[];
	fallbackType: 'image/jpeg' | 'image/png';
	/** One rendition about a phone's width: a video's poster, and what the offline copy keeps. */
	still: string;
	/** The first screen's picture: fetched at once and first (the largest paint). */
	lead?: true;
};

/** A caption track: `<track kind="captions" srclang={lang} label={label}>`. */
export type PageTrack = { file: string; lang: string; label: string };

export type PageVideo = {
	kind: 'video';
	file: string;
	type: string;
	poster: PagePicture | null;
	/** This edition's track first. */
	tracks: PageTrack[];
};

export type PageSound = {
	kind: 'sound';
	file: string;
	type: string;
	tracks: PageTrack[];
	/** The words of this edition's track (else the English one), one entry a cue. */
	transcript: string[];
};

/** A link card: the page never loads anything from it. */
export type PageRemote = {
	kind: 'remote';
	href: string;
	service: string;
	address: string;
	/** A picture of our own on the card (a video's thumbnail brought home at import). */
	poster: PagePicture | null;
};

export type PageMediaEntry = PagePicture | PageVideo | PageSound | PageRemote;

/** An item as the page receives it: the story file's fields and its entry. */
export type ShownItem = MediaItem & { entry: PageMediaEntry };
