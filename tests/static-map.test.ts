import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { AreaGeometry } from '$lib/map/areas';
import { cameraFor } from '$lib/map/camera';
import { renderStaticMap, staticFrameFor } from '$lib/map/render-static-map';
import { describeMap } from '$lib/map/view';
import type { Place } from '$lib/story/types';
import { MAP_PAINT } from '$lib/map/paint.js';
import { basemapForStory } from '../tools/basemap/build.js';
import { fixture as story, fixtureEvent, placesOf } from './stories';

const topology = JSON.parse(
	readFileSync(new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8')
);
/** The fixture's basemap, as its build makes it. */
const basemap = basemapForStory(topology, story) as FeatureCollection;
const { countries } = story.meta;
/** A step of one town: the static map frames the country around it. */
const event = fixtureEvent((e) => e.places.length === 1 && e.precision === 'day');
const town = placesOf(event)[0]!;
/** A place near the step's town, to be drawn dimmed beside it (invented for the test). */
const neighbour: Place = {
	id: 'neighbour',
	name: 'Neighbour',
	region: 'test',
	lon: town.lon + 1.5,
	lat: town.lat - 1,
	geonames: { name: 'Neighbour', country: 'XX' }
};
const places = [...story.places, neighbour];

const inputsOf = (highlighted: string[], drawn = places, inline = false) => ({
	inline,
	basemap,
	places: drawn,
	countries,
	highlighted,
	bounds: staticFrameFor(cameraFor(event, placesOf(event))),
	width: 800,
	height: 600,
	title: describeMap(placesOf(event), [], story.meta.overview!.alt)
});

const render = (highlighted: string[], drawn = places, inline = false) =>
	renderStaticMap(inputsOf(highlighted, drawn, inline));

/** One of the drawing's two sets of names: as drawn full size, or as drawn small. */
const labelsOf = (svg: string, set: 'labels' | 'labels-small' = 'labels') =>
	new RegExp(`<g class="${set}"[^>]*>(.*?)</g>`).exec(svg)?.[1] ?? '';

describe('the static map', () => {
	const svg = render(event.places);

	it('says what it is where told to, and says nothing otherwise', () => {
		expect(svg).not.toContain('class="map-note"');
		const noted = renderStaticMap({ ...inputsOf(event.places), note: 'Simplified <map>' });
		expect(noted).toContain('>Simplified &lt;map&gt;</text>');
	});

	it('is a titled SVG document of the requested size', () => {
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600"')).toBe(
			true
		);
		expect(svg).toContain(`<title>Map: ${town.name}, ${town.region}</title>`);
		expect(svg.endsWith('</svg>')).toBe(true);
	});

	it('highlights the step’s places and draws the others dimmed', () => {
		const names = labelsOf(svg);
		const bold = [...names.matchAll(/font-weight="700"[^>]*>([^<]+)</g)].map((m) => m[1]).sort();
		expect(bold).toEqual([town.name]);
		expect(names).toContain(`opacity="${MAP_PAINT.placeLabels.contextOpacity}">Neighbour<`);
		// Places outside the frame are left out.
		const far = story.places.filter((p) => Math.abs(p.lat - town.lat) > 10);
		expect(far.length).toBeGreaterThan(0);
		for (const place of far) expect(svg).not.toContain(`>${place.name}<`);
	});

	/** A step of several places with lines between them, zoomed out. */
	const talks = fixtureEvent((e) => e.connections && e.camera?.bounds);
	const talksMap = renderStaticMap({
		basemap,
		places: story.places,
		countries,
		highlighted: talks.places,
		connections: talks.connections,
		bounds: staticFrameFor(cameraFor(talks, placesOf(talks))),
		width: 800,
		height: 600,
		title: 'talks'
	});

	it('zoomed out, draws only the step’s places: no dot without a readable name', () => {
		for (const set of ['labels', 'labels-small'] as const) {
			const names = [...labelsOf(talksMap, set).matchAll(/class="place-label"[^>]*>([^<]+)</g)]
				.map((m) => m[1])
				.sort();
			expect(names).toEqual(
				placesOf(talks)
					.map((p) => p.name)
					.sort()
			);
		}
		// A highlighted place's ring and dot; no other dot.
		expect(talksMap.match(/<circle /g)?.length).toBe(2 * talks.places.length);
	});

	it('draws a step’s lines between its places, and none for a step without', () => {
		const d = /<path class="connections" d="([^"]+)"/.exec(talksMap)?.[1] ?? '';
		// One curve (a move and many line segments) for each of the three capitals.
		expect(d.match(/M/g)?.length).toBe(talks.connections!.length);
		expect(d.match(/L/g)?.length).toBeGreaterThan(30);
		expect(svg).not.toContain('class="connections"');
	});

	describe('areas', () => {
		/** A box around the town, wound as GeoJSON winds an outer ring (counter-clockwise). */
		const [x, y] = [town.lon, town.lat];
		const box = [
			[x - 0.3, y - 0.2],
			[x + 0.3, y - 0.2],
			[x + 0.3, y + 0.2],
			[x - 0.3, y + 0.2],
			[x - 0.3, y - 0.2]
		];
		const draw = (areas: { geometry: AreaGeometry }[]) =>
			renderStaticMap({
				basemap,
				places: story.places,
				countries,
				highlighted: event.places,
				areas,
				bounds: staticFrameFor(cameraFor(event, placesOf(event))),
				width: 800,
				height: 600,
				title: 'areas'
			});
		const shaded = (svg: string) => /<path class="areas" d="([^"]+)"/.exec(svg)?.[1];
		const points = (d: string) =>
			[...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

		it('shades a step’s areas where they are, whichever way their rings wind', () => {
			const d = shaded(draw([{ geometry: { type: 'Polygon', coordinates: [box] } }]))!;
			expect(d).toBeDefined();
			// The box, not the world around it: every corner near the town's dot.
			const dot = new RegExp(`<circle cx="(\\d+)" cy="(\\d+)" r="${MAP_PAINT.highlighted.radius}"`)
				.exec(svg)!
				.slice(1)
				.map(Number);
			const corners = points(d);
			expect(corners.length).toBe(4);
			for (const [x, y] of corners) {
				expect(Math.abs(x! - dot[0]!)).toBeLessThan(60);
				expect(Math.abs(y! - dot[1]!)).toBeLessThan(60);
			}
			const reversed = { type: 'Polygon' as const, coordinates: [[...box].reverse()] };
			expect(points(shaded(draw([{ geometry: reversed }]))!).sort()).toEqual(corners.sort());
		});

		it('names the labelled areas it shades in its description', () => {
			const alt = story.meta.overview!.alt;
			expect(describeMap(placesOf(event), [{ label: 'the city' }, {}], alt)).toBe(
				`Map: ${town.name}, ${town.region}; shaded: the city`
			);
			expect(describeMap(placesOf(event), [], alt)).toBe(`Map: ${town.name}, ${town.region}`);
			expect(describeMap([], [], alt)).toBe(alt);
		});

		it('draws each polygon of a multipolygon, and nothing for a step without areas', () => {
			const north = box.map(([lon, lat]) => [lon!, lat! + 1]);
			const multi = { type: 'MultiPolygon' as const, coordinates: [[box], [north]] };
			expect(shaded(draw([{ geometry: multi }]))!.match(/M/g)?.length).toBe(2);
			expect(shaded(draw([]))).toBeUndefined();
			expect(svg).not.toContain('class="areas"');
		});
	});

	it('clips the basemap to its frame, so each file stays small', () => {
		expect(svg.length).toBeLessThan(60_000);
		const coordinates = [...svg.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
			Number(m[1]),
			Number(m[2])
		]);
		expect(coordinates.length).toBeGreaterThan(50);
		for (const [x, y] of coordinates) {
			expect(x).toBeGreaterThanOrEqual(-1);
			expect(x).toBeLessThanOrEqual(801);
			expect(y).toBeGreaterThanOrEqual(-1);
			expect(y).toBeLessThanOrEqual(601);
		}
	});

	it('as an image file, shows larger names, placed for their size, when drawn small', () => {
		// Media queries in an SVG image answer to its drawn size: half size on a phone.
		expect(svg).toMatch(
			/@media \(max-width: \d+px\) \{ \.labels \{ display: none \} \.labels-small \{ display: inline \} /
		);
		// Its scale bar's words too, about 10 px on screen.
		expect(svg).toMatch(/\.scale-bar text \{ font-size: 20px \} \}/);
		const sizes = (set: 'labels' | 'labels-small') =>
			[...labelsOf(svg, set).matchAll(/class="place-label"[^>]*font-size="(\d+)"/g)].map((m) =>
				Number(m[1])
			);
		expect(Math.min(...sizes('labels-small'))).toBeGreaterThan(Math.max(...sizes('labels')));
		expect(labelsOf(svg, 'labels-small')).toMatch(/<text class="country-label"/);
		expect(svg).toMatch(/<g class="labels-small" display="none">/);
	});

	it('inlined into the page, carries no <style> (the page’s CSP admits none)', () => {
		expect(render(event.places, places, true)).not.toContain('<style');
	});

	it('escapes names', () => {
		const odd = [{ ...town, name: 'A <b>&</b> "B"' }];
		const out = render([odd[0]!.id], odd);
		expect(out).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot;');
		expect(out).not.toContain('<b>');
	});
});

