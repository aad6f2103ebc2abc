import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { basemapForStory, regionFor, storyRegion } from '../tools/basemap/build.js';
import { basemapFits, basemapSources } from '../tools/basemap/for-story';
import { storyBasemap } from '../tools/basemap/story-basemap';
import { builtIn, fixture as story } from './stories';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const topology = JSON.parse(read('../node_modules/world-atlas/countries-50m.json')) as Topology;
/** The basemap shipped in the repository: the built-in story's, and its 1:10m detail. */
const shipped = read('../src/lib/data/basemap.json');
const shippedDetail = read('../src/lib/data/basemap-detail.json');
/** The fixture's 1:50m land and borders, as its build makes them. */
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
		const { base, detail } = storyBasemap(basemapSources(), builtIn);
		expect(shipped).toBe(JSON.stringify(base) + '\n');
		expect(shippedDetail).toBe(JSON.stringify(detail) + '\n');
		expect(basemapFits(JSON.parse(shipped), builtIn)).toBe(true);
	}, 60_000);

	it('is not reused for a story elsewhere, with other labels or other cameras: the build makes that one its own', () => {
		const fitting = JSON.parse(shipped) as { fingerprint: string };
		expect(basemapFits(fitting, builtIn)).toBe(true);
		const moved = builtIn.places.map((p) => ({ ...p, lon: p.lon - 100, lat: p.lat - 60 }));
		expect(basemapFits(fitting, { ...builtIn, places: moved })).toBe(false);
		const meta = { ...builtIn.meta, countryLabels: builtIn.meta.countryLabels.slice(1) };
		expect(basemapFits(fitting, { ...builtIn, meta })).toBe(false);
		// A camera close in on Moscow: the 1:10m detail must cover ground it did not.
		const moscow: [number, number] = [37.62, 55.75];
		const closer = builtIn.events.map((e, i) =>
			i === 0 ? { ...e, camera: { center: moscow, zoom: 8 } } : e
		);
		expect(basemapFits(fitting, { ...builtIn, events: closer })).toBe(false);
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

	it('ships small: the built-in story’s two files 250 KB gzip at most, the overview’s file 120 KB', () => {
		expect(gzipSync(built).length).toBeLessThanOrEqual(120 * 1024);
		expect(gzipSync(shipped).length).toBeLessThanOrEqual(120 * 1024);
		expect(gzipSync(shipped).length + gzipSync(shippedDetail).length).toBeLessThanOrEqual(
			250 * 1024
		);
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
