// The static maps' SVG, drawn by the server at build time (it needs the whole basemap):
// one per distinct view of a step, and the overview.
import type { FeatureCollection } from 'geojson';
import basemap from 'virtual:story/basemap';
import basemapDetail from 'virtual:story/basemap-detail';
import mapData from 'virtual:story/map-data';
import { m } from '$lib/paraglide/messages.js';
import { renderStaticMap, staticFrameFor } from '$lib/map/render-static-map';
import { locatorFileSvg } from '$lib/map/static-locator';
import { overviewBounds } from '$lib/map/drawing';
import { LOCATOR_MAP_ID } from '$lib/map/locator';
import { STATIC_MAP_SIZE } from '$lib/map/static-map-urls';
import { routeOf, routeSoFar } from '$lib/map/route';
import { describeMap, viewOf } from '$lib/map/view';
import { indexStory, staticMapIds as idsOf } from '$lib/story/lookup';
import { OVERVIEW_PLACES, pageStory, wholeStory as story } from './whole-story';

export { LOCATOR_MAP_ID };

const { placesOf } = indexStory(story);
const route = routeOf(story);

/** One static map per distinct view: an event whose view an earlier one has shares its map. */
export const staticMapIds = () => idsOf(story.events);

/** What the locator inset draws (`meta.locator`): the story's region, on its basemap. */
const { region } = pageStory.story;
const locator =
	story.meta.locator && region ? { basemap, countries: story.meta.countries, region } : undefined;

/**
 * The static map of a step (by id), of the overview (`overview`) or the locator inset's
 * region (`_locator`); null for anything else. `inline`: for inlining into the page rather
 * than serving as an image file.
 */
export function staticMapSvg(id: string, { inline = false } = {}): string | null {
	if (id === LOCATOR_MAP_ID) return locator ? locatorFileSvg(locator) : null;
	const event = story.events.find((e) => e.id === id && !e.staticMap);
	if (!event && id !== 'overview') return null;
	const overviewAlt = story.meta.overview?.alt ?? '';
	const overview = { alt: overviewAlt, bounds: overviewBounds(story.places) };
	const view = event ? viewOf(event, placesOf(event), overview) : null;
	return renderStaticMap({
		basemap,
		// Inlined into the page, 1:50m alone: the 1:10m land would double the HTML's map
		// (7 KB gzip) for a drawing shown only until the live map comes in.
		detail: inline ? undefined : (basemapDetail as unknown as FeatureCollection),
		detailZoom: mapData.basemap.detailZoom,
		places: story.places,
		countries: story.meta.countries,
		highlighted: view?.places ?? OVERVIEW_PLACES,
		connections: event?.connections,
		areas: event?.areas,
		dataLayers: mapData.layers.filter((layer) => view?.layers.includes(layer.id)),
		bounds: view ? staticFrameFor(view.camera) : overview.bounds,
		point: view?.camera.point,
		bearing: view?.camera.bearing,
		route: event && route ? routeSoFar(route, event.id, story.places).coordinates : undefined,
		...STATIC_MAP_SIZE,
		// Not on the overview: it is the region at a glance.
		locator: event ? locator : undefined,
		title: view?.description ?? describeMap([], [], overviewAlt),
		// The desk's own tiles are drawn by the live map alone: a drawing says it is simpler.
		note: mapData.tiles ? m.static_map_simplified() : undefined,
		inline
	});
}