describe('staticFrameFor', () => {
	it('widens a single town to a readable area around it', () => {
		const [w, s, e, n] = staticFrameFor({ bounds: [40, 35, 40, 35] });
		expect([e - w, n - s]).toEqual([7, 5]);
		expect([(w + e) / 2, (s + n) / 2]).toEqual([40, 35]);
	});

	it('keeps a box that is already wide enough', () => {
		expect(staticFrameFor({ bounds: [35, 30, 80, 55] })).toEqual([35, 30, 80, 55]);
	});
});

describe('a static map of a point camera (center, zoom, bearing)', () => {
	/** The step's town, seen from `zoom` (and turned by `bearing`), its neighbour highlighted too. */
	const pointed = (zoom: number, bearing?: number, route?: [number, number][]) =>
		renderStaticMap({
			basemap,
			places,
			countries,
			highlighted: [town.id, neighbour.id],
			bounds: staticFrameFor(cameraFor(event, placesOf(event))),
			point: { center: [town.lon, town.lat], zoom },
			bearing,
			route,
			width: 800,
			height: 600,
			title: 'test'
		});
	/** Where the highlighted dots are drawn, in the order of the places. */
	const dots = (svg: string) =>
		[
			...svg.matchAll(
				new RegExp(
					`<circle cx="(-?\\d+)" cy="(-?\\d+)" r="${MAP_PAINT.highlighted.glowRadius}"`,
					'g'
				)
			)
		].map((m): [number, number] => [Number(m[1]), Number(m[2])]);
	/** Pixels a degree of longitude takes at `zoom` on MapLibre's 512-pixel world. */
	const perDegree = (zoom: number) => (512 * 2 ** zoom) / 360;

	it('puts its centre in the middle, at the scale of its zoom', () => {
		const [center, east] = dots(pointed(6));
		expect(center).toEqual([400, 300]);
		// 1.5° east of the centre, drawn 1.5 degrees' width of zoom 6 to the right.
		expect(east![0]! - 400).toBeCloseTo(1.5 * perDegree(6), -1);
		// A level closer, twice as far from the middle.
		const [, closer] = dots(pointed(7));
		expect(closer![0]! - 400).toBeCloseTo(2 * (east![0]! - 400), -1);
	});

	it('turns by its bearing about the middle: at 90°, east is up', () => {
		const [center, east] = dots(pointed(6, 90));
		expect(center).toEqual([400, 300]);
		expect(300 - east![1]!).toBeCloseTo(1.5 * perDegree(6), -1);
		// The neighbour lies a degree south, which is now to the right.
		expect(east![0]!).toBeGreaterThan(400);
	});

	it('draws the route so far through its stops, and no route with fewer than two', () => {
		const stops: [number, number][] = [
			[town.lon, town.lat],
			[neighbour.lon, neighbour.lat]
		];
		expect(pointed(6, 0, stops)).toContain('class="route"');
		expect(pointed(6, 0, stops.slice(0, 1))).not.toContain('class="route"');
		expect(pointed(6)).not.toContain('class="route"');
	});
});
