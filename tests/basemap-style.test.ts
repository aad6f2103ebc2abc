// The basemap's part of the live map's style (src/lib/map/basemap-style.ts): which layers
// exist for which data, what each draws at which zoom, and the desk's own tiles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	createExpression,
	featureFilter,
	validateStyleMin,
	type FilterSpecification,
	type LayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { basemapLayers, basemapSources, NAMING_LAYERS, nameIn } from '$lib/map/basemap-style';
import { namesDrawn, needsDetail } from '$lib/map/basemap-detail';
import type { DeskTiles } from '$lib/map/map-data';
import { buildStyle } from '$lib/map/style';

const inputs = {
	basemapUrl: 'https://story.example/basemap.json',
	detailZoom: 5,
	hasDetail: true,
	countries: ['Syria'],
	lang: 'en',
	tiles: null,
	font: 'Noto Sans Regular'
};
const all = (layers: ReturnType<typeof basemapLayers>) => [...layers.ground, ...layers.labels];
const byId = (layers: LayerSpecification[], id: string) => {
	const layer = layers.find((l) => l.id === id);
	if (!layer) throw new Error(`no layer ${id} in ${layers.map((l) => l.id).join(' ')}`);
	return layer as LayerSpecification & { filter: FilterSpecification };
};
const feature = (type: 'Point' | 'LineString' | 'Polygon', properties: object) => ({
	type: ({ Point: 1, LineString: 2, Polygon: 3 } as const)[type],
	properties
});
/** Whether `layer` draws a feature of these properties in a tile at `zoom`. */
const draws = (
	layer: { filter: FilterSpecification },
	zoom: number,
	f: ReturnType<typeof feature>
) => featureFilter(layer.filter, 'layers.filter').filter({ zoom }, f as never);

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const builtIn = read('../src/lib/data/basemap.json') as GeoJSON.FeatureCollection;

