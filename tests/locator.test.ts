// The locator inset (`meta.locator`): the region fitted small, the box a view makes on it
// (the live map's and the static maps' one function), the static maps drawing it, the
// schema's field and the flag the page's map data carries.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoMercator } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { extentOf, locatorBox, locatorFrame } from '$lib/map/locator';
import { MAP_PAINT } from '$lib/map/paint.js';
import { renderStaticMap } from '$lib/map/render-static-map';
import { storyRegion } from '$lib/map/region.js';
import { locatorFileSvg } from '$lib/map/static-locator';
import type { Bounds, Place } from '$lib/story/types';
import { projectionFor } from '$lib/map/static-map-frame';
import { basemapForStory } from '../tools/basemap/build.js';
import { buildMapData } from '../tools/map-data/build';
import { validateStory } from '../tools/story/problems';
import { fixture as story, FIXTURE_STORY } from './stories';

const topology = JSON.parse(
	readFileSync(new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8')
);
const basemap = basemapForStory(topology, story) as FeatureCollection;
const region = storyRegion(story) as Bounds;
const { countries } = story.meta;
const paint = MAP_PAINT.locator;

/** A view `span` degrees across (and half as tall) around a point. */
const around = ([lon, lat]: [number, number], span: number): Bounds => [
	lon - span / 2,
	lat - span / 4,
	lon + span / 2,
	lat + span / 4
];

describe('the locator inset’s frame', () => {
	it('fits the region in the paint table’s box, in Mercator, corner to corner', () => {
		const frame = locatorFrame([20, 30, 80, 55]);
		expect(frame.width).toBeLessThanOrEqual(paint.width);
		expect(frame.height).toBeLessThanOrEqual(paint.height);
		expect(Math.max(frame.width / paint.width, frame.height / paint.height)).toBeCloseTo(1, 1);
		const [x0, y0] = frame.project(20, 55);
		const [x1, y1] = frame.project(80, 30);
		expect([x0, y0]).toEqual([0, 0]);
		expect(x1).toBeCloseTo(frame.width, 0);
		expect(y1).toBeCloseTo(frame.height, 0);
		// Mercator: a degree of latitude is longer in the north than in the south.
		expect(frame.project(50, 54)[1] - frame.project(50, 55)[1]).toBeGreaterThan(
			frame.project(50, 30)[1] - frame.project(50, 31)[1]
		);
	});
});

describe('the box a view makes on the inset', () => {
	const frame = locatorFrame(region);
	const centre: [number, number] = [(region[0] + region[2]) / 2, (region[1] + region[3]) / 2];

	it('marks a view inside the region where it is, and moves with it', () => {
		const here = locatorBox(frame, around(centre, 4))!;
		const east = locatorBox(frame, around([centre[0] + 5, centre[1]], 4))!;
		expect(here.x + here.width / 2).toBeCloseTo(frame.width / 2, 0);
		expect(east.x).toBeGreaterThan(here.x);
		expect(east.y).toBe(here.y);
		expect(east.width).toBe(here.width);
	});

	it('keeps a close view’s box at least the least size, about its middle, inside the inset', () => {
		const close = locatorBox(frame, around(centre, 0.05))!;
		expect(close.width).toBe(paint.minExtent);
		expect(close.height).toBe(paint.minExtent);
		expect(close.x + close.width / 2).toBeCloseTo(frame.width / 2, 0);
		const corner = locatorBox(frame, around([region[0] + 0.01, region[3] - 0.01], 0.05))!;
		expect(corner).toMatchObject({ x: 0, y: 0, width: paint.minExtent });
	});

	it('clips a view that runs past the region to the inset', () => {
		const edge = locatorBox(frame, around([region[2], centre[1]], 6))!;
		expect(edge.x + edge.width).toBeCloseTo(frame.width, 0);
	});

	it('marks nothing where the view shows most of the region, or lies outside it', () => {
		expect(locatorBox(frame, region)).toBeNull();
		const [west, south, east, north] = region;
		expect(locatorBox(frame, [west, south, (west + east) / 2, north])).toBeNull();
		expect(locatorBox(frame, around([east + 20, north + 5], 4))).toBeNull();
	});
});

it('reads a drawing’s extent back through its projection, turned or not', () => {
	const box: Bounds = [-70, -20, -60, -10];
	const projection = geoMercator().fitSize([800, 600], {
		type: 'MultiPoint',
		coordinates: [box.slice(0, 2), box.slice(2)]
	});
	const extent = extentOf((p) => projection.invert!(p), 800, 600)!;
	// The drawing is wider than the box (800x600 around a square box): its lats are the box's.
	expect(extent[1]).toBeCloseTo(-20, 1);
	expect(extent[3]).toBeCloseTo(-10, 1);
	expect(extent[0]).toBeLessThan(-70);
	const turned = extentOf((p) => projection.angle(30).invert!(p), 800, 600)!;
	expect(turned[3] - turned[1]).toBeGreaterThan(extent[3] - extent[1]);
});

describe('the static maps’ inset', () => {
	const locator = { basemap, countries, region };
	const draw = (bounds: Bounds, withLocator = true) =>
		renderStaticMap({
			basemap,
			places: story.places,
			countries,
			highlighted: [],
			bounds,
			width: 800,
			height: 600,
			title: 'test',
			locator: withLocator ? locator : undefined
		});
	const la_paz = story.places.find((p) => p.id === 'la-paz')!;

	it('is drawn over the scale bar, with the box of what the map shows, where the story asks', () => {
		const svg = draw(around([la_paz.lon, la_paz.lat], 6));
		const inset = /<svg class="locator" x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"/.exec(svg);
		expect(inset).not.toBeNull();
		const [x, y, , height] = inset!.slice(1).map(Number);
		expect(y! + height!).toBeLessThan(600 - 44 - 12); // stands clear of the scale bar's words
		expect(x).toBe(Math.round(800 * 0.875) - 8 - MAP_PAINT.scaleBar.maxWidth);
		expect(svg).toMatch(/<rect class="locator-extent" x="[\d.]+" y="[\d.]+" width="[\d.]+"/);
		// After the map and its names: nothing is drawn over it.
		expect(svg.indexOf('class="locator"')).toBeGreaterThan(svg.indexOf('class="labels-small"'));
	});

	it('keeps the map’s names clear of it', () => {
		const bounds = around([la_paz.lon, la_paz.lat], 6);
		const inset = (svg: string) =>
			/<svg class="locator" x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"/
				.exec(svg)!
				.slice(1)
				.map(Number) as [number, number, number, number];
		const [x, y, w, h] = inset(draw(bounds));
		// A place (invented for the test) just west of the inset: its name would run into it.
		const [lon, lat] = projectionFor({ bounds }, { width: 800, height: 600 }).invert!([
			x - 20,
			y + h / 2
		])!;
		const near: Place = { ...la_paz, id: 'near', name: 'Nearby Town', lon, lat };
		const svg = renderStaticMap({
			basemap,
			places: [near],
			countries,
			highlighted: ['near'],
			bounds,
			width: 800,
			height: 600,
			title: 'test',
			locator: { basemap, countries, region }
		});
		const labels = /<g class="labels">(.*?)<\/g>/.exec(svg)![1]!;
		const name = /<text class="place-label" x="(\d+)" y="(\d+)"[^>]*text-anchor="(\w+)"/.exec(
			labels
		)!;
		const [nx, ny] = [Number(name[1]), Number(name[2])];
		// Set to the west of its dot, or above or below the inset: not across it.
		const across = name[3] === 'start' && nx < x + w && ny > y - 8 && ny < y + h + 8;
		expect(across, name[0]).toBe(false);
	});

	it('is absent where the story does not ask, and where the map shows most of the region', () => {
		expect(draw(around([la_paz.lon, la_paz.lat], 6), false)).not.toContain('locator');
		expect(draw(region)).not.toContain('locator');
	});

	it('has the region alone as a small file, for the live map to mark', () => {
		const svg = locatorFileSvg(locator);
		const frame = locatorFrame(region);
		expect(svg).toContain(`viewBox="0 0 ${frame.width} ${frame.height}"`);
		expect(svg).toContain(`fill="${paint.storyCountry}"`);
		expect(svg).not.toContain('locator-extent');
		// Whole pixels, each repeated point dropped: a few kilobytes, not the basemap's hundreds.
		expect(svg.length).toBeLessThan(12_000);
		expect(svg).not.toMatch(/L(-?\d+,-?\d+)L\1(?!\d)/);
	});
});

describe('the story file’s `meta.locator`', () => {
	it('is true or absent', () => {
		expect(validateStory({ ...story, meta: { ...story.meta, locator: true } })).toEqual([]);
		const without = { ...story.meta, locator: undefined };
		expect(validateStory({ ...story, meta: without })).toEqual([]);
		expect(validateStory({ ...story, meta: { ...story.meta, locator: 'yes' as never } })).toEqual([
			'story.json: meta.locator must be true, or left out'
		]);
	});

	it('reaches the page’s map data only when asked, so other stories carry nothing', async () => {
		const asked = await buildMapData(FIXTURE_STORY, story, 'andes.json');
		expect(asked.data.locator).toBe(true);
		const without = { ...story.meta, locator: undefined };
		const plain = await buildMapData(FIXTURE_STORY, { ...story, meta: without }, 'andes.json');
		expect('locator' in plain.data).toBe(false);
	});
});
