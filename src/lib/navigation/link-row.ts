// A row of links to places in the story (the timeline's marks, a tour's chapters): one
// tab stop, arrows between them, and a plain click that the page turns into a jump.

/**
 * Arrow keys, Home and End: which link a key moves to, or undefined for another key.
 * The row runs the way the text does: right to left in Arabic.
 */
export function rovingTarget(
	key: string,
	current: number,
	count: number,
	rtl: boolean
): number | undefined {
	const last = count - 1;
	const [back, forward] = rtl ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
	if (key === back) return Math.max(0, current - 1);
	if (key === forward) return Math.min(last, current + 1);
	if (key === 'Home') return 0;
	if (key === 'End') return last;
	return undefined;
}

/** A plain click (not one that opens a new tab or window, which the browser does itself). */
export const isPlainClick = (event: MouseEvent) =>
	event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * A key pressed in the row (`currentTarget`, holding the links): moves focus to the link
 * it leads to and returns that link's index, or undefined for any other key. The links
 * are read from the row when the key is pressed: nothing to keep in sync.
 */
export function moveAlongRow(event: KeyboardEvent): number | undefined {
	const row = event.currentTarget as HTMLElement;
	const links = [...row.querySelectorAll('a')];
	const current = links.indexOf(event.target as HTMLAnchorElement);
	if (current < 0) return undefined;
	const rtl = getComputedStyle(row).direction === 'rtl';
	const next = rovingTarget(event.key, current, links.length, rtl);
	if (next === undefined) return undefined;
	event.preventDefault();
	links[next]?.focus();
	return next;
}
