/**
 * The route so far (`meta.route`, StoryMapJS's `line: true`): a line through each step's
 * first place, from the first step to the one being read. Steps without places add no
 * stop. Everything here is a function of the story's order and the step being read, so
 * the live map and the static maps draw the same route, and nothing is accumulated.
 */
import type { Place, StoryEvent } from '$lib/story/types';
import { greatCircle } from './connections.ts';

type LonLat = [lon: number, lat: number];

/** A step of the story, in order, and the stop it adds to the route: its first place, if any. */
export interface RouteStep {
	step: string;
	/** The gazetteer id of the step's first place; null for a step without places. */
	place: string | null;
}

/** The route's stops up to a step: the places in order, and where each one is. */
export interface RouteSoFar {
	places: string[];
	coordinates: LonLat[];
}

/** Every step of the story, each with the stop it adds (null when it adds none). */
export function routeSteps(events: readonly Pick<StoryEvent, 'id' | 'places'>[]): RouteStep[] {
	return events.map((event) => ({ step: event.id, place: event.places[0] ?? null }));
}

/** A story's route, or null when it draws none (`meta.route` unset). */
export const routeOf = (story: {
	meta: { route?: boolean };
	events: readonly Pick<StoryEvent, 'id' | 'places'>[];
}): RouteStep[] | null => (story.meta.route ? routeSteps(story.events) : null);

/** No route: a story without one, or a step it does not know. */
export const NO_ROUTE: RouteSoFar = { places: [], coordinates: [] };

/**
 * The stops from the first step up to `stepId` (included): each step's first place, in
 * the story's order, skipping steps without places and places the gazetteer lacks. A step
 * the route does not know draws no route.
 */
export function routeSoFar(
	route: readonly RouteStep[],
	stepId: string,
	places: readonly Place[]
): RouteSoFar {
	const end = route.findIndex((step) => step.step === stepId);
	if (end < 0) return NO_ROUTE;
	const byId = new Map(places.map((place) => [place.id, place]));
	const stops = route
		.slice(0, end + 1)
		.flatMap(({ place }) => (place && byId.has(place) ? [byId.get(place)!] : []));
	return {
		places: stops.map((place) => place.id),
		coordinates: stops.map((place): LonLat => [place.lon, place.lat])
	};
}

/** The stops a drawn line passes (`data-route`): none until there are two to join. */
export const stopsDrawn = ({ places }: RouteSoFar) => (places.length < 2 ? [] : places);

/** The route's id in the live map's style. */
export const ROUTE_SOURCE = 'route';

/**
 * The route as one line, each leg along its great circle (as the static maps draw lines),
 * carrying its stops' ids so the map can be asked which route it holds. Fewer than two
 * stops make no line.
 */
export function routeGeoJSON({
	places,
	coordinates
}: RouteSoFar): GeoJSON.FeatureCollection<GeoJSON.LineString> {
	if (coordinates.length < 2) return { type: 'FeatureCollection', features: [] };
	const line = coordinates.flatMap((point, i) =>
		i === 0 ? [point] : greatCircle(coordinates[i - 1]!, point).slice(1)
	);
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { places: places.join(' ') },
				geometry: { type: 'LineString', coordinates: line }
			}
		]
	};
}

/** The stops a route line holds (its `places` property), read back from the map's source. */
export function placesOnRoute(data: unknown): string[] {
	const features = (data as Partial<GeoJSON.FeatureCollection> | undefined)?.features ?? [];
	const places = features[0]?.properties?.places;
	return typeof places === 'string' && places ? places.split(' ') : [];
}
