// The static maps' SVG, built on the server only (it needs the whole basemap).
import type { FeatureCollection } from 'geojson';
import basemap from '$lib/data/basemap.json';
import { cameraFor } from '$lib/map/camera';
import { renderStaticMap, staticFrameFor } from '$lib/map/render-static-map';
import { OVERVIEW_BOUNDS, STATIC_MAP_SIZE, staticMapAlt } from '$lib/map/static-map-urls';
import { placesOf } from '$lib/story';
import { OVERVIEW_PLACES, wholeStory as story } from './whole-story';

/** One static map per distinct view: an event whose view an earlier one has shares its map. */
export const staticMapIds = () => story.events.filter((e) => !e.staticMap).map((e) => e.id);

/**
 * The static map of a step (by id) or of the overview (`overview`); null for anything
 * else. `inline`: for inlining into the page rather than serving as an image file.
 */
export function staticMapSvg(id: string, { inline = false } = {}): string | null {
	const event = story.events.find((e) => e.id === id && !e.staticMap);
	if (!event && id !== 'overview') return null;
	return renderStaticMap({
		basemap: basemap as unknown as FeatureCollection,
		places: story.places,
		highlighted: event?.places ?? OVERVIEW_PLACES,
		connections: event?.connections,
		areas: event?.areas,
		bounds: event ? staticFrameFor(cameraFor(event, placesOf(event))) : OVERVIEW_BOUNDS,
		...STATIC_MAP_SIZE,
		title: staticMapAlt(event ? placesOf(event) : [], event?.areas),
		inline
	});
}
