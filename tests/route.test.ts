import { describe, expect, it } from 'vitest';
import {
	NO_ROUTE,
	placesOnRoute,
	routeGeoJSON,
	routeOf,
	routeSoFar,
	routeSteps,
	stopsDrawn
} from '$lib/map/route';
import { withStaticMaps } from '../tools/story/split';
import { fixture, readStory } from './stories';

/** The fixture tour: chapters down the Andes, one exploring, one without a place, a route. */
const tour = readStory('stories/fixtures/tour-andes.json');
const route = routeOf(tour)!;
const ids = tour.events.map((event) => event.id);
const firstPlace = (i: number) => tour.events[i]!.places[0];

describe('the route so far', () => {
	it('is drawn only by a story that asks for it', () => {
		expect(tour.meta.route).toBe(true);
		expect(route).not.toBeNull();
		expect(routeOf(fixture)).toBeNull();
	});

	it('runs through each step’s first place, from the first step to the one being read', () => {
		for (const [i, id] of ids.entries()) {
			const expected = tour.events
				.slice(0, i + 1)
				.flatMap((event) => (event.places[0] ? [event.places[0]] : []));
			expect(routeSoFar(route, id, tour.places).places, id).toEqual(expected);
		}
		// The fixture's own order, spelled out once.
		const last = routeSoFar(route, ids.at(-1)!, tour.places);
		expect(last.places).toEqual(['quito', 'lima', 'cusco', 'la-paz', 'santiago']);
	});

	it('skips a step without places: it stands where the step before left it', () => {
		const pause = ids.findIndex((_, i) => tour.events[i]!.places.length === 0);
		expect(pause).toBeGreaterThan(0);
		expect(routeSoFar(route, ids[pause]!, tour.places)).toEqual(
			routeSoFar(route, ids[pause - 1]!, tour.places)
		);
	});

	it('takes only the first of a step’s places, at its coordinates', () => {
		const many = tour.events.findIndex((event) => event.places.length > 1);
		const soFar = routeSoFar(route, ids[many]!, tour.places);
		expect(soFar.places.at(-1)).toBe(firstPlace(many));
		const place = tour.places.find((p) => p.id === firstPlace(many))!;
		expect(soFar.coordinates.at(-1)).toEqual([place.lon, place.lat]);
	});

	it('is nothing for a step it does not know, and leaves out places the gazetteer lacks', () => {
		expect(routeSoFar(route, 'no-such-step', tour.places)).toEqual(NO_ROUTE);
		const steps = routeSteps([
			{ id: 'a', places: ['quito'] },
			{ id: 'b', places: ['atlantis'] },
			{ id: 'c', places: ['lima'] }
		]);
		expect(routeSoFar(steps, 'c', tour.places).places).toEqual(['quito', 'lima']);
	});
});

describe('the route as the live map draws it', () => {
	it('is one line through the stops once there are two, carrying their ids', () => {
		const first = routeSoFar(route, ids[0]!, tour.places);
		expect(routeGeoJSON(first).features).toEqual([]);
		expect(stopsDrawn(first)).toEqual([]);
		const third = routeSoFar(route, ids[2]!, tour.places);
		const line = routeGeoJSON(third);
		expect(line.features).toHaveLength(1);
		const points = line.features[0]!.geometry.coordinates;
		expect(points[0]).toEqual(third.coordinates[0]);
		expect(points.at(-1)).toEqual(third.coordinates.at(-1));
		// Each leg along its great circle: more points than stops, passing each stop.
		expect(points.length).toBeGreaterThan(third.coordinates.length);
		for (const stop of third.coordinates) expect(points).toContainEqual(stop);
		expect(placesOnRoute(line)).toEqual(stopsDrawn(third));
		expect(placesOnRoute(undefined)).toEqual([]);
	});
});

describe('the static maps of a story with a route', () => {
	const shipped = withStaticMaps(tour.events, { route, places: tour.places });

	it('gives a step its own map when the route so far differs, even without places', () => {
		const pause = shipped.find((event) => event.places.length === 0)!;
		expect(pause.staticMap).toBeUndefined();
		expect(shipped.filter((event) => event.staticMap)).toEqual([]);
	});

	it('shares the overview, as before, in a story without a route', () => {
		const plain = withStaticMaps(tour.events, { route: null, places: tour.places });
		expect(plain.find((event) => event.places.length === 0)?.staticMap).toBe('overview');
	});
});
