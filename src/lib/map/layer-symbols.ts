/**
 * The shapes of a data layer's point symbols, in one place for the live map's images
 * (layer-images.ts draws them into pixels), the static maps and the legend (both SVG).
 * Shapes are polygons in a unit box (-1..1, y down); the circle is a circle. Small: the
 * legend, in the page's start-up script, reads it.
 */
import type { LayerStyle } from './map-data';

export type PointSymbol = NonNullable<Extract<LayerStyle, { type: 'point' }>['symbol']>;

const CIRCLE_RADIUS = 0.85;

/** A plus of arms `half` wide and `reach` long, turned 45°: the cross (×) of strikes. */
function cross(half: number, reach: number): [number, number][] {
	const plus: [number, number][] = [
		[-half, -reach],
		[half, -reach],
		[half, -half],
		[reach, -half],
		[reach, half],
		[half, half],
		[half, reach],
		[-half, reach],
		[-half, half],
		[-reach, half],
		[-reach, -half],
		[-half, -half]
	];
	const c = Math.SQRT1_2;
	return plus.map(([x, y]) => [c * (x - y), c * (x + y)]);
}

/** Each symbol's outline (the circle's is null: drawn as a circle). */
export const SYMBOL_SHAPES: Record<PointSymbol, [number, number][] | null> = {
	circle: null,
	square: [
		[-0.72, -0.72],
		[0.72, -0.72],
		[0.72, 0.72],
		[-0.72, 0.72]
	],
	triangle: [
		[0, -0.92],
		[0.92, 0.7],
		[-0.92, 0.7]
	],
	cross: cross(0.24, 1.05)
};

/** Whether (x, y) lies inside the polygon (even-odd rule). */
function inside(polygon: readonly [number, number][], x: number, y: number): boolean {
	let odd = false;
	for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
		const [xi, yi] = polygon[i]!;
		const [xj, yj] = polygon[j]!;
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
	}
	return odd;
}

/** Whether a symbol, grown by `grow` (1: as drawn), covers the unit point (x, y). */
export function symbolCovers(symbol: PointSymbol, x: number, y: number, grow = 1): boolean {
	const shape = SYMBOL_SHAPES[symbol];
	if (!shape) return Math.hypot(x, y) <= CIRCLE_RADIUS * grow;
	return inside(shape, x / grow, y / grow);
}

/** A symbol's outline as an SVG path, centred on (x, y), `size` across; null for the circle. */
export function symbolPath(symbol: PointSymbol, x: number, y: number, size: number): string | null {
	const shape = SYMBOL_SHAPES[symbol];
	if (!shape) return null;
	const r = size / 2;
	const d = shape.map(([u, v], i) => `${i ? 'L' : 'M'}${round(x + u * r)} ${round(y + v * r)}`);
	return `${d.join('')}Z`;
}

/** The circle symbol's radius, `size` across. */
export const circleRadius = (size: number) => round((CIRCLE_RADIUS * size) / 2);

/** A symbol as SVG, centred on (x, y), `size` across, with `paint`'s attributes. */
export function symbolSvg(
	symbol: PointSymbol,
	x: number,
	y: number,
	size: number,
	paint: string
): string {
	const d = symbolPath(symbol, x, y, size);
	return d
		? `<path d="${d}" ${paint}/>`
		: `<circle cx="${x}" cy="${y}" r="${circleRadius(size)}" ${paint}/>`;
}

const round = (v: number) => Math.round(v * 100) / 100;
