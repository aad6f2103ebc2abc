// The attributes a story's media need on the page, from their entries
// (tools/media/page-data.ts): which picture file fits which screen, and how big a box to
// keep for it. Pure: the components pass how a file's name becomes a URL.
import { CARD_PADDING, MEDIA_HEIGHT_SVH, SCREENS, TEXT_COLUMN } from '$lib/layout.js';
import type { MediaItem, PageFile, PagePicture, ShownItem } from './types';

/** A file name (from the site's root) as an address the page can use. */
export type FileUrl = (file: string) => string;

/** The items that have an entry, each with it: the rest the page cannot show. */
export const shownItems = (items: readonly MediaItem[] | undefined): ShownItem[] =>
	(items ?? []).filter((item): item is ShownItem => 'entry' in item && Boolean(item.entry));

/** Width over height, to four places: a box's `aspect-ratio`, and the cap on its width. */
export const ratioOf = (entry: { width: number; height: number }) =>
	Math.round((entry.width / entry.height) * 1e4) / 1e4;

/** A `srcset`: every file with its width. */
export const srcsetOf = (files: readonly PageFile[], url: FileUrl) =>
	files.map(({ file, width }) => `${url(file)} ${width}w`).join(', ');

/** The `src` for a browser without `srcset`: the file nearest a phone's width. */
export const fallbackOf = (files: readonly PageFile[]) =>
	[...files].sort((a, b) => Math.abs(a.width - 640) - Math.abs(b.width - 640))[0]?.file ?? '';

/**
 * How wide a picture is shown in a step, for `sizes`: the width of a card's text (the text
 * column less the cards' padding: src/lib/layout.js; a portrait phone's column is the
 * screen's width less its own padding), and no wider than the picture is at the media's
 * height, so a phone never fetches a desktop's file.
 */
export function sizesOf(entry: { width: number; height: number }): string {
	const byHeight = `calc(${MEDIA_HEIGHT_SVH}vh * ${ratioOf(entry)})`;
	const phone = `calc(100vw - 2 * ${TEXT_COLUMN.phonePadding} - 2 * ${CARD_PADDING.phone})`;
	const beside = `calc(${TEXT_COLUMN.width} - 2 * ${CARD_PADDING.beside})`;
	return `${SCREENS['portrait-phone']} min(${phone}, ${byHeight}), min(${beside}, ${byHeight})`;
}

/** How wide a picture opened larger is shown: the screen, less a margin, to 90% of its height. */
export const largeSizesOf = (entry: { width: number; height: number }) =>
	`min(calc(100vw - 2rem), calc(85vh * ${ratioOf(entry)}), ${entry.width}px)`;

/**
 * A media item's id in the page (its dialog's): unique, and never one of the story's ids,
 * which are slugs without `_` (`owner` is the event's id, or '' for the introduction).
 */
export const mediaId = (owner: string, index: number) => `media_${owner}_${index}`;

/** The placeholder a picture's box shows while it loads: its colour and a blurred copy. */
export function placeholderOf(entry: PagePicture): string | undefined {
	// A picture with see-through parts would keep the placeholder behind them for good.
	if (entry.fallbackType === 'image/png') return undefined;
	return `${entry.color} url("${entry.preview}") center / cover no-repeat`;
}

/** What a picture is given to load: at once and first for the lead, else when near. */
export const loadingOf = (entry: PagePicture) =>
	entry.lead
		? ({ loading: 'eager', fetchpriority: 'high' } as const)
		: ({ loading: 'lazy', fetchpriority: 'auto' } as const);
