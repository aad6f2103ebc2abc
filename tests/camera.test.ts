import { describe, expect, it } from 'vitest';
import { boundsOf, cameraFor, DEFAULT_MAX_ZOOM, paddingFor, zoomLimitFor } from '$lib/map/camera';
import { fixtureEvent, placesOf } from './stories';

describe('cameraFor', () => {
	it('frames a single town at the default zoom limit', () => {
		const event = { ...fixtureEvent((e) => e.places.length === 1), camera: undefined };
		const town = placesOf(event)[0]!;
		expect(cameraFor(event, placesOf(event))).toEqual({
			bounds: [town.lon, town.lat, town.lon, town.lat],
			maxZoom: DEFAULT_MAX_ZOOM
		});
	});

	it('frames every place of a step', () => {
		const event = { ...fixtureEvent((e) => e.places.length > 1), camera: undefined };
		const [west, south, east, north] = cameraFor(event, placesOf(event)).bounds;
		for (const place of placesOf(event)) {
			expect(place.lon).toBeGreaterThanOrEqual(west);
			expect(place.lon).toBeLessThanOrEqual(east);
			expect(place.lat).toBeGreaterThanOrEqual(south);
			expect(place.lat).toBeLessThanOrEqual(north);
		}
	});

	it('takes a step’s own box over the box around its places', () => {
		const event = fixtureEvent((e) => e.camera?.bounds);
		expect(cameraFor(event, placesOf(event)).bounds).toEqual(event.camera!.bounds);
	});

	it('keeps a step’s zoom limit', () => {
		const event = fixtureEvent((e) => e.camera?.maxZoom !== undefined);
		expect(cameraFor(event, placesOf(event)).maxZoom).toBe(event.camera!.maxZoom);
	});

	it('refuses to frame nothing', () => {
		expect(() => boundsOf([])).toThrow();
	});
});

describe('paddingFor', () => {
	const map = { left: 0, top: 0, right: 1280, bottom: 800 };

	it('keeps clear of a text column lying over the left of the map', () => {
		const text = { left: 51, top: -2000, right: 531, bottom: 6000 };
		expect(paddingFor(map, text, 40)).toEqual({ top: 40, right: 40, bottom: 40, left: 571 });
	});

	it('keeps clear of a column on the right', () => {
		const text = { left: 800, top: 0, right: 1230, bottom: 6000 };
		expect(paddingFor(map, text, 40).right).toBe(1280 - 800 + 40);
	});

	it('reserves nothing for a stacked column under a phone map', () => {
		const phoneMap = { left: 0, top: 0, right: 390, bottom: 354 };
		const text = { left: 0, top: -500, right: 390, bottom: 9000 };
		expect(paddingFor(phoneMap, text, 24)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
	});

	it('reserves nothing for a column that does not touch the map', () => {
		const text = { left: 0, top: 900, right: 400, bottom: 2000 };
		expect(paddingFor(map, text, 40)).toEqual({ top: 40, right: 40, bottom: 40, left: 40 });
	});

	it('always leaves a third of a narrow map to frame the places in', () => {
		const narrow = { left: 0, top: 0, right: 600, bottom: 300 };
		const text = { left: 0, top: 0, right: 350, bottom: 3000 };
		const padding = paddingFor(narrow, text, 40);
		expect(600 - padding.left - padding.right).toBeGreaterThanOrEqual(200);
		expect(300 - padding.top - padding.bottom).toBeGreaterThanOrEqual(100);
	});
});

describe('zoomLimitFor', () => {
	const camera = { bounds: [37, 36, 37, 36] as [number, number, number, number], maxZoom: 6.5 };

	it('keeps the limit on a wide map', () => {
		expect(zoomLimitFor(camera, 1280)).toBe(6.5);
	});

	it('eases off by up to one level on a phone-sized map', () => {
		expect(zoomLimitFor(camera, 320)).toBe(5.5);
		expect(zoomLimitFor(camera, 480)).toBeCloseTo(6.5 - Math.log2(640 / 480));
	});
});
