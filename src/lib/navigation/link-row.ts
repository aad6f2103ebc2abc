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
