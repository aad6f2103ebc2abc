// The static maps' scale bar (src/lib/map/scale-bar.ts): a round length, as MapLibre's
// ScaleControl picks, as long as that length is on the drawing at its centre.
import { describe, expect, it } from 'vitest';
import { renderStaticMap } from '$lib/map/render-static-map';
import { roundLength, scaleBar } from '$lib/map/scale-bar';

describe('the scale bar', () => {
	it('takes a round length', () => {
		expect([1, 7, 23, 49, 120, 999, 4400].map(roundLength)).toEqual([1, 5, 20, 30, 100, 500, 3000]);
	});

	it('is as long as its length on the map, shorter at higher latitudes', () => {
		// At the equator a degree of longitude is 111.2 km: at 100 units a degree, 100 km is 89.9.
		const equator = scaleBar(0, 100, 100);
		expect(equator.label).toBe('100 km');
		expect(equator.width).toBeCloseTo(89.93, 1);
		// At 60° a degree is half as long: the same drawing's 100 units are 55.6 km: 50 km.
		const north = scaleBar(60, 100, 100);
		expect(north.label).toBe('50 km');
		expect(north.width).toBeCloseTo(89.93, 1);
		// Close in, metres.
		expect(scaleBar(0, 200_000, 100).label).toBe('50 m');
	});

	it('is drawn on a static map, at the drawing’s scale', () => {
		const svg = (bounds: [number, number, number, number]) =>
			renderStaticMap({
				basemap: { type: 'FeatureCollection', features: [] },
				places: [],
				countries: [],
				highlighted: [],
				bounds,
				width: 800,
				height: 600,
				title: 'Map'
			});
		const label = (s: string) => /<g class="scale-bar">.*?>([^<]+)<\/text><\/g>/.exec(s)?.[1];
		expect(label(svg([-10, -10, 10, 10]))).toMatch(/^\d+ km$/);
		const wide = Number(label(svg([-40, -30, 40, 30]))?.split(' ')[0]);
		const close = Number(label(svg([-1, -1, 1, 1]))?.split(' ')[0]);
		expect(wide).toBeGreaterThan(close * 10);
	});
});
