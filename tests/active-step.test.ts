import { describe, expect, it } from 'vitest';
import { activeStepIndex } from '$lib/scroll/active-step';

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
