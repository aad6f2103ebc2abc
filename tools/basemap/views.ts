// Where a story's map looks, worked out at build time: each step's camera as the zoom it
// reaches and the ground it shows on the largest map a reader may have. The basemap's
// detail areas, the honest-zoom cap and the desk's tile cut all start from these views.
import { cameraFor, boundsOf } from '../../src/lib/map/camera.ts';
import { storyRegion } from '../../src/lib/map/region.js';
import type { Place, StoryEvent } from '../../src/lib/story/types';
import { boxesMeet, type Box } from './geometry.ts';

/**
 * The largest map planned for: a wide desktop's pane. A box camera reaches its highest
 * zoom there, and a point camera shows the most ground. Padding as the live map keeps.
 */
export const PLANNING_FRAME = { width: 1600, height: 1000, padding: 48 } as const;
/** MapLibre's world at zoom 0, in pixels. */
const WORLD = 512;
const MAX_LAT = 85.05;

export interface StepView {
	/** The event's id; `overview` for the story's overview. */
	id: string;
	/** Its index in the story's events (-1 for the overview). */
	index: number;
	zoom: number;
	/** The ground it shows at that zoom on the planning frame, tilt and turn included. */
	box: Box;
	/** Whether the zoom was the camera's own (`center`/`zoom`) rather than a box's fit. */
	point: boolean;
}

const mercatorY = (lat: number) =>
	Math.log(Math.tan(Math.PI / 4 + (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 360));
const latitudeOf = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;

/** The zoom at which `box` fills a map `width` by `height` pixels (less padding). */
export function fitZoom([west, south, east, north]: Box, width: number, height: number): number {
	const dx = ((east - west) / 360) * WORLD;
	const dy = ((mercatorY(north) - mercatorY(south)) / (2 * Math.PI)) * WORLD;
	const zx = dx > 0 ? Math.log2(width / dx) : Infinity;
	const zy = dy > 0 ? Math.log2(height / dy) : Infinity;
	return Math.min(zx, zy);
}

/** The ground a map `width` by `height` pixels shows around `center` at `zoom`. */
export function groundAround(
	[lon, lat]: readonly [number, number],
	zoom: number,
	width: number,
	height: number
): Box {
	const world = WORLD * 2 ** zoom;
	const halfLon = Math.min(180, ((width / 2) * 360) / world);
	const y = mercatorY(lat);
	const halfY = ((height / 2) * 2 * Math.PI) / world;
	return [
		Math.max(-180, lon - halfLon),
		Math.max(-MAX_LAT, latitudeOf(y - halfY)),
		Math.min(180, lon + halfLon),
		Math.min(MAX_LAT, latitudeOf(y + halfY))
	];
}

/** What a story's views need of it. */
export interface ViewedStory {
	places: readonly Place[];
	events: readonly StoryEvent[];
}

/** Every step's view, and the overview's (the whole gazetteer), on the planning frame. */
export function storyViews(story: ViewedStory): StepView[] {
	if (story.places.length === 0) return [];
	const { width, height, padding } = PLANNING_FRAME;
	const overview = boundsOf(story.places);
	const byId = new Map(story.places.map((place) => [place.id, place]));
	const view = (event: StoryEvent, index: number): StepView => {
		const places = event.places.flatMap((id) => byId.get(id) ?? []);
		const camera = cameraFor(event, places, overview);
		const zoom = camera.point
			? camera.point.zoom
			: Math.min(camera.maxZoom, fitZoom(camera.bounds, width - 2 * padding, height - 2 * padding));
		const [west, south, east, north] = camera.bounds;
		const center = camera.point?.center ?? [(west + east) / 2, (south + north) / 2];
		// A turned map shows the frame's diagonal every way; a tilted one looks further off.
		const turned = camera.bearing % 360 !== 0;
		const side = Math.hypot(width, height);
		const tilt = Math.min(4, 1 / Math.cos((Math.min(camera.pitch, 75) * Math.PI) / 180));
		const [w, h] = turned ? [side * tilt, side * tilt] : [width, height * tilt];
		return {
			id: event.id,
			index,
			zoom,
			box: groundAround(center, zoom, w, h),
			point: !!camera.point
		};
	};
	const overviewEvent = { id: 'overview', places: [] } as unknown as StoryEvent;
	return [view(overviewEvent, -1), ...story.events.map(view)];
}

/** A box grown by `share` of its size on each side, kept within `limit`. */
export function grownWithin([w, s, e, n]: Box, share: number, limit: Box): Box {
	const [dx, dy] = [(e - w) * share, (n - s) * share];
	return [
		Math.max(limit[0], w - dx),
		Math.max(limit[1], s - dy),
		Math.min(limit[2], e + dx),
		Math.min(limit[3], n + dy)
	];
}

/** Boxes merged until none meets another: one piece of ground is in one box only. */
export function mergedBoxes(boxes: readonly Box[]): Box[] {
	let merged = boxes.map((box) => [...box] as Box);
	let changed = true;
	while (changed) {
		changed = false;
		const next: Box[] = [];
		for (const box of merged) {
			const other = next.find((b) => boxesMeet(b, box));
			if (!other) next.push(box);
			else {
				[other[0], other[1]] = [Math.min(other[0], box[0]), Math.min(other[1], box[1])];
				[other[2], other[3]] = [Math.max(other[2], box[2]), Math.max(other[3], box[3])];
				changed = true;
			}
		}
		merged = next;
	}
	return merged.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** The ground of every view at `fromZoom` or closer, grown by a quarter each side, in the region. */
export function closeViews(story: ViewedStory, fromZoom: number): Box[] {
	if (story.places.length === 0) return [];
	const region = storyRegion(story) as Box;
	return storyViews(story)
		.filter((view) => view.zoom >= fromZoom)
		.map((view) => grownWithin(view.box, 0.25, region));
}

/**
 * The ground around each place inside a detail area, as a map of the planning frame shows
 * it at `zoom`: a reader who comes that close to a place (a step's camera, exploring) finds
 * its villages named, not just the cities of the wider view it was first seen in.
 */
export function placeSurroundings(story: ViewedStory, areas: readonly Box[], zoom: number): Box[] {
	const { width, height } = PLANNING_FRAME;
	const inside = ({ lon, lat }: Place) =>
		areas.some(([w, s, e, n]) => lon >= w && lon <= e && lat >= s && lat <= n);
	return story.places
		.filter(inside)
		.map((place) => groundAround([place.lon, place.lat], zoom, width, height));
}

/**
 * Where the basemap carries 1:10m detail: the ground of every view at `fromZoom` or
 * closer, grown by a quarter on each side (a flight's approach, a phone's wider view, a reader's pan), rounded
 * out to tenths of a degree, inside the story's region; overlapping boxes merged.
 */
export function detailAreas(story: ViewedStory, fromZoom: number): Box[] {
	const out = (v: number, up: boolean) => (up ? Math.ceil(v * 10) : Math.floor(v * 10)) / 10;
	const boxes = closeViews(story, fromZoom).map(([w, s, e, n]): Box => [
		out(w, false),
		out(s, false),
		out(e, true),
		out(n, true)
	]);
	return mergedBoxes(boxes);
}
