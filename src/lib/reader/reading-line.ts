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

/** Where the reading line sits, in pixels from the top of the viewport (`mapBottom`: null without a map). */
export function readingLine(viewportHeight: number, mapBottom: number | null): number {
	if (mapBottom === null) return Math.round(viewportHeight * READING_LINE.alone);
	if (mapBottom >= viewportHeight * 0.8) return Math.round(viewportHeight * READING_LINE.beside);
	return Math.round(mapBottom + (viewportHeight - mapBottom) * READING_LINE.below);
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
