/**
 * The shapes of a data layer's point symbols and its hatch, in one place for the live
 * map's images (data-layers.ts, drawn into pixels here), the static maps and the legend
 * (both SVG). Shapes are polygons in a unit box (-1..1, y down); the circle is a circle.
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

/** An image MapLibre can take (`map.addImage`): RGBA pixels. */
export interface LayerImage {
	width: number;
	height: number;
	data: Uint8Array;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** How many samples a pixel's side takes: edges anti-aliased, as the SVG's are. */
const SAMPLES = 4;

/**
 * Pixels where `coverage(u, v)` (u, v: the pixel's position in 0..1 of the image) says
 * which colour covers them: the colour, else the ring's, else nothing.
 */
function raster(
	side: number,
	colour: string,
	ring: string | null,
	coverage: (u: number, v: number) => 'shape' | 'ring' | null
): LayerImage {
	const data = new Uint8Array(side * side * 4);
	const [shape, halo] = [rgb(colour), ring ? rgb(ring) : [0, 0, 0]];
	for (let py = 0; py < side; py++)
		for (let px = 0; px < side; px++) {
			let [inShape, inRing] = [0, 0];
			for (let sy = 0; sy < SAMPLES; sy++)
				for (let sx = 0; sx < SAMPLES; sx++) {
					const at = coverage(
						(px + (sx + 0.5) / SAMPLES) / side,
						(py + (sy + 0.5) / SAMPLES) / side
					);
					if (at === 'shape') inShape++;
					else if (at === 'ring') inRing++;
				}
			const total = inShape + inRing;
			if (!total) continue;
			const mix = inShape / total;
			const i = (py * side + px) * 4;
			for (let c = 0; c < 3; c++) data[i + c] = Math.round(shape[c]! * mix + halo[c]! * (1 - mix));
			data[i + 3] = Math.round((255 * total) / (SAMPLES * SAMPLES));
		}
	return { width: side, height: side, data };
}

/** A point symbol's image, `side` pixels square, ringed `ringFraction` of its half-size. */
export function symbolImage(
	symbol: PointSymbol,
	colour: string,
	ring: string,
	side: number,
	ringFraction: number
): LayerImage {
	// Drawn smaller than the image by the ring's width: the ring needs room inside it.
	const scale = 1 + 2 * ringFraction;
	return raster(side, colour, ring, (u, v) => {
		const [x, y] = [(u * 2 - 1) * scale, (v * 2 - 1) * scale];
		if (symbolCovers(symbol, x, y)) return 'shape';
		return symbolCovers(symbol, x, y, 1 + 2 * ringFraction) ? 'ring' : null;
	});
}

/**
 * A hatch's tile: strokes `width` wide, `spacing` apart, rising to the right (45°), seamless
 * when repeated. `side` is the spacing in pixels times √2 along each edge, rounded.
 */
export function hatchImage(colour: string, spacing: number, width: number): LayerImage {
	const side = Math.max(2, Math.round(spacing * Math.SQRT2));
	return raster(side, colour, null, (u, v) => {
		// Distance along the diagonal, in pixels, from the nearest stroke's middle.
		const t = ((((u + v) * side) % side) + side) % side;
		const across = Math.min(t, side - t) / Math.SQRT2;
		return across <= width / 2 ? 'shape' : null;
	});
}
