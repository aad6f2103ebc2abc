/**
 * A tour's links: its events have no dates, so a link names a chapter by its id
 * (`#quito-start`), which is also the id of the chapter's step, so the link works without
 * JavaScript too. The dated story's links are in date-links.ts.
 */
import { m } from '$lib/paraglide/messages.js';
import { MAX_FRAGMENT_LENGTH } from './date-links';
import { isHostFragment } from './host-fragments';

/** What a tour's URL fragment asks for. */
export type ChapterRequest =
	/** No fragment, one naming another element of the page (a skip link's target), or a host's (`#amp=1`). */
	| { kind: 'none' }
	/** A chapter, by its place in the story (from 0). */
	| { kind: 'chapter'; index: number }
	/** Anything else: ignored, with a message the reader can read (never the raw text). */
	| { kind: 'invalid'; message: string };

/**
 * Reads a location hash against the tour's chapter ids. Never throws and never returns
 * the raw text for display: a hostile fragment is described, not echoed.
 * @param isPageAnchor whether an id names another element of the page (the browser handles those)
 */
export function parseChapterFragment(
	hash: string,
	chapterIds: readonly string[],
	isPageAnchor: (id: string) => boolean = () => false
): ChapterRequest {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	if (raw === '') return { kind: 'none' };
	if (raw.length > MAX_FRAGMENT_LENGTH)
		return { kind: 'invalid', message: m.notice_link_chapter_too_long() };
	let id: string;
	try {
		id = decodeURIComponent(raw);
	} catch {
		return { kind: 'invalid', message: m.notice_link_chapter_unreadable() };
	}
	const index = chapterIds.indexOf(id);
	if (index >= 0) return { kind: 'chapter', index };
	if (isPageAnchor(id) || isHostFragment(id)) return { kind: 'none' };
	return { kind: 'invalid', message: m.notice_link_not_a_chapter() };
}

/** The fragment for a chapter: its id, as written (ids are lower-case ASCII, `a-z0-9-`). */
export const chapterFragment = (event: { id: string }) => `#${event.id}`;
