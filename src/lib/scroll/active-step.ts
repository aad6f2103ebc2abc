/**
 * The last step whose top has crossed the reading line, or -1 while none has
 * (the reader is still in the introduction).
 */
export function crossedStepIndex(tops: readonly number[], line: number): number {
	let crossed = -1;
	tops.forEach((top, i) => {
		if (top <= line) crossed = i;
	});
	return crossed;
}

/**
 * Which step is active, from the steps' positions alone (never from a history of
 * enter/exit events), so fast scrolls and jumps always end on the right step.
 *
 * @param tops each step's top edge, in viewport pixels, in document order
 * @param line the reading line, in viewport pixels from the top
 * @returns the index of the last step whose top has crossed the line; the first
 *   step while none has (the reader is still in the introduction)
 */
export function activeStepIndex(tops: readonly number[], line: number): number {
	return Math.max(0, crossedStepIndex(tops, line));
}

/**
 * Where the reading line sits, in pixels from the top of the viewport. Beside a
 * full-height map it is a little below the middle; under a map stacked at the top of
 * a phone's screen it is a third of the way down the text that shows below the map.
 */
export function readingLine(viewportHeight: number, mapBottom: number): number {
	if (mapBottom >= viewportHeight * 0.8) return Math.round(viewportHeight * 0.55);
	return Math.round(mapBottom + (viewportHeight - mapBottom) * 0.33);
}
