import { describe, expect, it } from 'vitest';
import { coveredTop, fullStoryAddress, stickyShift } from '../../src/lib/embed/frame-layout';
import { hostWindowInFrame } from '../../src/lib/embed/frame';

// A map 600 px tall that sticks 76 px below the screen's top, laid out 76 px down a main
// box ending at 5,000 px.
const map = { naturalTop: 76, height: 600, stickAt: 76, containerBottom: 5000 };

describe('stickyShift', () => {
	it('leaves the element in place while the frame is below the top of the screen', () => {
		expect(stickyShift(-300, map)).toBe(0);
		expect(stickyShift(0, map)).toBe(0);
	});

	it('follows the screen once it has scrolled past, as sticky does', () => {
		expect(stickyShift(1000, map)).toBe(1000);
		expect(stickyShift(1234.6, map)).toBe(1235);
	});

	it('stops at the bottom of its container', () => {
		expect(stickyShift(4800, map)).toBe(5000 - 76 - 600);
		expect(stickyShift(90_000, map)).toBe(4324);
	});

	it('sticks at its offset: a bar at the top of the page sticks at 0', () => {
		const bar = { naturalTop: 0, height: 76, stickAt: 0, containerBottom: 5000 };
		expect(stickyShift(500, bar)).toBe(500);
	});
});

describe('fullStoryAddress', () => {
	it("drops the host's query and keeps the step's fragment", () => {
		expect(
			fullStoryAddress(
				'http://127.0.0.1:5000/ru/?initialWidth=390&childId=pym-0&parentUrl=x#2017-01-02',
				'#2017-01-18'
			)
		).toBe('http://127.0.0.1:5000/ru/#2017-01-18');
	});

	it('opens the top of the story for no fragment or an odd one', () => {
		expect(fullStoryAddress('https://example.org/s/?amp=1#amp=1', '')).toBe(
			'https://example.org/s/'
		);
		expect(fullStoryAddress('https://example.org/s/', '#a b')).toBe('https://example.org/s/');
	});
});

describe('coveredTop', () => {
	it('takes the masthead’s height in whole pixels', () => {
		expect(coveredTop(60, 844)).toBe(60);
		expect(coveredTop(63.6, 800)).toBe(64);
		expect(coveredTop(0, 800)).toBe(0);
	});

	it('leaves the reader at least half the window, and counts nothing odd', () => {
		expect(coveredTop(700, 844)).toBe(422);
		for (const odd of [undefined, null, -20, Number.NaN, Infinity, -Infinity])
			expect(coveredTop(odd, 844)).toBe(0);
		expect(coveredTop(60, 0)).toBe(0);
		expect(coveredTop(60, Number.NaN)).toBe(0);
	});
});

describe('hostWindowInFrame, under a masthead', () => {
	it('begins the reader’s screen below the host’s masthead', () => {
		// A 60 px sticky masthead: the reader sees 1,260 to 2,044 of the story, 784 px of it.
		const view = { width: 390, height: 844, top: -1200, left: 0, bottom: 8800, right: 390 };
		expect(hostWindowInFrame({ ...view, topOffset: 60 })).toEqual({
			top: 1260,
			height: 784,
			width: 390,
			visibleTop: 1260,
			visibleBottom: 2044
		});
		// The frame's top still under the masthead: its first 40 px are hidden.
		expect(hostWindowInFrame({ ...view, top: 20, bottom: 10_020, topOffset: 60 })).toMatchObject({
			top: 40,
			visibleTop: 40
		});
	});
});
