import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { basemapForStory, regionFor, storyRegion } from '../tools/basemap/build.js';
import { basemapFits } from '../tools/basemap/for-story';
import { builtIn, fixture as story } from './stories';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const topology = JSON.parse(read('../node_modules/world-atlas/countries-50m.json')) as Topology;
/** The basemap shipped in the repository: the built-in story's. */
const shipped = read('../src/lib/data/basemap.json');
/** The fixture's basemap, as its build makes it (and ships it). */
const built = JSON.stringify(basemapForStory(topology, story)) + '\n';
const basemap = JSON.parse(built) as FeatureCollection;

function positionsOf(collection: FeatureCollection): Position[] {
	return collection.features.flatMap((feature) => {
		const g = feature.geometry;
		if (g.type === 'Point') return [g.coordinates];
		if (g.type === 'MultiLineString' || g.type === 'Polygon') return g.coordinates.flat();
		if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
		throw new Error(`unexpected geometry ${g.type}`);
	});
}

describe('the basemap', () => {
	it('is what the script builds for the built-in story today (run `npm run basemap` after changing it)', () => {
		expect(shipped).toBe(JSON.stringify(basemapForStory(topology, builtIn)) + '\n');
		expect(basemapFits(JSON.parse(shipped), builtIn)).toBe(true);
	});

	it('is not reused for a story elsewhere or with other labels: the build makes that one its own', () => {
		expect(basemapFits(basemap, story)).toBe(true);
		const moved = story.places.map((p) => ({ ...p, lon: p.lon - 100, lat: p.lat - 60 }));
		expect(basemapFits(basemap, { ...story, places: moved })).toBe(false);
		const meta = { ...story.meta, countryLabels: story.meta.countryLabels.slice(1) };
		expect(basemapFits(basemap, { ...story, meta })).toBe(false);
	});

	it('clips its land and borders to the story region', () => {
		// Country labels are not clipped: they stand where the story's meta.countryLabels puts them.
		const clipped = basemap.features.filter((f) => f.properties?.kind !== 'country-label');
		const [west, south, east, north] = storyRegion(story);
		for (const [lon, lat] of positionsOf({ type: 'FeatureCollection', features: clipped })) {
			expect(lon).toBeGreaterThanOrEqual(west);
			expect(lon).toBeLessThanOrEqual(east);
			expect(lat).toBeGreaterThanOrEqual(south);
			expect(lat).toBeLessThanOrEqual(north);
		}
	});

	it('covers every place in the gazetteer', () => {
		const [west, south, east, north] = storyRegion(story);
		for (const place of story.places) {
			expect(place.lon > west && place.lon < east && place.lat > south && place.lat < north).toBe(
				true
			);
		}
	});

	it('ships small: 150 KB gzip at most', () => {
		expect(gzipSync(built).length).toBeLessThanOrEqual(150 * 1024);
		expect(gzipSync(shipped).length).toBeLessThanOrEqual(150 * 1024);
	});

	it('is valid GeoJSON: closed rings of four or more points, lines of two or more', () => {
		expect(basemap.type).toBe('FeatureCollection');
		for (const feature of basemap.features) {
			expect(feature.type).toBe('Feature');
			const g = feature.geometry;
			if (g.type === 'MultiPolygon') {
				for (const ring of g.coordinates.flat()) {
					expect(ring.length).toBeGreaterThanOrEqual(4);
					expect(ring[0]).toEqual(ring.at(-1));
				}
			} else if (g.type === 'MultiLineString') {
				for (const line of g.coordinates) expect(line.length).toBeGreaterThanOrEqual(2);
			}
		}
	});

	it('has the countries of the story, their borders and their labels', () => {
		const names = basemap.features
			.filter((f) => f.properties?.kind === 'country')
			.map((f) => f.properties?.name);
		expect(story.meta.countries.length).toBeGreaterThan(0);
		for (const name of story.meta.countries) expect(names).toContain(name);
		// Not the world's: no country wholly outside the region.
		const [west, south, east, north] = storyRegion(story);
		const world = feature(
			topology,
			topology.objects.countries as GeometryCollection<{ name: string }>
		).features;
		const far = world.filter((country) => {
			const points = positionsOf({ type: 'FeatureCollection', features: [country] });
			return points.every(
				([lon, lat]) => lon! < west || lon! > east || lat! < south || lat! > north
			);
		});
		expect(far.length).toBeGreaterThan(0);
		for (const country of far) expect(names).not.toContain(country.properties?.name);
		expect(basemap.features.filter((f) => f.properties?.kind === 'border')).toHaveLength(1);
		const labels = basemap.features.filter((f) => f.properties?.kind === 'country-label');
		expect(
			labels.map((f) => [f.properties?.name, ...(f.geometry as GeoJSON.Point).coordinates])
		).toEqual(story.meta.countryLabels.map(({ name, lon, lat }) => [name, lon, lat]));
	});

	it('is clipped to the story’s places and camera boxes, with a margin', () => {
		// Half the box's span on each side, at least 10°, rounded out to whole degrees.
		expect(
			regionFor([
				{ lon: 10, lat: 20 },
				{ lon: 50, lat: 40 }
			])
		).toEqual([-10, 10, 70, 50]);
		expect(regionFor([{ lon: -60.5, lat: -30.5 }])).toEqual([-71, -41, -50, -20]);
		expect(regionFor([{ lon: 0, lat: 0 }], [[-40, -10, 40, 10]])).toEqual([-80, -20, 80, 20]);
		// Strung out along a parallel (California to Rome), a story still gets land above and
		// below: at least two fifths of its width high, before rounding.
		expect(
			regionFor([
				{ lon: -122.4, lat: 37.8 },
				{ lon: 12.5, lat: 41.9 }
			])
		).toEqual([-180, 12, 80, 67]);
		expect(
			regionFor([
				{ lon: 170, lat: 80 },
				{ lon: 100, lat: 60 }
			])
		).toEqual([65, 50, 180, 85]);
		// The story's region: its places, and its camera boxes, which can reach beyond them.
		const boxes = story.events.flatMap((e) => (e.camera?.bounds ? [e.camera.bounds] : []));
		expect(boxes.length).toBeGreaterThan(0);
		expect(storyRegion(story)).toEqual(regionFor(story.places, boxes));
		expect(storyRegion(story)).not.toEqual(regionFor(story.places));
		expect(basemap.bbox).toEqual(storyRegion(story));
	});
});
