import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Position } from 'geojson';
import { basemapForStory, regionFor, storyRegion } from '$lib/basemap/build.js';
import { story } from './built-in-story';
import { basemapFits } from '$lib/story/vite-plugin';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const topology = JSON.parse(read('../node_modules/world-atlas/countries-50m.json'));
const shipped = read('../src/lib/data/basemap.json');
const basemap = JSON.parse(shipped) as FeatureCollection;

function positionsOf(collection: FeatureCollection): Position[] {
	return collection.features.flatMap((feature) => {
		const g = feature.geometry;
		if (g.type === 'Point') return [g.coordinates];
		if (g.type === 'MultiLineString') return g.coordinates.flat();
		if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
		throw new Error(`unexpected geometry ${g.type}`);
	});
}

describe('the basemap', () => {
	it('is what the script builds for the built-in story today (run `npm run basemap` after changing it)', () => {
		expect(shipped).toBe(JSON.stringify(basemapForStory(topology, story)) + '\n');
		expect(basemapFits(basemap, story)).toBe(true);
	});

	it('is not reused for a story elsewhere or with other labels: the build makes that one its own', () => {
		const moved = story.places.map((p) => ({ ...p, lon: p.lon - 100, lat: p.lat - 60 }));
		expect(basemapFits(basemap, { ...story, places: moved })).toBe(false);
		const meta = { ...story.meta, countryLabels: story.meta.countryLabels.slice(1) };
		expect(basemapFits(basemap, { ...story, meta })).toBe(false);
	});

	it('stays inside the story region', () => {
		const [west, south, east, north] = storyRegion(story);
		for (const [lon, lat] of positionsOf(basemap)) {
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
		for (const name of ['Syria', 'Iraq', 'Turkey', 'Iran', 'Kazakhstan', 'Russia', 'Lebanon']) {
			expect(names).toContain(name);
		}
		expect(names).not.toContain('Brazil');
		expect(basemap.features.filter((f) => f.properties?.kind === 'border')).toHaveLength(1);
		expect(basemap.features.some((f) => f.properties?.name === 'SYRIA')).toBe(true);
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
		expect(regionFor([{ lon: 0, lat: 0 }], [[-40, -5, 40, 5]])).toEqual([-80, -15, 80, 15]);
		expect(
			regionFor([
				{ lon: 170, lat: 80 },
				{ lon: 100, lat: 60 }
			])
		).toEqual([65, 50, 180, 85]);
		expect(basemap.bbox).toEqual(storyRegion(story));
	});
});
