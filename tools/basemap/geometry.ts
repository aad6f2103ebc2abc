// Small geometry steps the basemap's builders share: rounding, simplifying, clipping to a
// box and the compact integer encoding the kept water data is stored in. Pure functions of
// plain coordinate arrays ([lon, lat] in degrees), each linear in the points it is given.
import { clipPolygon, clipPolyline } from 'lineclip';

export type Point = [lon: number, lat: number];
/** West, south, east, north in degrees. */
export type Box = [west: number, south: number, east: number, north: number];

/** Rounds every point to `decimals` places and drops the repeats rounding makes. */
export function rounded(points: readonly number[][], decimals: number): Point[] {
	const factor = 10 ** decimals;
	const out: Point[] = [];
	for (const p of points) {
		const q: Point = [
			Math.round(Number(p[0]) * factor) / factor,
			Math.round(Number(p[1]) * factor) / factor
		];
		const last = out.at(-1);
		if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
	}
	return out;
}

/** A ring closed again (its last point its first), as GeoJSON has it. */
export function closed(ring: Point[]): Point[] {
	const [first, last] = [ring[0], ring.at(-1)];
	if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return ring;
	return [...ring, first];
}

/**
 * Douglas-Peucker simplification with `tolerance` in degrees (0 keeps every point). An
 * explicit stack, so a river of many thousand points never overflows the call stack.
 */
export function simplified(points: Point[], tolerance: number): Point[] {
	if (tolerance <= 0 || points.length <= 2) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	const squared = tolerance * tolerance;
	while (stack.length) {
		const [from, to] = stack.pop()!;
		const [ax, ay] = points[from]!;
		const [bx, by] = points[to]!;
		const [dx, dy] = [bx - ax, by - ay];
		const length = dx * dx + dy * dy;
		let [far, farthest] = [-1, squared];
		for (let i = from + 1; i < to; i++) {
			const [px, py] = points[i]!;
			const t = length ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length)) : 0;
			const [ex, ey] = [px - (ax + t * dx), py - (ay + t * dy)];
			const distance = ex * ex + ey * ey;
			if (distance > farthest) [far, farthest] = [i, distance];
		}
		if (far < 0) continue;
		keep[far] = 1;
		stack.push([from, far], [far, to]);
	}
	return points.filter((_, i) => keep[i]);
}

/** Whether two boxes share any ground. */
export const boxesMeet = (a: Box, b: Box) =>
	a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The box around some points. */
export function boxOf(points: Iterable<readonly number[]>): Box {
	const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x = 0, y = 0] of points) {
		box[0] = Math.min(box[0], x);
		box[1] = Math.min(box[1], y);
		box[2] = Math.max(box[2], x);
		box[3] = Math.max(box[3], y);
	}
	return box;
}

export interface CutOptions {
	decimals: number;
	/** Douglas-Peucker tolerance in degrees, applied after clipping. */
	tolerance?: number;
}

/** A line cut to a box: the pieces inside it, simplified and rounded (two points or more). */
export function cutLine(line: Point[], box: Box, options: CutOptions): Point[][] {
	return clipPolyline(line, box)
		.map((part) => rounded(simplified(part as Point[], options.tolerance ?? 0), options.decimals))
		.filter((part) => part.length >= 2);
}

/** A polygon cut to a box: its rings clipped, simplified, rounded and closed; null if none is left. */
/**
 * A polygon that crosses the antimeridian (a step of more than 180° of longitude, as
 * Fiji's and Chukotka's rings in world-atlas take) as continuous copies, one either side:
 * cut as it is, it would span every longitude between, a strip across any box at its
 * latitudes. Any other polygon as it is.
 */
export function antimeridianCopies(rings: Point[][]): Point[][][] {
	const jumps = (ring: Point[]) =>
		ring.some((point, i) => i > 0 && Math.abs(point[0] - ring[i - 1]![0]) > 180);
	if (!rings.some(jumps)) return [rings];
	const continuous = rings.map((ring) => {
		let shift = 0;
		return ring.map(([lon, lat], i): Point => {
			const step = i > 0 ? lon - ring[i - 1]![0] : 0;
			if (step > 180) shift -= 360;
			else if (step < -180) shift += 360;
			return [lon + shift, lat];
		});
	});
	return [-360, 0, 360].map((by) =>
		continuous.map((ring) => ring.map(([x, y]): Point => [x + by, y]))
	);
}

export function cutPolygon(rings: Point[][], box: Box, options: CutOptions): Point[][] | null {
	const cut = rings.map((ring) => {
		const clipped = clipPolygon(ring, box) as Point[];
		return closed(rounded(simplified(clipped, options.tolerance ?? 0), options.decimals));
	});
	// A hole left without its outer ring would be drawn as land: the polygon goes with it.
	if ((cut[0]?.length ?? 0) < 4) return null;
	return cut.filter((ring) => ring.length >= 4);
}

/**
 * Points as integers at `scale` steps a degree, each after the first as the step from the
 * one before: `[x0, y0, dx1, dy1, …]`. Small integers write short in JSON.
 */
export function encodeDeltas(points: readonly Point[], scale: number): number[] {
	const out: number[] = [];
	let [px, py] = [0, 0];
	for (const [lon, lat] of points) {
		const [x, y] = [Math.round(lon * scale), Math.round(lat * scale)];
		if (out.length && x === px && y === py) continue;
		out.push(x - px, y - py);
		[px, py] = [x, y];
	}
	return out;
}

/** The points `encodeDeltas` wrote. */
export function decodeDeltas(values: readonly number[], scale: number): Point[] {
	const out: Point[] = [];
	let [x, y] = [0, 0];
	for (let i = 0; i + 1 < values.length; i += 2) {
		x += values[i]!;
		y += values[i + 1]!;
		out.push([x / scale, y / scale]);
	}
	return out;
}
