/**
 * The last step whose top has crossed the reading line, or -1 while none has (the
 * reader is still in the introduction). From the steps' positions alone, never from a
 * history of enter/exit events, so fast scrolls and jumps always end on the right step.
 *
 * @param tops each step's top edge, in viewport pixels, in document order
 * @param line the reading line, in viewport pixels from the top
 */
export function crossedStepIndex(tops: readonly number[], line: number): number {
	let crossed = -1;
	tops.forEach((top, i) => {
		if (top <= line) crossed = i;
	});
	return crossed;
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
