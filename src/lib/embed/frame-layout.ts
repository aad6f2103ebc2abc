// Where the framed page's sticky parts sit while the host scrolls it. Inside a frame grown
// to the story's height nothing scrolls, so `position: sticky` never sticks: the page
// places its bar and its map itself, from the host's window (hostWindowInFrame), as
// sticky would within a scrolling page. Pure: measurements in, pixels out.

/**
 * At most this share of the host's window may be covered by its own bars: a measure beyond
 * it is not a masthead (a fixed sidebar, an overlay) and the story keeps most of the screen.
 */
export const MAX_COVERED_SHARE = 0.5;

/**
 * How much of the top of the host's window the host's own fixed or sticky bars cover (its
 * masthead), as the story takes it: whole pixels, from 0 to half the window's height. The
 * loader measures it, or the embed code says it (`data-top-offset`); a pym host says it in
 * the story's address (`topOffset`). Anything odd counts as nothing covered.
 */
export function coveredTop(topOffset: number | null | undefined, windowHeight: number): number {
	if (typeof topOffset !== 'number' || !Number.isFinite(topOffset)) return 0;
	if (!Number.isFinite(windowHeight) || windowHeight <= 0) return 0;
	return Math.round(Math.min(Math.max(topOffset, 0), windowHeight * MAX_COVERED_SHARE));
}

/** What a sticky element's place depends on, in the frame's CSS pixels from its top. */
export interface StickyBox {
	/** Where the layout puts the element's top, unshifted. */
	naturalTop: number;
	/** Its height. */
	height: number;
	/** How far below the top of the reader's screen it sticks (CSS `top`). */
	stickAt: number;
	/** The bottom of the box it may not leave (its containing block's). */
	containerBottom: number;
}

/**
 * How far below its natural place a sticky element stands when the reader's screen
 * begins `screenTop` pixels down the frame (negative while the frame's top is still below
 * the screen's): never above its natural place, never out of its container.
 */
export function stickyShift(screenTop: number, box: StickyBox): number {
	const stuck = screenTop + box.stickAt - box.naturalTop;
	const room = box.containerBottom - box.naturalTop - box.height;
	return Math.round(Math.max(0, Math.min(stuck, room)));
}

/**
 * The story's own page at the reader's date or chapter: the frame's address without
 * what a host adds to its query (pym's childId, parentUrl…), with the step's fragment.
 */
export function fullStoryAddress(href: string, fragment: string): string {
	const url = new URL(href);
	url.search = '';
	url.hash = /^#[\w-]{1,128}$/.test(fragment) ? fragment : '';
	return url.href;
}
