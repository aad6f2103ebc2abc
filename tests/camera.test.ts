import { describe, expect, it } from 'vitest';
import {
	boundsOf,
	boxAround,
	cameraFor,
	DEFAULT_MAX_ZOOM,
	paddingFor,
	restingCamera,
	zoomLimitFor
} from '$lib/map/camera';
import type { Bounds } from '$lib/story/types';
import { fixtureEvent, placesOf } from './stories';

describe('cameraFor', () => {
	it('frames a single town at the default zoom limit', () => {
		const event = { ...fixtureEvent((e) => e.places.length === 1), camera: undefined };
		const town = placesOf(event)[0]!;
		expect(cameraFor(event, placesOf(event))).toEqual({
			bounds: [town.lon, town.lat, town.lon, town.lat],
			maxZoom: DEFAULT_MAX_ZOOM,
			pitch: 0,
			bearing: 0
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

	it('frames the overview for a step without places', () => {
		const event = { ...fixtureEvent((e) => e.places.length === 1), places: [], camera: undefined };
		const overview: Bounds = [-80, -35, -60, 0];
		expect(cameraFor(event, [], overview)).toEqual({
			bounds: overview,
			maxZoom: DEFAULT_MAX_ZOOM,
			pitch: 0,
			bearing: 0
		});
	});
});

describe('a camera with a center and a zoom (an imported location)', () => {
	const base = fixtureEvent((e) => e.places.length === 1);
	const at = (center: [number, number], zoom?: number) => ({
		...base,
		camera: { center, ...(zoom === undefined ? {} : { zoom }) }
	});
	const width = ([west, , east]: Bounds) => east - west;

	it('frames a box around the center, never closer than its zoom', () => {
		const camera = cameraFor(at([-68.15, -16.5], 8), placesOf(base));
		const [west, south, east, north] = camera.bounds;
		expect((west + east) / 2).toBeCloseTo(-68.15, 6);
		expect(south).toBeLessThan(-16.5);
		expect(north).toBeGreaterThan(-16.5);
		expect(camera.maxZoom).toBe(8);
	});

	it('shows what the zoom shows: each level in, half as wide', () => {
		const [near, far] = [8, 7].map((z) => boxAround([-68.15, -16.5], z));
		expect(width(far!) / width(near!)).toBeCloseTo(2, 6);
		// Zoom 0 on an 800px map: more than the world's width, kept to it.
		expect(boxAround([0, 0], 0)).toEqual([-180, expect.any(Number), 180, expect.any(Number)]);
	});

	it('is taller in degrees away from the equator (Web Mercator), and stays within ±85°', () => {
		const height = ([, south, , north]: Bounds) => north - south;
		expect(height(boxAround([0, 60], 6))).toBeLessThan(height(boxAround([0, 0], 6)));
		const [, south, , north] = boxAround([0, 84], 2);
		expect(north).toBeLessThanOrEqual(85);
		expect(south).toBeGreaterThanOrEqual(-85);
	});

	it('takes the default zoom without one, and a box over a center', () => {
		expect(cameraFor(at([-68.15, -16.5]), placesOf(base)).maxZoom).toBe(DEFAULT_MAX_ZOOM);
		const box: Bounds = [-70, -18, -66, -15];
		const both = { ...base, camera: { bounds: box, center: [-68, -16] as [number, number] } };
		expect(cameraFor(both, placesOf(base)).bounds).toEqual(box);
	});
});

describe('a point camera with pitch and bearing (Mapbox storytelling’s location)', () => {
	const base = fixtureEvent((e) => e.places.length === 1);
	const located = (camera: NonNullable<typeof base.camera>) => ({ ...base, camera });

	it('looks at exactly its centre from exactly its zoom, tilted and turned', () => {
		const camera = cameraFor(
			located({ center: [-78.5249, -0.2298], zoom: 7, pitch: 50, bearing: 160 }),
			placesOf(base)
		);
		expect(camera.point).toEqual({ center: [-78.5249, -0.2298], zoom: 7 });
		expect([camera.pitch, camera.bearing]).toEqual([50, 160]);
		// What it shows on an 800x600 map, for the static maps and the story's region.
		expect(camera.bounds).toEqual(boxAround([-78.5249, -0.2298], 7));
	});

	it('stands level and faces north unless told otherwise', () => {
		const camera = cameraFor(located({ center: [-77.03, -12.04], zoom: 6 }), placesOf(base));
		expect([camera.pitch, camera.bearing]).toEqual([0, 0]);
	});

	it('tilts and turns a box, and the places’ own box, without making them a point', () => {
		const box: Bounds = [-72.5, -35, -69, -32];
		const boxed = cameraFor(located({ bounds: box, pitch: 40, bearing: -30 }), placesOf(base));
		expect(boxed).toMatchObject({ bounds: box, pitch: 40, bearing: -30 });
		expect(boxed.point).toBeUndefined();
		const own = cameraFor(located({ pitch: 20 }), placesOf(base));
		expect(own).toMatchObject({ pitch: 20, bearing: 0 });
		expect(own.point).toBeUndefined();
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
	const camera = {
		bounds: [37, 36, 37, 36] as [number, number, number, number],
		maxZoom: 6.5,
		pitch: 0,
		bearing: 0
	};

	it('keeps the limit on a wide map', () => {
		expect(zoomLimitFor(camera, 1280)).toBe(6.5);
	});

	it('eases off by up to one level on a phone-sized map', () => {
		expect(zoomLimitFor(camera, 320)).toBe(5.5);
		expect(zoomLimitFor(camera, 480)).toBeCloseTo(6.5 - Math.log2(640 / 480));
	});
});

describe('restingCamera (data-camera)', () => {
	const at = (lng: number, lat: number, zoom: number, pitch: number, bearing: number) => ({
		getCenter: () => ({ lng, lat }),
		getZoom: () => zoom,
		getPitch: () => pitch,
		getBearing: () => bearing
	});

	it('says where the map rests: centre, zoom, pitch and bearing, rounded', () => {
		expect(restingCamera(at(-78.52490001, -0.22980004, 7, 50, 160))).toBe(
			'-78.5249 -0.2298 7.00 50.0 160.0'
		);
		expect(restingCamera(at(-71.96749, -13.52261, 6.999999, 59.99999, -90.00001))).toBe(
			'-71.9675 -13.5226 7.00 60.0 -90.0'
		);
	});

	it('never writes a negative zero', () => {
		expect(restingCamera(at(0, -0.00001, 3, 0, -0.00001))).toBe('0.0000 0.0000 3.00 0.0 0.0');
	});
});
