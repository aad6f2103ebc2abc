import { describe, expect, it } from 'vitest';
import { lastCrossedStep, READING_LINE, readingLine } from '$lib/reader/reading-line';

const crossed = (tops: number[], line: number) =>
	lastCrossedStep(tops.length, (i) => tops[i]!, line);

describe('lastCrossedStep', () => {
	const line = 440;

	it('is -1 while the reader is still above every step', () => {
		expect(crossed([900, 1800, 2700], line)).toBe(-1);
	});

	it('is the step whose top has crossed the reading line', () => {
		expect(crossed([-300, 430, 1300], line)).toBe(1);
	});

	it('stays on a step while the line is in the gap after it', () => {
		expect(crossed([-900, -100, 600], line)).toBe(1);
	});

	it('lands on the right step after a jump over many steps', () => {
		const tops = Array.from({ length: 9 }, (_, i) => -5000 + i * 700);
		// Step 7 starts at -100 and step 8 at 600: the line at 440 is inside step 7.
		expect(crossed(tops, line)).toBe(7);
	});

	it('is the last step at the end of the story', () => {
		expect(crossed([-3000, -2000, -1000], line)).toBe(2);
	});

	it('counts a top exactly on the line as crossed', () => {
		expect(crossed([0, line], line)).toBe(1);
	});

	it('measures a few steps of a long story, not all of them', () => {
		const tops = Array.from({ length: 1000 }, (_, i) => -300_000 + i * 400);
		const read: number[] = [];
		const index = lastCrossedStep(tops.length, (i) => (read.push(i), tops[i]!), line);
		// Step 750 starts at 0 and step 751 at 400: the line at 440 is inside step 751.
		expect(index).toBe(751);
		expect(read.length).toBeLessThanOrEqual(11);
		expect(lastCrossedStep(0, () => 0, line)).toBe(-1);
	});
});

describe('readingLine', () => {
	it('puts the line a little below the middle beside a full-height map', () => {
		expect(readingLine(800, { stacked: false, bottom: 800 })).toBe(440);
	});

	it('takes the layout’s word for where the map is, not the map’s size', () => {
		// A map beside the text that does not reach the bottom (a host's short frame) keeps the line beside it.
		expect(readingLine(800, { stacked: false, bottom: 500 })).toBe(440);
		// A stacked map as tall as most of the screen still puts the line in the text below it.
		expect(readingLine(800, { stacked: true, bottom: 700 })).toBe(
			Math.round(700 + 100 * READING_LINE.below)
		);
	});

	it('puts the line higher in a story without a map, where a reader of text alone reads', () => {
		expect(readingLine(800, null)).toBe(Math.round(800 * READING_LINE.alone));
		expect(readingLine(800, null)).toBeLessThan(readingLine(800, { stacked: false, bottom: 800 }));
	});

	it('puts the line in the text below a map stacked on a phone’s screen', () => {
		const line = readingLine(844, { stacked: true, bottom: 420 });
		expect(line).toBeGreaterThan(420);
		expect(line).toBe(Math.round(420 + 424 * READING_LINE.below));
	});
});