describe('the built-in basemap in the style', () => {
	const layers = all(basemapLayers(inputs));

	it('draws rivers, lakes and towns, named, from basemap.json', () => {
		for (const id of ['lakes', 'rivers', 'town-labels', 'river-labels', 'lake-labels'])
			expect(byId(layers, id)).toMatchObject({ source: 'basemap' });
		expect(byId(layers, 'river-labels').layout).toMatchObject({ 'symbol-placement': 'line' });
		for (const id of NAMING_LAYERS) expect(layers.some((l) => l.id === id)).toBe(true);
	});

	it('draws a town from its own zoom on, its dot in its name’s label', () => {
		const field = JSON.stringify(byId(layers, 'town-labels').layout?.['text-field' as never]);
		expect(field).toMatch(/^\["format","•/);
		expect(layers.filter((l) => l.type === 'circle')).toEqual([]);
		const hama = feature('Point', { kind: 'town', name: 'Ḩamāh', rank: 12, minzoom: 7 });
		for (const id of ['town-labels']) {
			expect(draws(byId(layers, id), 6, hama)).toBe(false);
			expect(draws(byId(layers, id), 7, hama)).toBe(true);
			expect(draws(byId(layers, id), 10, hama)).toBe(true);
		}
		// A river is no town.
		const river = feature('LineString', { kind: 'river', name: 'Euphrates', rank: 3, minzoom: 2 });
		expect(draws(byId(layers, 'town-labels'), 9, river)).toBe(false);
	});

	it('draws a river or lake from Natural Earth’s zoom, and names only the named', () => {
		const euphrates = feature('LineString', {
			kind: 'river',
			name: 'Euphrates',
			rank: 3,
			minzoom: 2
		});
		const wadi = feature('LineString', { kind: 'river', name: '', rank: 9, minzoom: 6 });
		const assad = feature('Polygon', { kind: 'lake', name: 'Lake Assad', rank: 7, minzoom: 4.7 });
		expect(draws(byId(layers, 'rivers'), 1, euphrates)).toBe(false);
		expect(draws(byId(layers, 'rivers'), 2, euphrates)).toBe(true);
		expect(draws(byId(layers, 'rivers'), 5, wadi)).toBe(false);
		expect(draws(byId(layers, 'rivers'), 6, wadi)).toBe(true);
		expect(draws(byId(layers, 'river-labels'), 8, wadi)).toBe(false);
		expect(draws(byId(layers, 'river-labels'), 3, euphrates)).toBe(true);
		expect(draws(byId(layers, 'lakes'), 4, assad)).toBe(false);
		expect(draws(byId(layers, 'lake-labels'), 5, assad)).toBe(true);
		expect(draws(byId(layers, 'lake-labels'), 5, euphrates)).toBe(false);
	});

	it('places the more populous town first and the greater river first', () => {
		for (const id of ['town-labels', 'river-labels', 'lake-labels'])
			expect(byId(layers, id).layout?.['symbol-sort-key' as never]).toEqual(['get', 'rank']);
	});

	it('shows more of the built-in story’s towns the closer the view, every one by zoom 10', () => {
		const towns = builtIn.features.filter((f) => f.properties?.kind === 'town');
		const filter = featureFilter(byId(layers, 'town-labels').filter, 'layers.filter');
		const drawnAt = (zoom: number) =>
			builtIn.features.filter((f) =>
				filter.filter({ zoom }, feature('Point', f.properties!) as never)
			).length;
		expect(drawnAt(4)).toBe(0);
		expect(drawnAt(5)).toBeGreaterThan(50);
		expect(drawnAt(9)).toBeGreaterThan(drawnAt(5));
		expect(drawnAt(10)).toBe(towns.length);
	});

	it('names things in the edition’s language where the data has it, else as the data does', () => {
		const name = (lang: string, properties: object) => {
			const parsed = createExpression(nameIn(lang), 'layers.layout.text-field');
			if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
			return parsed.value.evaluate({ zoom: 5 }, { properties } as never);
		};
		expect(name('ru', { name: 'Euphrates', name_ru: 'Евфрат' })).toBe('Евфрат');
		expect(name('ru', { name: 'Euphrates' })).toBe('Euphrates');
		expect(name('en', { name: 'Euphrates', name_ru: 'Евфрат' })).toBe('Euphrates');
	});
});

describe('the detail file in the style', () => {
	const { ground, labels } = basemapLayers(inputs);
	const ids = [...ground, ...labels].map((l) => l.id);

	it('is a second source, empty until a view needs it', () => {
		expect(basemapSources(inputs)['basemap-detail']).toEqual({
			type: 'geojson',
			data: { type: 'FeatureCollection', features: [] }
		});
	});

	it('is drawn from the detail zoom, over the 1:50m ground, its area hiding that ground', () => {
		for (const id of ['detail-area', 'detail-land', 'detail-lakes', 'detail-rivers'])
			expect(byId(ground, id)).toMatchObject({ source: 'basemap-detail', minzoom: 5 });
		expect(ids.indexOf('detail-area')).toBeGreaterThan(ids.indexOf('borders'));
		expect(ids.indexOf('detail-area')).toBeLessThan(ids.indexOf('detail-land'));
		// The water basemap.json holds is named along its smoother lines at every zoom; the
		// detail file names only the smaller waters, once each.
		const euphrates = feature('LineString', {
			kind: 'river',
			name: 'Euphrates',
			rank: 3,
			minzoom: 2
		});
		const khabur = feature('LineString', { kind: 'river', name: 'Khabur', rank: 9, minzoom: 6 });
		expect(byId(labels, 'detail-river-labels')).toMatchObject({ minzoom: 5 });
		expect(draws(byId(labels, 'detail-river-labels'), 8, euphrates)).toBe(false);
		expect(draws(byId(labels, 'river-labels'), 8, euphrates)).toBe(true);
		expect(draws(byId(labels, 'detail-river-labels'), 8, khabur)).toBe(true);
		expect(byId(labels, 'river-labels').maxzoom).toBeUndefined();
	});

	it('is left out for a story with no detail areas', () => {
		const none = { ...inputs, hasDetail: false };
		expect(basemapSources(none)['basemap-detail']).toBeUndefined();
		const layers = all(basemapLayers(none));
		expect(layers.filter((l) => l.id.startsWith('detail'))).toEqual([]);
	});

	it('is loaded for a view at the detail zoom or closer that meets one of its areas', () => {
		const areas: [number, number, number, number][] = [[26, 28.5, 54.6, 42.1]];
		const palmyra: [number, number, number, number] = [37.5, 34.2, 38.9, 35.0];
		expect(needsDetail(9, palmyra, areas, 5)).toBe(true);
		expect(needsDetail(5, palmyra, areas, 5)).toBe(true);
		expect(needsDetail(4.9, palmyra, areas, 5)).toBe(false);
		expect(needsDetail(9, [-72.5, -14, -71.5, -13], areas, 5)).toBe(false);
		expect(needsDetail(9, palmyra, [], 5)).toBe(false);
	});

	it('reports each name drawn once, sorted', () => {
		const drawn = [
			{ name: 'Euphrates' },
			{ name: 'Al Mayādīn' },
			{ name: 'Euphrates' },
			{ name: '' }
		];
		expect(namesDrawn(drawn.map((properties) => ({ properties })))).toEqual([
			'Al Mayādīn',
			'Euphrates'
		]);
	});
});

describe('the desk’s own tiles in the style', () => {
	const desk: DeskTiles = {
		kind: 'raster',
		format: 'png',
		template: '_app/immutable/tiles/271c86c11aa0/{z}/{x}/{y}.png',
		minzoom: 0,
		maxzoom: 14,
		tileSize: 256,
		bounds: [-80, -20, -65, -5],
		attribution: 'Invented tiles (test fixture)',
		vectorLayers: [],
		count: 668,
		bytes: 183_000
	};
	const url = `https://story.example/${desk.template}`;
	const styleWith = (tiles: DeskTiles) =>
		buildStyle({
			...inputs,
			tiles: { ...tiles, url },
			fonts: [],
			places: [],
			connections: { type: 'FeatureCollection', features: [] },
			areas: { type: 'FeatureCollection', features: [] }
		});

	it('draws raster tiles from the story’s origin over the built-in ground, with their credit', () => {
		const style = styleWith(desk);
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.sources['desk-tiles']).toEqual({
			type: 'raster',
			tiles: [url],
			tileSize: 256,
			minzoom: 0,
			maxzoom: 14,
			bounds: desk.bounds,
			attribution: desk.attribution
		});
		const ids = style.layers.map((l) => l.id);
		expect(ids.indexOf('desk-tiles')).toBeGreaterThan(ids.indexOf('detail-borders'));
		expect(ids.indexOf('desk-tiles')).toBeLessThan(ids.indexOf('place-dots'));
		// The desk's map names its own towns and water.
		expect(ids.filter((id) => (NAMING_LAYERS as string[]).includes(id))).toEqual([]);
	});

	it('draws vector tiles in the layers the archive has, with the project’s font', () => {
		const style = styleWith({
			...desk,
			kind: 'vector',
			format: 'mvt',
			tileSize: 512,
			vectorLayers: ['earth', 'roads']
		});
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.sources['desk-tiles']).toMatchObject({ type: 'vector', tiles: [url] });
		const desks = style.layers.filter((l) => 'source' in l && l.source === 'desk-tiles');
		expect(desks.map((l) => [l.id, (l as { 'source-layer': string })['source-layer']])).toEqual([
			['desk-earth', 'earth'],
			['desk-roads', 'roads']
		]);
	});
});
