// A country whose rings cross the antimeridian (Fiji, Chukotka in world-atlas), cut to a
// story's detail box: it must not become a strip across every longitude at its latitudes.
import { describe, expect, it } from 'vitest';
import { antimeridianCopies, cutPolygon, type Point } from '../tools/basemap/geometry';

/** An island from 179° E across the antimeridian to 179° W, at 16-17° S. */
const island: Point[] = [
	[179, -16],
	[-179, -16],
	[-179, -17],
	[179, -17],
	[179, -16]
];
const cutEach = (box: [number, number, number, number]) =>
	antimeridianCopies([island]).flatMap((rings) => cutPolygon(rings, box, { decimals: 3 }) ?? []);

describe('a polygon across the antimeridian', () => {
	it('draws nothing in a box far from it, where it once drew a strip', () => {
		const andes: [number, number, number, number] = [-86, -25, -56, -10];
		expect(cutPolygon([island], andes, { decimals: 3 })).not.toBeNull();
		expect(cutEach(andes)).toEqual([]);
	});

	it('keeps each side in a box on that side', () => {
		const west = cutEach([-180, -20, -170, -10]);
		const east = cutEach([170, -20, 180, -10]);
		for (const [part, lons] of [
			[west, [-180, -179]],
			[east, [179, 180]]
		] as const) {
			expect(part).toHaveLength(1);
			const xs = part[0]!.map(([x]) => x);
			expect([Math.min(...xs), Math.max(...xs)]).toEqual(lons);
		}
	});

	it('leaves any other polygon as it is', () => {
		const square: Point[] = [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 0]
		];
		expect(antimeridianCopies([square])).toEqual([[square]]);
	});
});
