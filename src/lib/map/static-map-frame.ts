// Where a static map looks: its box or its point camera, turned by the bearing.
import { geoMercator } from 'd3-geo';
import type { Bounds } from '$lib/story/types';
import type { Camera } from './camera';

/** The smallest span a static map shows, in degrees: about the live map's closest view. */
const MIN_SPAN: [lon: number, lat: number] = [7, 5];

/** MapLibre's world, in pixels at zoom 0: a point camera's zoom becomes a Mercator scale. */
const WORLD_PX = 512;

/** A camera's box, widened around its centre when it is too small to give context. */
export function staticFrameFor(camera: Pick<Camera, 'bounds'>): Bounds {
	const [west, south, east, north] = camera.bounds;
	const [cx, cy] = [(west + east) / 2, (south + north) / 2];
	const halfLon = Math.max(east - west, MIN_SPAN[0]) / 2;
	const halfLat = Math.max(north - south, MIN_SPAN[1]) / 2;
	return [cx - halfLon, cy - halfLat, cx + halfLon, cy + halfLat];
}

/** What a drawing frames: a box, or a point camera's centre and zoom; either turned. */
export interface StaticFrame {
	bounds: Bounds;
	point?: { center: [number, number]; zoom: number };
	/** Which way is up, in degrees clockwise from north. */
	bearing?: number;
}

/**
 * The drawing's projection: a point camera's centre and zoom exactly, else the box fitted
 * inside a margin; turned by the bearing about the drawing's middle. A drawing cannot tilt.
 */
export function projectionFor(
	{ bounds, point, bearing = 0 }: StaticFrame,
	{ width, height }: { width: number; height: number }
) {
	const clip: [[number, number], [number, number]] = [
		[0, 0],
		[width, height]
	];
	if (point)
		return geoMercator()
			.scale((WORLD_PX * 2 ** point.zoom) / (2 * Math.PI))
			.center(point.center)
			.translate([width / 2, height / 2])
			.angle(bearing)
			.clipExtent(clip);
	const [west, south, east, north] = bounds;
	const margin = Math.round(Math.min(width, height) * 0.08);
	// All four corners: turned, the box's far corners are not the drawing's.
	const corners: [number, number][] = [
		[west, south],
		[east, south],
		[east, north],
		[west, north]
	];
	return geoMercator()
		.angle(bearing)
		.fitExtent(
			[
				[margin, margin],
				[width - margin, height - margin]
			],
			{ type: 'MultiPoint', coordinates: corners }
		)
		.clipExtent(clip);
}
