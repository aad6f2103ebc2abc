import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { areasGeoJSON, areasOf } from '$lib/map/areas';
import { connectionsGeoJSON } from '$lib/map/connections';
import { renderStaticMap } from '$lib/map/render-static-map';
import { buildStyle, LABEL_FONT, placesGeoJSON } from '$lib/map/style';
import { fixture as story, fixtureEvent } from './stories';

const origin = 'https://story.example';
const style = buildStyle({
	basemapUrl: `${origin}/_app/immutable/assets/basemap.json`,
	detailZoom: 5,
	hasDetail: true,
	lang: 'en',
	tiles: null,
	fonts: [
		{ url: `${origin}/_app/immutable/assets/noto-sans.woff2`, range: ['U+0000-00FF'] },
		{ url: `${origin}/_app/immutable/assets/noto-sans-arabic.woff2`, range: ['U+0600-06FF'] }
	],
	places: story.places,
	countries: story.meta.countries,
	connections: connectionsGeoJSON(story.events, story.places),
	areas: areasGeoJSON(story.events)
});

describe('the map style', () => {
	it('is a valid MapLibre style', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('needs no glyph server, sprite or tiles: labels come from font-faces', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		// One face, in a file per script, each fetched only for the characters it covers.
		expect(style['font-faces']?.[LABEL_FONT]).toEqual([
			{ url: `${origin}/_app/immutable/assets/noto-sans.woff2`, 'unicode-range': ['U+0000-00FF'] },
			{
				url: `${origin}/_app/immutable/assets/noto-sans-arabic.woff2`,
				'unicode-range': ['U+0600-06FF']
			}
		]);
		const fonts = style.layers.flatMap((layer) =>
			layer.type === 'symbol' ? [layer.layout?.['text-font']] : []
		);
		expect(fonts.length).toBeGreaterThan(0);
		for (const font of fonts) expect(font).toEqual([LABEL_FONT]);
	});

	it('loads nothing from another origin', () => {
		const urls = JSON.stringify(style).match(/[a-z]+:\/\/[^"]+/g) ?? [];
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) expect(url.startsWith(origin), url).toBe(true);
	});

	it('highlights through feature state, so a step never rebuilds the style', () => {
		const placeLayers = style.layers.filter(
			(layer) => 'source' in layer && layer.source === 'places'
		);
		expect(placeLayers.map((l) => l.id)).toEqual(['place-halos', 'place-dots', 'place-labels']);
		for (const layer of placeLayers) expect(JSON.stringify(layer.paint)).toContain('feature-state');
	});

	it('draws a place’s dot only where its name is drawn too', () => {
		const paint = (id: string) => style.layers.find((layer) => layer.id === id)!.paint as object;
		const labels = JSON.stringify(paint('place-labels'));
		const dots = paint('place-dots') as Record<string, unknown>;
		// The same zoom stops fade a context place's dot and its name in together.
		const stops = (value: unknown) =>
			JSON.stringify(value)
				.match(/\["zoom"\],([\d.]+),.*?,([\d.]+),/)
				?.slice(1);
		const labelStops = stops(JSON.parse(labels)['text-opacity']);
		expect(labelStops).toBeDefined();
		expect(stops(dots['circle-opacity'])).toEqual(labelStops);
		expect(stops(dots['circle-stroke-opacity'])).toEqual(labelStops);
	});

	it('draws the lines between places, shown only while their step is current', () => {
		const lines = style.layers.find((layer) => layer.id === 'connection-lines')!;
		expect('source' in lines && lines.source).toBe('connections');
		expect(JSON.stringify(lines.paint)).toContain('feature-state');
	});

	it('shades areas with a fill and an outline, shown only while their step is current', () => {
		const layers = style.layers.filter((layer) => 'source' in layer && layer.source === 'areas');
		expect(layers.map((l) => [l.id, l.type])).toEqual([
			['area-fills', 'fill'],
			['area-outlines', 'line']
		]);
		const paint = (id: string) =>
			style.layers.find((layer) => layer.id === id)!.paint as Record<string, unknown>;
		// Invisible unless the feature state says the area is highlighted.
		const off = ['case', ['boolean', ['feature-state', 'highlighted'], false]];
		expect(paint('area-fills')['fill-opacity']).toEqual([...off, expect.any(Number), 0]);
		expect(paint('area-outlines')['line-opacity']).toEqual([...off, expect.any(Number), 0]);
		// Under the lines and places, so they stay legible over a shaded area.
		const order = style.layers.map((layer) => layer.id);
		expect(order.indexOf('area-outlines')).toBeLessThan(order.indexOf('connection-lines'));
		expect(order.indexOf('area-fills')).toBeGreaterThan(order.indexOf('land'));
		expect(style.sources.areas).toMatchObject({ type: 'geojson', promoteId: 'id' });
	});

	it('shades the story’s own countries a shade darker than the rest', () => {
		const land = style.layers.find((layer) => layer.id === 'land')!;
		const fill = (land.paint as Record<string, unknown>)['fill-color'];
		expect(story.meta.countries.length).toBeGreaterThan(0);
		expect(fill).toEqual([
			'case',
			['in', ['get', 'name'], ['literal', story.meta.countries]],
			expect.any(String),
			expect.any(String)
		]);
		const [, , darker, rest] = fill as string[];
		expect(darker).not.toBe(rest);
	});

	it('feeds every area of every step to one source, keyed by area id', () => {
		const { features } = areasGeoJSON(story.events);
		const areas = story.events.flatMap((event) => event.areas ?? []);
		expect(areas.length).toBeGreaterThanOrEqual(2);
		expect(features.map((f) => f.id)).toEqual(areas.map((a) => a.id));
		expect(features.map((f) => f.properties!.id)).toEqual(areas.map((a) => a.id));
		expect(features.map((f) => f.geometry)).toEqual(areas.map((a) => a.geometry));
		// The fixture has both kinds of outline.
		expect(new Set(features.map((f) => f.geometry.type))).toEqual(
			new Set(['Polygon', 'MultiPolygon'])
		);
		const shaded = fixtureEvent((e) => e.areas?.length);
		expect(areasOf(shaded)).toEqual(shaded.areas!.map((a) => a.id));
		const plain = story.events.filter((e) => !e.areas?.length);
		expect(plain.length).toBeGreaterThan(0);
		expect(areasOf(plain[0]!)).toEqual([]);
		expect(areasGeoJSON(plain).features).toEqual([]);
	});

	it('draws every gazetteer place, keyed by its id', () => {
		const features = placesGeoJSON(story.places).features;
		expect(features.map((f) => f.id)).toEqual(story.places.map((p) => p.id));
		expect(features[0]!.geometry.coordinates).toEqual([story.places[0]!.lon, story.places[0]!.lat]);
	});
});

/** The fixture's style with its route drawn. */
const withRoute = buildStyle({
	basemapUrl: `${origin}/basemap.json`,
	detailZoom: 5,
	hasDetail: false,
	lang: 'en',
	tiles: null,
	fonts: [],
	places: story.places,
	countries: story.meta.countries,
	connections: connectionsGeoJSON(story.events, story.places),
	areas: areasGeoJSON(story.events),
	route: true
});

describe('the route so far in the style', () => {
	const ids = (s: typeof style) => s.layers.map((layer) => layer.id);

	it('is a line under the places, on an empty source the page fills, when the story asks', () => {
		expect(validateStyleMin(withRoute)).toEqual([]);
		expect(withRoute.sources.route).toEqual({
			type: 'geojson',
			data: { type: 'FeatureCollection', features: [] }
		});
		const order = ids(withRoute);
		expect(order.indexOf('route-line')).toBeGreaterThan(order.indexOf('connection-lines'));
		expect(order.indexOf('route-line')).toBeLessThan(order.indexOf('place-dots'));
	});

	it('is not there for a story without one', () => {
		expect(style.sources.route).toBeUndefined();
		expect(ids(style).filter((id) => id.startsWith('route'))).toEqual([]);
	});
});

describe('the live map and the static maps', () => {
	const paint = (id: string) =>
		withRouteStyle.layers.find((layer) => layer.id === id)!.paint as Record<string, unknown>;
	// The route's style of the block above: the same inputs.
	const withRouteStyle = withRoute;
	/** What a highlighted feature is drawn with (the first branch of a feature-state case). */
	const on = (value: unknown) => (value as unknown[])[2];
	const lined = fixtureEvent((e) => e.connections?.length);
	const shaded = fixtureEvent((e) => e.areas?.length);
	const [first, second] = story.places;
	const town = story.places.find((p) => p.id === lined.places[0])!;
	/** A place beside the step's, drawn dimmed (invented for the test). */
	const neighbour = { ...town, id: 'neighbour', name: 'Neighbour', lon: town.lon + 1.5 };
	const svg = renderStaticMap({
		basemap: { type: 'FeatureCollection', features: [] },
		places: [...story.places, neighbour],
		countries: story.meta.countries,
		highlighted: lined.places,
		connections: lined.connections,
		areas: shaded.areas,
		route: [
			[first!.lon, first!.lat],
			[second!.lon, second!.lat]
		],
		bounds: [town.lon - 4, town.lat - 3, town.lon + 4, town.lat + 3],
		width: 800,
		height: 600,
		title: 'test'
	});
	/** The attributes of the drawing's first element that matches (its group 1, if it has one). */
	const drawn = (pattern: RegExp) => {
		const match = pattern.exec(svg);
		const element = match?.[1] ?? match?.[0];
		expect(element, String(pattern)).toBeDefined();
		return Object.fromEntries(
			[...element!.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]])
		);
	};

	it('draw places, lines, areas and the route with the same paint (one table: MAP_PAINT)', () => {
		// A highlighted place: its glow (no ring), then its dot.
		const glow = drawn(/<circle (?![^>]*stroke)[^>]*\/>/);
		expect(Number(glow.r)).toBe(on(paint('place-halos')['circle-radius']));
		expect(Number(glow['fill-opacity'])).toBe(on(paint('place-halos')['circle-opacity']));
		const dot = drawn(/<circle (?![^>]*stroke)[^>]*\/>(<circle [^>]*\/>)/);
		expect(Number(dot.r)).toBe(on(paint('place-dots')['circle-radius']));
		expect(Number(dot['stroke-width'])).toBe(on(paint('place-dots')['circle-stroke-width']));
		const lines = drawn(/<path class="connections"[^>]*>/);
		expect(Number(lines['stroke-width'])).toBe(paint('connection-lines')['line-width']);
		expect(Number(lines['stroke-opacity'])).toBe(on(paint('connection-lines')['line-opacity']));
		const areas = drawn(/<path class="areas"[^>]*>/);
		expect(Number(areas['fill-opacity'])).toBe(on(paint('area-fills')['fill-opacity']));
		expect(Number(areas['stroke-width'])).toBe(paint('area-outlines')['line-width']);
		const route = drawn(/<path class="route"[^>]*>/);
		expect(Number(route['stroke-width'])).toBe(paint('route-casing')['line-width']);
		expect(route.stroke).toBe(paint('route-casing')['line-color']);
	});

	it('draw another place’s name as faint in both', () => {
		const faint = JSON.stringify(paint('place-labels')['text-opacity']);
		const label = drawn(/<text class="place-label"(?![^>]*font-weight)[^>]*>/);
		expect(faint).toContain(`,${label.opacity},0]`);
	});
});
