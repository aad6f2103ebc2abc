/**
 * The live map's images of a data layer (data-layers.ts): a point symbol's (its shape from
 * layer-symbols.ts) and a hatch's tile, as RGBA pixels for \`map.addImage\`. Loaded with
 * MapLibre, never in the page's start-up script.
 */
import { symbolCovers, type PointSymbol } from './layer-symbols';

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
