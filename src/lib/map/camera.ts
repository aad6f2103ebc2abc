import type { Bounds, Place, StoryEvent } from '$lib/story/types';

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A screen box, in the same pixel space for the map and the text column. */
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export interface Camera {
	bounds: Bounds;
	maxZoom: number;
}

/** Close enough to read a town's surroundings, far enough to see the country. */
export const DEFAULT_MAX_ZOOM = 6.5;

/** The box around a set of places (a zero-size box for one place: maxZoom frames it). */
export function boundsOf(places: readonly Place[]): Bounds {
	if (places.length === 0) throw new Error('boundsOf needs at least one place');
	const lons = places.map((p) => p.lon);
	const lats = places.map((p) => p.lat);
	return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** A box grown on each side by a share of its width (east, west) and height (north, south). */
export function grow([west, south, east, north]: Bounds, share: number): Bounds {
	const [dx, dy] = [(east - west) * share, (north - south) * share];
	return [west - dx, Math.max(-85, south - dy), east + dx, Math.min(85, north + dy)];
}

/** The camera a step wants: its override if it has one, else its places' box. */
export function cameraFor(event: StoryEvent, places: readonly Place[]): Camera {
	return {
		bounds: event.camera?.bounds ?? boundsOf(places),
		maxZoom: event.camera?.maxZoom ?? DEFAULT_MAX_ZOOM
	};
}

/** Below this map width the zoom limit eases off, so a phone's small map keeps some context. */
const FULL_ZOOM_WIDTH = 640;

/** A camera's zoom limit for a map of this width: one level wider at phone sizes. */
export function zoomLimitFor(camera: Camera, mapWidth: number): number {
	if (mapWidth >= FULL_ZOOM_WIDTH) return camera.maxZoom;
	return camera.maxZoom - Math.min(1, Math.log2(FULL_ZOOM_WIDTH / Math.max(mapWidth, 1)));
}

/**
 * Padding that keeps the framed places clear of a text column lying over the map.
 * A column covering most of the map's width (a stacked phone layout) is not beside
 * the map, so it reserves nothing. Padding never leaves less than a third of the map.
 */
/** The space kept between the framed places and the edge of what is visible, in pixels. */
const MAP_MARGIN = 48;

export function paddingFor(map: Box, text: Box | null, margin = MAP_MARGIN): Padding {
	const padding = { top: margin, right: margin, bottom: margin, left: margin };
	const width = map.right - map.left;
	const height = map.bottom - map.top;
	if (text) {
		const overlapX = Math.min(map.right, text.right) - Math.max(map.left, text.left);
		const overlapY = Math.min(map.bottom, text.bottom) - Math.max(map.top, text.top);
		if (overlapX > 0 && overlapY > 0 && overlapX < width * 0.6) {
			if (text.left - map.left <= map.right - text.right)
				padding.left = text.right - map.left + margin;
			else padding.right = map.right - text.left + margin;
		}
	}
	const minClear = Math.max(width, 0) / 3;
	const excessX = padding.left + padding.right - (width - minClear);
	if (excessX > 0) {
		// Shrink the bigger side first: that is the one the column claimed.
		if (padding.left >= padding.right) padding.left = Math.max(0, padding.left - excessX);
		else padding.right = Math.max(0, padding.right - excessX);
	}
	const excessY = padding.top + padding.bottom - (height - Math.max(height, 0) / 3);
	if (excessY > 0) {
		padding.top = Math.max(0, padding.top - excessY / 2);
		padding.bottom = Math.max(0, padding.bottom - excessY / 2);
	}
	return padding;
}
