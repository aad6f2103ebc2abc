// A story's data layers (meta.layers) on the live map's style (map/data-layers.ts), its
// images (map/layer-symbols.ts) and the static maps (map/static-data-layers.ts): every
// style of the vocabulary drawn, hidden until a step names it, in the paint table's colours.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { drawingOf, staticMapKey } from '$lib/map/drawing';
import { dataLayerImage, dataLayerSource, layerParts } from '$lib/map/data-layers';
import { hatchImage, symbolImage } from '$lib/map/layer-images';
import { symbolCovers } from '$lib/map/layer-symbols';
import type { LayerStyle } from '$lib/map/map-data';
import { MAP_PAINT } from '$lib/map/paint.js';
import { renderStaticMap } from '$lib/map/render-static-map';
import { buildStyle } from '$lib/map/style';
import { fixture as story } from './stories';

const PAINT = MAP_PAINT.dataLayers;
const layers = story.meta.layers ?? [];
const read = (file: string) =>
	JSON.parse(
		readFileSync(new URL(`../stories/fixtures/${file}`, import.meta.url), 'utf8')
	) as FeatureCollection;

const style = buildStyle({
	basemapUrl: 'https://story.example/basemap.json',
	detailZoom: 5,
	hasDetail: false,
	lang: 'en',
	tiles: null,
	fonts: [],
	places: story.places,
	countries: story.meta.countries,
	connections: { type: 'FeatureCollection', features: [] },
	areas: { type: 'FeatureCollection', features: [] },
	dataLayers: layers
});

/** The pixel at (x, y) of an image: [r, g, b, a]. */
const pixel = (image: { width: number; data: Uint8Array }, x: number, y: number) => [
	...image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)
];
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe('data layers on the live map', () => {
	it('the fixture shows every style of the vocabulary', () => {
		const styles = new Set(
			layers.map((l) => (l.style.type === 'line' && l.style.dashed ? 'dashed' : l.style.type))
		);
		expect([...styles].sort()).toEqual(['dashed', 'fill', 'hatch', 'line', 'point']);
		const named = new Set(story.events.flatMap((e) => e.layers ?? []));
		expect(layers.every((l) => named.has(l.id))).toBe(true);
	});

	it('are a valid style: a source each, empty until a step shows it, every layer hidden', () => {
		expect(validateStyleMin(style)).toEqual([]);
		for (const layer of layers) {
			expect(style.sources[dataLayerSource(layer.id)]).toMatchObject({
				type: 'geojson',
				data: { features: [] }
			});
			for (const { spec, opacity } of layerParts(layer)) {
				const drawn = style.layers.find((l) => l.id === spec.id);
				expect(drawn && 'paint' in drawn && (drawn.paint as Record<string, unknown>)[opacity]).toBe(
					0
				);
			}
		}
	});

	it('lie on the ground, under the story’s own areas, lines and places', () => {
		const ids = style.layers.map((l) => l.id);
		const first = ids.findIndex((id) => id.startsWith('data-layer:'));
		const last = ids.findLastIndex((id) => id.startsWith('data-layer:'));
		expect(first).toBeGreaterThan(0);
		expect(last).toBeLessThan(ids.indexOf('area-fills'));
		expect(last).toBeLessThan(ids.indexOf('place-dots'));
	});

	it('draw each style its own way, in its named colour', () => {
		const parts = (s: LayerStyle) => layerParts({ id: 'x', style: s }).map((p) => p.spec);
		const [fill, outline] = parts({ type: 'fill', color: 'green' });
		expect(fill).toMatchObject({ type: 'fill', paint: { 'fill-color': PAINT.colors.green } });
		expect(outline).toMatchObject({ type: 'line', paint: { 'line-color': PAINT.colors.green } });
		const [hatch] = parts({ type: 'hatch', color: 'orange' });
		const pattern = (hatch as { paint: { 'fill-pattern': string } }).paint['fill-pattern'];
		expect(dataLayerImage(pattern)).not.toBeNull();
		const [solid] = parts({ type: 'line', color: 'red' });
		const [dashed] = parts({ type: 'line', color: 'red', dashed: true });
		expect((solid as { paint: object }).paint).not.toHaveProperty('line-dasharray');
		expect((dashed as { paint: object }).paint).toHaveProperty('line-dasharray', [...PAINT.dash]);
		for (const symbol of ['circle', 'square', 'triangle', 'cross'] as const) {
			const [point] = parts({ type: 'point', color: 'blue', symbol });
			const icon = (point as { layout: { 'icon-image': string } }).layout['icon-image'];
			expect(icon).toContain(symbol);
			expect(dataLayerImage(icon)).not.toBeNull();
		}
		expect(dataLayerImage('data-layer-hatch-pink')).toBeNull();
		expect(dataLayerImage('some-other-image')).toBeNull();
	});

	it('make symbols of their shape, in the colour, ringed in white', () => {
		const side = 26;
		const triangle = symbolImage('triangle', PAINT.colors.blue, '#ffffff', side, 0.12);
		expect(pixel(triangle, 13, 14)).toEqual([...rgb(PAINT.colors.blue), 255]);
		// A triangle's top corners are empty; a square's are not.
		expect(pixel(triangle, 2, 2)[3]).toBe(0);
		const square = symbolImage('square', PAINT.colors.blue, '#ffffff', side, 0.12);
		expect(pixel(square, 4, 4)[3]).toBe(255);
		// The cross (×) covers its centre and diagonals, not the middle of its sides.
		expect(symbolCovers('cross', 0, 0)).toBe(true);
		expect(symbolCovers('cross', 0.5, 0.5)).toBe(true);
		expect(symbolCovers('cross', 0, 0.8)).toBe(false);
		// The ring: white at the triangle's foot, just below its base.
		const ring = pixel(triangle, 13, 21);
		expect(ring[3]).toBeGreaterThan(0);
		expect(ring.slice(0, 3).every((c) => c > 200)).toBe(true);
	});

	it('hatch in strokes that repeat seamlessly', () => {
		const tile = hatchImage(PAINT.colors.orange, 14, 3);
		const { width } = tile;
		const alpha = (x: number, y: number) =>
			pixel(tile, (x + width) % width, (y + width) % width)[3]!;
		// Along a stroke (x + y constant) the tile is the same across its edges.
		for (let x = 0; x < width; x++) expect(alpha(x, -x)).toBe(alpha(x + 1, -x - 1));
		const covered = Array.from({ length: width }, (_, x) => alpha(x, 0) > 128).filter(Boolean);
		expect(covered.length).toBeGreaterThan(0);
		expect(covered.length).toBeLessThan(width / 2);
	});
});

