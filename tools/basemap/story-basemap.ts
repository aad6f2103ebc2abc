// A story's basemap, in two files (docs/maps.md):
//   basemap.json         the whole region at every zoom: land and borders at 1:50m (1:110m
//                        for a region wider than a hemisphere), country names, rivers and
//                        lakes simplified for the overview, and town names, each from the
//                        zoom at which it has room;
//   basemap-detail.json  only where the story's cameras come close (its `areas`), at zoom
//                        DETAIL_ZOOM and closer: land, borders, rivers and lakes at 1:10m.
// Inputs are passed in (topologies, the kept water, GeoNames' towns), so this is pure.
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildBasemap } from './build.js';
import {
	antimeridianCopies,
	cutLine,
	cutPolygon,
	boxesMeet,
	boxOf,
	type Box,
	type Point
} from './geometry.ts';
import { townFeatures, type City } from './towns.ts';
import { closeViews, detailAreas, placeSurroundings, type ViewedStory } from './views.ts';
import { waterFeatures, type KeptWater } from './water.ts';
import { storyRegion } from '../../src/lib/map/region.js';

/** From this zoom on, where a camera comes close, the 1:10m detail takes over from 1:50m. */
export const DETAIL_ZOOM = 5;
/**
 * The built-in basemap's detail limit: 1:10m coasts, borders and rivers (generalised to a
 * kilometre or so) and GeoNames' towns still read as a map at zoom 10 (a desktop map about
 * 100 km across); closer, the map would be an empty field. Cameras stop here without the
 * desk's own tiles (docs/maps.md, "Honest zoom").
 */
export const DETAIL_LIMIT = 10;
/** Towns are named from this zoom (the overview shows only the story's places and countries). */
export const TOWNS_FROM_ZOOM = 5;
/** A region wider than this (degrees) takes 1:110m outside its detail areas. */
const WIDE_REGION = 180;
/** Bumped when what the builders make changes: a cached basemap made before is made again. */
export const BASEMAP_VERSION = 6;

export interface BasemapSources {
	countries50m: Topology;
	countries110m: () => Topology;
	countries10m: () => Topology;
	water: KeptWater;
	cities: () => readonly City[];
}

export type BasemapStory = ViewedStory & {
	meta: { countryLabels: readonly { name: string; lon: number; lat: number }[] };
};

/** What the files were made for: a file that says the same fits the story. */
export function basemapFingerprint(story: BasemapStory): string {
	return JSON.stringify([
		BASEMAP_VERSION,
		storyRegion(story),
		story.meta.countryLabels,
		detailAreas(story, DETAIL_ZOOM),
		story.places.map((p) => [p.name, p.lon, p.lat])
	]);
}

export interface StoryBasemap {
	base: GeoJSON.FeatureCollection & { fingerprint: string };
	detail: GeoJSON.FeatureCollection & { fingerprint: string; areas: Box[] };
}

/** Both files of a story's basemap. */
export function storyBasemap(sources: BasemapSources, story: BasemapStory): StoryBasemap {
	const region = storyRegion(story) as Box;
	const fingerprint = basemapFingerprint(story);
	const wide = region[2] - region[0] > WIDE_REGION;
	const coarse = buildBasemap(wide ? sources.countries110m() : sources.countries50m, {
		region,
		labels: story.meta.countryLabels
	});
	const water = waterFeatures(sources.water, region, {
		decimals: 2,
		tolerance: 0.03,
		belowZoom: DETAIL_ZOOM
	});
	const areas = detailAreas(story, DETAIL_ZOOM);
	const towns = townFeatures(sources.cities(), {
		region,
		// Each place's own surroundings too: a view that comes to a place at the detail limit.
		close: [
			...closeViews(story, DETAIL_ZOOM),
			...placeSurroundings(story, areas, DETAIL_LIMIT - 1)
		],
		places: story.places,
		fromZoom: TOWNS_FROM_ZOOM,
		toZoom: DETAIL_LIMIT
	});
	return {
		base: {
			type: 'FeatureCollection',
			bbox: region,
			fingerprint,
			features: [...coarse.features, ...water, ...towns]
		},
		detail: {
			type: 'FeatureCollection',
			fingerprint,
			areas,
			features: areas.length ? detailFeatures(sources, areas) : []
		}
	};
}

/** Countries and borders at 1:10m, and every river and lake, inside each detail area. */
function detailFeatures(sources: BasemapSources, areas: Box[]): GeoJSON.Feature[] {
	const topology = sources.countries10m();
	const object = topology.objects.countries as GeometryCollection<{ name: string }>;
	const options = { decimals: 3, tolerance: 0.001 };
	const countries = new Map<string, Point[][][]>();
	for (const country of feature(topology, object).features) {
		const { geometry } = country;
		if (!geometry) continue;
		const polygons =
			geometry.type === 'Polygon'
				? [geometry.coordinates]
				: geometry.type === 'MultiPolygon'
					? geometry.coordinates
					: [];
		for (const rings of polygons.flatMap((p) => antimeridianCopies(p as Point[][]))) {
			const ringBox = boxOf(rings[0] ?? []);
			for (const area of areas) {
				if (!boxesMeet(ringBox, area)) continue;
				const cut = cutPolygon(rings, area, options);
				const name = country.properties?.name ?? '';
				if (cut) countries.set(name, [...(countries.get(name) ?? []), cut]);
			}
		}
	}
	const borders = mesh(topology, object, (a, b) => a !== b).coordinates.flatMap((line) =>
		areas.flatMap((area) => cutLine(line as Point[], area, options))
	);
	return [
		...areas.map((area): GeoJSON.Feature => ({
			type: 'Feature',
			properties: { kind: 'detail-area' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[area[0], area[1]],
						[area[2], area[1]],
						[area[2], area[3]],
						[area[0], area[3]],
						[area[0], area[1]]
					]
				]
			}
		})),
		...[...countries].map(([name, coordinates]): GeoJSON.Feature => ({
			type: 'Feature',
			properties: { kind: 'country', name },
			geometry: { type: 'MultiPolygon', coordinates }
		})),
		{
			type: 'Feature',
			properties: { kind: 'border' },
			geometry: { type: 'MultiLineString', coordinates: borders }
		},
		...areas.flatMap((area) => waterFeatures(sources.water, area, options))
	];
}
