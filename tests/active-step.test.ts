import { describe, expect, it } from 'vitest';
import { activeStepIndex, crossedStepIndex, readingLine } from '$lib/scroll/active-step';

describe('activeStepIndex', () => {
	const line = 440;

	it('is the first step while the reader is still above every step', () => {
		expect(activeStepIndex([900, 1800, 2700], line)).toBe(0);
	});

	it('is the step whose top has crossed the reading line', () => {
		expect(activeStepIndex([-300, 430, 1300], line)).toBe(1);
	});

	it('stays on a step while the line is in the gap after it', () => {
		expect(activeStepIndex([-900, -100, 600], line)).toBe(1);
	});

	it('lands on the right step after a jump over many steps', () => {
		const tops = Array.from({ length: 9 }, (_, i) => -5000 + i * 700);
		// Step 7 starts at -100 and step 8 at 600: the line at 440 is inside step 7.
		expect(activeStepIndex(tops, line)).toBe(7);
	});

	it('is the last step at the end of the story', () => {
		expect(activeStepIndex([-3000, -2000, -1000], line)).toBe(2);
	});

	it('counts a top exactly on the line as crossed', () => {
		expect(activeStepIndex([0, line], line)).toBe(1);
	});
});

describe('crossedStepIndex and readingLine', () => {
	it('is -1 while no step has reached the line', () => {
		expect(crossedStepIndex([900, 1800], 440)).toBe(-1);
		expect(crossedStepIndex([100, 1800], 440)).toBe(0);
	});

	it('puts the line a little below the middle beside a full-height map', () => {
		expect(readingLine(800, 800)).toBe(440);
	});

	it('puts the line in the text below a map stacked on a phone’s screen', () => {
		const line = readingLine(844, 420);
		expect(line).toBeGreaterThan(420);
		expect(line).toBe(Math.round(420 + 424 * 0.33));
	});
});
