/**
 * The locator inset's geometry (`meta.locator`, docs/maps.md): the story's region drawn
 * small in Mercator, and the box a view's extent makes on it. Pure and dependency-free:
 * the server draws the inset into the static maps with it (static-locator.ts) and the live
 * map moves its box with it (locator-live.ts), so the two cannot disagree.
 */
import type { Bounds } from '$lib/story/types';
import { MAP_PAINT } from './paint.js';

/** The static map file of the region alone, under the live map's box: no step's id starts so. */
export const LOCATOR_MAP_ID = '_locator';

/** The region fitted into the inset: its size, and where a position falls on it. */
export interface LocatorFrame {
	width: number;
	height: number;
	region: Bounds;
	project: (lon: number, lat: number) => [x: number, y: number];
}

/** A box on the inset, in its pixels (or the static map's drawing units). */
export interface LocatorBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

const RADIANS = Math.PI / 180;
/** MapLibre's latitude limit: Mercator has no north or south end. */
const MAX_LAT = 85.051129;

/** Web Mercator's y of a latitude, in radians of the equator (grows northwards). */
const mercatorY = (lat: number) => {
	const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * RADIANS;
	return Math.log(Math.tan(Math.PI / 4 + phi / 2));
};

const tenth = (v: number) => Math.round(v * 10) / 10;

/**
 * The region in Mercator, as large as fits in `max` (the paint table's inset): its whole
 * box and nothing beyond it, since the basemap stops at the region (docs/maps.md).
 */
export function locatorFrame(
	region: Bounds,
	max: { width: number; height: number } = MAP_PAINT.locator
): LocatorFrame {
	const [west, south, east, north] = region;
	const spanX = (east - west) * RADIANS;
	const top = mercatorY(north);
	const spanY = top - mercatorY(south);
	const k = Math.min(max.width / spanX, max.height / spanY);
	return {
		width: Math.round(spanX * k),
		height: Math.round(spanY * k),
		region,
		project: (lon, lat) => [(lon - west) * RADIANS * k, (top - mercatorY(lat)) * k]
	};
}

/**
 * The box a view's extent (`[west, south, east, north]`: the live map's bounds where it
 * rests, or what a static map shows) makes on the inset, clipped to it; at least
 * `minExtent` across, so a close view is still marked. Null where there is nothing to
 * mark: the view is outside the region, or shows `maxShare` of it or more (the reader sees
 * where they are without an inset).
 */
export function locatorBox(
	frame: LocatorFrame,
	view: Bounds,
	{ minExtent, maxShare }: { minExtent: number; maxShare: number } = MAP_PAINT.locator
): LocatorBox | null {
	const [west, south, east, north] = view;
	const [x0, y1] = frame.project(west, south);
	const [x1, y0] = frame.project(east, north);
	const left = Math.max(0, Math.min(x0, x1));
	const right = Math.min(frame.width, Math.max(x0, x1));
	const topY = Math.max(0, Math.min(y0, y1));
	const bottom = Math.min(frame.height, Math.max(y0, y1));
	if (right <= left || bottom <= topY) return null;
	if ((right - left) * (bottom - topY) >= maxShare * frame.width * frame.height) return null;
	/** One side, grown about its middle to the least size, kept inside the inset. */
	const side = (from: number, to: number, room: number) => {
		const size = Math.max(to - from, Math.min(minExtent, room));
		const start = Math.min(Math.max((from + to) / 2 - size / 2, 0), room - size);
		return [tenth(start), tenth(size)] as const;
	};
	const [x, width] = side(left, right, frame.width);
	const [y, height] = side(topY, bottom, frame.height);
	return { x, y, width, height };
}

const PAINT = MAP_PAINT.locator;

/** The view's box as SVG: a pale fill, a red line on a white one (it reads on land and water). */
export const extentSvg = ({ x, y, width, height }: LocatorBox) =>
	`<rect class="locator-extent" x="${x}" y="${y}" width="${width}" height="${height}" fill="${PAINT.extent}" fill-opacity="${PAINT.extentFillOpacity}" stroke="${PAINT.halo}" stroke-width="${PAINT.extentWidth + 2}"/><rect x="${x}" y="${y}" width="${width}" height="${height}" fill="none" stroke="${PAINT.extent}" stroke-width="${PAINT.extentWidth}"/>`;

/**
 * What a flat drawing shows, as a box of longitudes and latitudes: its corners and the
 * middles of its sides read back through `invert` (a turned drawing's extent is wider
 * than its box). Null where the projection cannot read a point back.
 */
export function extentOf(
	invert: (point: [number, number]) => [number, number] | null,
	width: number,
	height: number
): Bounds | null {
	const points: [number, number][] = [];
	for (const x of [0, width / 2, width])
		for (const y of [0, height / 2, height]) {
			const at = invert([x, y]);
			if (!at) return null;
			points.push(at);
		}
	const lons = points.map(([lon]) => lon);
	const lats = points.map(([, lat]) => lat);
	return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