describe('data layers on the static maps', () => {
	const step = story.events.find((e) => (e.layers ?? []).length >= 2)!;
	const render = (ids: readonly string[], bounds: [number, number, number, number]) =>
		renderStaticMap({
			basemap: { type: 'FeatureCollection', features: [] },
			places: story.places,
			countries: [],
			highlighted: [],
			dataLayers: layers
				.filter((l) => ids.includes(l.id))
				.map((l) => ({ id: l.id, style: l.style, data: read(l.file) })),
			bounds,
			width: 800,
			height: 600,
			title: 'Map'
		});

	it('draw every style as the live map does, the points one symbol each', () => {
		const andes = render(
			layers.map((l) => l.id),
			[-82, -36, -60, 2]
		);
		const colour = (id: string) => PAINT.colors[layers.find((l) => l.id === id)!.style.color];
		for (const layer of layers) expect(andes).toContain(`data-layer="${layer.id}"`);
		expect(andes).toMatch(
			new RegExp(
				`data-layer="held-north"[^>]*fill="${colour('held-north')}" fill-opacity="${PAINT.fillOpacity}"`
			)
		);
		expect(andes).toMatch(/<pattern id="hatch-contested-altiplano"/);
		expect(andes).toMatch(
			/data-layer="contested-altiplano"[^>]*fill="url\(#hatch-contested-altiplano\)"/
		);
		expect(andes).toMatch(/data-layer="claimed-line"[^>]*stroke-dasharray=/);
		expect(andes).not.toMatch(/data-layer="front-line"[^>]*stroke-dasharray=/);
		// The marches: a Point and a MultiPoint of two, three triangles.
		const marches = /<g class="data-layer" data-layer="marches">(.*?)<\/g>/.exec(andes)?.[1] ?? '';
		expect(marches.match(/<path /g)).toHaveLength(3);
	});

	it('draw only the layers the step names, and a different set is a different static map', () => {
		const svg = render(step.layers!, [-82, -36, -60, 2]);
		for (const layer of layers)
			expect(svg.includes(`data-layer="${layer.id}"`)).toBe(step.layers!.includes(layer.id));
		const drawing = drawingOf(step, story.places);
		expect(drawing.layers).toEqual(step.layers);
		expect(staticMapKey(drawing)).not.toBe(staticMapKey({ ...drawing, layers: [] }));
	});
});
