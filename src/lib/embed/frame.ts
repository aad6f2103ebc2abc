// Whether the story is framed, by whom, and where the host's window falls inside the frame.
// The address a pym.js parent gives its child carries `initialWidth`, `childId`,
// `parentTitle` and `parentUrl` (pym.v1.js, `_constructIframe`); an `amp-iframe` adds
// `amp=1`. Every value is the host's to set, so each is checked and dropped when odd.
import { coveredTop } from './frame-layout';
import type { HostViewport } from './protocol';

export interface Frame {
	/** Whether the page is inside a frame at all (`window.parent !== window`). */
	framed: boolean;
	/**
	 * How the story talks to its host: `pym` when a framed page's address names a pym
	 * child id; `frame` for any other frame (the story's loader, AMP, `iframe.resize`, a
	 * plain iframe: the story cannot tell them apart, and speaks to all of them); null on
	 * its own page.
	 */
	protocol: 'pym' | 'frame' | null;
	/** The id a pym parent knows the story by (its container's id). */
	childId: string | null;
	/** The frame's width when the host made it (pym's `initialWidth`), in CSS pixels. */
	initialWidth: number | null;
	/** The host page's address, as the host says (an http(s) address): for figures, never to visit. */
	parentUrl: string | null;
	/** The host page's title, as the host says: plain text, at most 300 characters. */
	parentTitle: string | null;
	/** Framed by an `amp-iframe` (`amp=1` in the address's query or fragment). */
	amp: boolean;
	/**
	 * How much of the top of the host's window its masthead covers, in CSS pixels, as the
	 * story's address says (`topOffset=64`: for a pym host, whose messages cannot say it).
	 */
	topOffset: number | null;
}

/** An element id as CMSs and pym's auto-init give them (`pym-0-ab12c`, `graphic_1`). */
const CHILD_ID = /^[A-Za-z][\w:.-]{0,127}$/;
const MAX_WIDTH = 100_000;
const MAX_TITLE = 300;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A query parameter's value, or null (a malformed escape is null, not an error). */
function param(query: URLSearchParams, name: string): string | null {
	const value = query.get(name);
	return value === null || value === '' ? null : value;
}

function widthOf(value: string | null): number | null {
	if (value === null || !/^\d{1,6}$/.test(value)) return null;
	const width = Number(value);
	return width > 0 && width <= MAX_WIDTH ? width : null;
}

function offsetOf(value: string | null): number | null {
	return value !== null && /^\d{1,4}$/.test(value) ? Number(value) : null;
}

function addressOf(value: string | null): string | null {
	if (value === null || value.length > 2048) return null;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
	} catch {
		return null;
	}
}

function titleOf(value: string | null): string | null {
	if (value === null) return null;
	// Control characters out, runs of space as one: it is the host's text, shown nowhere as HTML.
	const text = value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
	return text ? [...text].slice(0, MAX_TITLE).join('') : null;
}

/**
 * The story's frame, read from its address (`location.search` and `location.hash`) and
 * whether it is framed at all. Never throws.
 */
export function frameFromLocation(
	location: { search: string; hash: string },
	framed: boolean
): Frame {
	const query = new URLSearchParams(location.search);
	const id = param(query, 'childId');
	const childId = id !== null && CHILD_ID.test(id) ? id : null;
	const amp = query.get('amp') === '1' || /(^|&)amp=1(&|$)/.test(location.hash.replace(/^#/, ''));
	return {
		framed,
		protocol: !framed ? null : childId ? 'pym' : 'frame',
		childId: framed ? childId : null,
		initialWidth: framed ? widthOf(param(query, 'initialWidth')) : null,
		parentUrl: framed ? addressOf(param(query, 'parentUrl')) : null,
		parentTitle: framed ? titleOf(param(query, 'parentTitle')) : null,
		amp: framed && amp,
		topOffset: framed ? offsetOf(param(query, 'topOffset')) : null
	};
}

/** The story on its own page: not framed. */
export const UNFRAMED: Frame = frameFromLocation({ search: '', hash: '' }, false);

/**
 * The host's window, in the frame's own coordinates (CSS pixels from the top of the
 * story's document, which fills the frame: the frame never scrolls itself). `top` is how
 * far down the story the host's window begins (negative while the frame is still below
 * the window's top), `height` the window's height; `visibleTop` and `visibleBottom` clip
 * that to the frame. What the step observer's reading line and the map's sticky pane
 * measure against, framed, instead of the frame's own viewport. The part of the window the
 * host's own bars cover (`viewport.topOffset`, coveredTop) is not the reader's screen: it
 * begins below them.
 */
export function hostWindowInFrame(viewport: HostViewport): {
	top: number;
	height: number;
	width: number;
	visibleTop: number;
	visibleBottom: number;
} {
	const frameHeight = viewport.bottom - viewport.top;
	const covered = coveredTop(viewport.topOffset, viewport.height);
	const top = covered - viewport.top;
	const height = viewport.height - covered;
	return {
		top,
		height,
		width: viewport.width,
		visibleTop: Math.min(Math.max(top, 0), frameHeight),
		visibleBottom: Math.min(Math.max(top + height, 0), frameHeight)
	};
}
