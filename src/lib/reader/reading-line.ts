/**
 * The reading line: where on the screen a step becomes the one being read. Defined here
 * only: the page's CSS takes it as `--reading-line` (hooks.server.ts), its scripts and
 * the tests from these constants.
 */
export const READING_LINE = {
	/** Beside a full-height map: this share of the viewport's height, a little below the middle. */
	beside: 0.55,
	/** Under a map stacked at the top of a phone's screen: this share of the text below it. */
	below: 0.33,
	/**
	 * With no map at all (a story without places): this share of the viewport's height,
	 * high, so steps stand closer (they stand less than its distance below the bar apart).
	 */
	alone: 0.3
} as const;

/** The story's map as the reading line depends on it. */
export interface MapPlacing {
	/** Whether the layout stacks it above the text (layout.js's portrait-phone screen, as the CSS does). */
	stacked: boolean;
	/** Its bottom edge, in pixels from the top of the viewport. */
	bottom: number;
}

/**
 * Where the reading line sits, in pixels from the top of the viewport (`map`: null without
 * one). Which of the three lines applies is the layout's decision, taken once (layout.js's
 * screens, which the CSS also follows), never guessed again from the map's size.
 */
export function readingLine(viewportHeight: number, map: MapPlacing | null): number {
	if (map === null) return Math.round(viewportHeight * READING_LINE.alone);
	if (!map.stacked) return Math.round(viewportHeight * READING_LINE.beside);
	return Math.round(map.bottom + (viewportHeight - map.bottom) * READING_LINE.below);
}

/**
 * The last step whose top has crossed the reading line, or -1 while none has (the
 * reader is still in the introduction). From the steps' positions alone, never from a
 * history of enter/exit events, so fast scrolls and jumps always end on the right step.
 * Steps stack down the page, so their tops rise with their order: a binary search reads
 * about log2(n) of them (10 of a 1,000-step story's), not every one, on each scroll.
 *
 * @param count how many steps there are
 * @param topOf a step's top edge, in viewport pixels, by its index in document order
 * @param line the reading line, in viewport pixels from the top
 */
export function lastCrossedStep(
	count: number,
	topOf: (index: number) => number,
	line: number
): number {
	// The first step still below the line; the one before it is the crossed one.
	let [low, high] = [0, count];
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (topOf(middle) <= line) low = middle + 1;
		else high = middle;
	}
	return low - 1;
}
