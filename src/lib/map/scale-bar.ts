/**
 * The static maps' scale bar (the live map has MapLibre's ScaleControl, styled alike in
 * StoryMap): a round length, in metres or kilometres, at most `maxWidth` drawing units
 * long at the drawing's centre, as MapLibre chooses its own.
 */
import { textWidth } from './label-placement';
import { MAP_PAINT } from './paint.js';
import { escapeXml } from './svg-text';

/** Metres in a degree of longitude at the equator (MapLibre's earth: radius 6,371,008.8 m). */
const METRES_PER_DEGREE = (2 * Math.PI * 6371008.8) / 360;

/** The longest 1, 2, 3 or 5 times a power of ten not past `metres` (MapLibre's rounding). */
export function roundLength(metres: number): number {
	const power = 10 ** Math.floor(Math.log10(metres));
	const d = metres / power;
	return power * (d >= 10 ? 10 : d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : 1);
}

/** The bar at latitude `lat` where a degree of longitude is `unitsPerDegree` long. */
export function scaleBar(lat: number, unitsPerDegree: number, maxWidth: number) {
	const metresPerUnit = (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180)) / unitsPerDegree;
	const metres = roundLength(maxWidth * metresPerUnit);
	return {
		width: metres / metresPerUnit,
		label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m`
	};
}

/** The size of a static map's note: read small on a phone's pane (about half size) and in print. */
const NOTE_SIZE = 22;

/**
 * A line of words at (left, baseline), bold, haloed: what a static map says of itself
 * ("Simplified map", where the live map draws the desk's own tiles), and the room it takes
 * (for names to keep clear of).
 */
export function mapNote(text: string, left: number, baseline: number) {
	const paint = MAP_PAINT.scaleBar;
	const room = {
		left: left - 4,
		top: baseline - NOTE_SIZE,
		right: left + textWidth(text, NOTE_SIZE, true) + 4,
		bottom: baseline + 6
	};
	const svg = `<text class="map-note" x="${left}" y="${baseline}" font-size="${NOTE_SIZE}" font-weight="700" fill="${paint.color}" stroke="${paint.halo}" stroke-width="5" paint-order="stroke">${escapeXml(text)}</text>`;
	return { svg, room };
}

/**
 * The bar as SVG, its left end at (left, bottom): a bracket and its length at its left end.
 * The left end stays put as the length changes (the live map's does too: MapPane.svelte).
 */
export function scaleBarSvg(lat: number, unitsPerDegree: number, left: number, bottom: number) {
	const paint = MAP_PAINT.scaleBar;
	const { width, label } = scaleBar(lat, unitsPerDegree, paint.maxWidth);
	const right = Math.round((left + width) * 10) / 10;
	const tick = paint.tick;
	const d = `M${left} ${bottom - tick}V${bottom}H${right}V${bottom - tick}`;
	return `<g class="scale-bar"><path d="${d}" fill="none" stroke="${paint.halo}" stroke-width="${paint.width + 2}"/><path d="${d}" fill="none" stroke="${paint.color}" stroke-width="${paint.width}"/><text x="${left + 3}" y="${bottom - 4}" font-size="${paint.size}" fill="${paint.color}" stroke="${paint.halo}" stroke-width="3" paint-order="stroke">${label}</text></g>`;
}
