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
	let active = 0;
	tops.forEach((top, i) => {
		if (top <= line) active = i;
	});
	return active;
}

/** Where the reading line sits, as a share of the viewport's height. */
export const READING_LINE = 0.55;
