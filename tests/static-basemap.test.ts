// The static maps' basemap (src/lib/map/static-basemap.ts): the same rivers, lakes and towns
// as the live map, by the same zoom rules, from the built-in story's own two files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { renderStaticMap } from '$lib/map/render-static-map';
import { drawnAt, filesAt, zoomOfScale } from '$lib/map/static-basemap';
import { builtIn } from './stories';

const read = (path: string) =>
	JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as FeatureCollection;
const base = read('../src/lib/data/basemap.json');
const detail = read('../src/lib/data/basemap-detail.json');
const deirEzZor = builtIn.places.find((p) => p.id === 'deir-ez-zor')!;

/** The built-in story's map at a point and zoom, as the live map would frame it. */
const render = (zoom: number, center: [number, number] = [deirEzZor.lon, deirEzZor.lat]) =>
	renderStaticMap({
		basemap: base,
		detail,
		detailZoom: 5,
		places: builtIn.places,
		countries: builtIn.meta.countries,
		highlighted: ['deir-ez-zor'],
		bounds: [center[0] - 1, center[1] - 1, center[0] + 1, center[1] + 1],
		point: { center, zoom },
		width: 800,
		height: 600,
		title: 'Map: Deir ez-Zor'
	});
const texts = (svg: string, cls: string) =>
	[...svg.matchAll(new RegExp(`<text class="${cls}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]);

describe('the static maps’ basemap', () => {
	it('takes the live map’s zoom from the drawing’s scale', () => {
		// At zoom 0 the world (360°) is 512 pixels.
		expect(zoomOfScale(512 / 360)).toBeCloseTo(0);
		expect(zoomOfScale((512 * 2 ** 9) / 360)).toBeCloseTo(9);
	});

	it('draws a feature from its own zoom, and the detail file from the detail zoom', () => {
		const town = { type: 'Feature', properties: { kind: 'town', minzoom: 7 } } as never;
		expect(drawnAt(town, 6.9)).toBe(false);
		expect(drawnAt(town, 7)).toBe(true);
		expect(filesAt({ base, detail, detailZoom: 5 }, 4.9)).toEqual([base]);
		expect(filesAt({ base, detail, detailZoom: 5 }, 5)).toEqual([base, detail]);
	});

	it('names the Euphrates and the towns around Deir ez-Zor close in, on the 1:10m rivers', () => {
		const svg = render(8);
		expect(svg).toContain('class="rivers"');
		expect(texts(svg, 'water-label')).toContain('Euphrates');
		const towns = texts(svg, 'town-label');
		expect(towns.length).toBeGreaterThanOrEqual(3);
		// A story place is never named again as a town.
		expect(towns).not.toContain('Deir ez-Zor');
		// Every town named is one the live map draws at this zoom too.
		const shownAt8 = new Set(
			base.features
				.filter((f) => f.properties?.kind === 'town' && f.properties.minzoom <= 8)
				.map((f) => f.properties?.name)
		);
		for (const town of new Set(towns)) expect(shownAt8.has(town)).toBe(true);
	});

	it('names no town far out, where the live map names none', () => {
		const svg = render(4.5, [39, 35]);
		expect(texts(svg, 'town-label')).toEqual([]);
		// The coarse file alone: no detail box drawn in the water's colour.
		expect(render(4.5, [39, 35]).length).toBeLessThan(render(6, [39, 35]).length);
	});
});
