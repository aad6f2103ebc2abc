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
	/** The box framed; a point camera's is the box its zoom shows on an 800x600 map. */
	bounds: Bounds;
	maxZoom: number;
	/** A point camera (`center`, `zoom`): the live map looks at exactly this, not at a box. */
	point?: { center: [lon: number, lat: number]; zoom: number };
	/** Tilt from straight down, in degrees (the live map only: a drawing is flat). */
	pitch: number;
	/** Which way is up, in degrees clockwise from north. */
	bearing: number;
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

/**
 * The map a `center` and `zoom` camera is imagined on: the box it frames is what that
 * zoom shows of a map this size (the static maps' size, a landscape pane's shape).
 */
const ZOOM_FRAME_PX = { width: 800, height: 600 };
/** MapLibre's world, in pixels at zoom 0. */
const WORLD_PX = 512;
const MAX_LAT = 85;

/** The box `zoom` shows around `center` on a map of ZOOM_FRAME_PX (Web Mercator). */
export function boxAround([lon, lat]: readonly [number, number], zoom: number): Bounds {
	const world = WORLD_PX * 2 ** zoom;
	const halfLon = Math.min(180, ((ZOOM_FRAME_PX.width / 2) * 360) / world);
	const y = Math.log(
		Math.tan(Math.PI / 4 + (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 360)
	);
	const halfY = ((ZOOM_FRAME_PX.height / 2) * 2 * Math.PI) / world;
	const latOf = (my: number) => ((2 * Math.atan(Math.exp(my)) - Math.PI / 2) * 180) / Math.PI;
	return [
		Math.max(-180, lon - halfLon),
		Math.max(-MAX_LAT, latOf(y - halfY)),
		Math.min(180, lon + halfLon),
		Math.min(MAX_LAT, latOf(y + halfY))
	];
}

/**
 * The camera a step wants: its own box if it has one; else its `center` and `zoom` exactly
 * (a point camera: Mapbox storytelling's and StoryMapJS's `location`); else its places'
 * box; a step without places shows the `overview` box (the whole gazetteer's). Any of them
 * may tilt (`pitch`) and turn (`bearing`).
 */
export function cameraFor(event: StoryEvent, places: readonly Place[], overview?: Bounds): Camera {
	const camera = event.camera;
	const tilt = { pitch: camera?.pitch ?? 0, bearing: camera?.bearing ?? 0 };
	if (camera?.bounds)
		return { bounds: camera.bounds, maxZoom: camera.maxZoom ?? DEFAULT_MAX_ZOOM, ...tilt };
	if (camera?.center) {
		const zoom = camera.zoom ?? DEFAULT_MAX_ZOOM;
		const center: [number, number] = [camera.center[0], camera.center[1]];
		return {
			bounds: boxAround(center, zoom),
			maxZoom: camera.maxZoom ?? zoom,
			point: { center, zoom },
			...tilt
		};
	}
	const maxZoom = camera?.maxZoom ?? DEFAULT_MAX_ZOOM;
	if (places.length === 0 && overview) return { bounds: overview, maxZoom, ...tilt };
	return { bounds: boundsOf(places), maxZoom, ...tilt };
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

/** The part of MapLibre's Map that says where it rests; tests pass a fake. */
export interface CameraReader {
	getCenter(): { lng: number; lat: number };
	getZoom(): number;
	getPitch(): number;
	getBearing(): number;
}

/**
 * Where a live map rests, as the DOM contract's `data-camera` says it: "lon lat zoom pitch
 * bearing", rounded to what a reader could tell apart (a bearing of -0 reads 0).
 */
export function restingCamera(map: CameraReader): string {
	const { lng, lat } = map.getCenter();
	const fixed = (value: number, digits: number) =>
		(value + 0).toFixed(digits).replace(/^-(0\.?0*)$/, '$1');
	return [
		fixed(lng, 4),
		fixed(lat, 4),
		fixed(map.getZoom(), 2),
		fixed(map.getPitch(), 1),
		fixed(map.getBearing(), 1)
	].join(' ');
}
