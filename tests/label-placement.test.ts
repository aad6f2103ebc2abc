import { describe, expect, it } from 'vitest';
import {
	dotBox,
	overlaps,
	placeLabels,
	textWidth,
	type Box,
	type LabelRequest
} from '$lib/map/label-placement';

const frame: Box = { left: 0, top: 0, right: 800, bottom: 600 };

/** Places a few pixels apart, as the story's Syrian towns are on a map of the whole region. */
const cluster: LabelRequest[] = [
	{ id: 'a', x: 300, y: 300, text: 'Al Bab', size: 24, bold: true, dot: 9, required: true },
	{ id: 'b', x: 318, y: 310, text: 'Deir ez-Zor', size: 24, bold: true, dot: 9, required: true },
	{ id: 'c', x: 308, y: 322, text: 'Palmyra', size: 24, bold: true, dot: 9, required: true },
	{ id: 'd', x: 340, y: 300, text: 'Mosul', size: 24, bold: true, dot: 9, required: true },
	{ id: 'e', x: 326, y: 296, text: 'Aleppo', size: 24, dot: 5, required: false }
];
const dots = cluster.map(({ x, y, dot }) => dotBox(x, y, dot));

describe('placing names on a static map', () => {
	const placed = placeLabels(cluster, frame, dots);

	it('names every place that must be named, however close the places', () => {
		expect(placed.map((label) => label.id).sort()).toEqual(
			expect.arrayContaining(['a', 'b', 'c', 'd'])
		);
	});

	it('lets no name cover another name or any dot', () => {
		for (const label of placed) {
			for (const other of placed)
				if (other !== label)
					expect(overlaps(label.box, other.box), `${label.id}/${other.id}`).toBe(false);
			for (const dot of dots) expect(overlaps(label.box, dot), label.id).toBe(false);
		}
	});

	it('draws a leader from a dot to a name that had to move away from it', () => {
		const led = placed.filter((label) => label.leader);
		expect(led.length).toBeGreaterThan(0);
		for (const { leader, id } of led) {
			const place = cluster.find((c) => c.id === id)!;
			const [x1, y1] = leader!;
			// It starts at the dot's edge, not inside another dot.
			expect(Math.hypot(x1 - place.x, y1 - place.y)).toBeCloseTo(place.dot + 1, 0);
		}
	});

	it('leaves a context name out where it has no room, rather than crowding', () => {
		const crowded = placeLabels(
			[{ id: 'x', x: 10, y: 10, text: 'Somewhere long', size: 24, dot: 5, required: false }],
			{ left: 0, top: 0, right: 60, bottom: 60 },
			[]
		);
		expect(crowded).toEqual([]);
	});

	it('puts a name on the side the gazetteer asks for, where it fits', () => {
		const [left] = placeLabels(
			[{ id: 'l', x: 400, y: 300, text: 'Aleppo', size: 15, dot: 5, side: 'left', required: true }],
			frame,
			[]
		);
		expect(left!.anchor).toBe('end');
		expect(left!.box.right).toBeLessThan(400);
	});

	it('keeps names inside the drawing', () => {
		const [edge] = placeLabels(
			[{ id: 'r', x: 790, y: 300, text: 'Tehran', size: 15, dot: 5, required: true }],
			frame,
			[]
		);
		expect(edge!.box.right).toBeLessThanOrEqual(800);
		expect(edge!.box.left).toBeGreaterThanOrEqual(0);
	});

	it('judges a name at least as wide as DejaVu Sans Bold draws it (measured in Chromium)', () => {
		// getBBox widths at 15 px: the widest per letter of the story's names in each script.
		expect(textWidth('Мосул', 15, true)).toBeGreaterThanOrEqual(55);
		expect(textWidth('Mosul', 15, true)).toBeGreaterThanOrEqual(50);
		expect(textWidth('طهران', 15, true)).toBeGreaterThanOrEqual(52);
	});
});
