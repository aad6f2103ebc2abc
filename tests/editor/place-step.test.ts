// A place moved from the keyboard: a step of the map's zoom, in one of four directions.
import { describe, expect, it } from 'vitest';
import {
	pointInWords,
	stepFrom,
	stepKm,
	stepTargets,
	STEP_PX
} from '../../editor/shared/place-step';

const MANBIJ = { lon: 37.95495, lat: 36.52815 };
/** Great-circle distance, km. */
function km(a: { lon: number; lat: number }, b: { lon: number; lat: number }) {
	const r = Math.PI / 180;
	const h =
		Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
		Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

describe('stepKm', () => {
	it('is the ground STEP_PX pixels cover: halved at each level of zoom', () => {
		// At the equator, zoom 0: 512 px are the whole equator.
		expect(stepKm(0, 0)).toBeCloseTo((STEP_PX / 512) * 40030.2, 0);
		expect(stepKm(7, 36)).toBeCloseTo(stepKm(6, 36) / 2, 6);
	});

	it('is shorter away from the equator, as the map stretches there', () => {
		expect(stepKm(6, 60)).toBeCloseTo(stepKm(6, 0) / 2, 6);
	});
});

describe('stepFrom', () => {
	it.each(['north', 'south', 'east', 'west'] as const)('goes the distance asked: %s', (way) => {
		expect(km(MANBIJ, stepFrom(MANBIJ, way, 40))).toBeCloseTo(40, 0);
	});

	it('goes the way asked', () => {
		expect(stepFrom(MANBIJ, 'north', 40).lat).toBeGreaterThan(MANBIJ.lat);
		expect(stepFrom(MANBIJ, 'south', 40).lat).toBeLessThan(MANBIJ.lat);
		expect(stepFrom(MANBIJ, 'east', 40).lon).toBeGreaterThan(MANBIJ.lon);
		expect(stepFrom(MANBIJ, 'west', 40).lon).toBeLessThan(MANBIJ.lon);
		expect(stepFrom(MANBIJ, 'east', 40).lat).toBe(MANBIJ.lat);
	});

	it('wraps across the antimeridian and stops short of the poles', () => {
		expect(stepFrom({ lon: 179.9, lat: 0 }, 'east', 100).lon).toBeCloseTo(-179.2, 1);
		expect(stepFrom({ lon: 0, lat: 84.9 }, 'north', 500).lat).toBe(85);
	});
});

describe('stepTargets', () => {
	it('tries one step, then two, then four', () => {
		const [one, two, four] = stepTargets(MANBIJ, 'north', 6.5).map((at) => km(MANBIJ, at));
		expect(one).toBeCloseTo(stepKm(6.5, MANBIJ.lat), 0);
		expect(two! / one!).toBeCloseTo(2, 2);
		expect(four! / one!).toBeCloseTo(4, 2);
	});
});

describe('pointInWords', () => {
	it('says a point with its hemispheres', () => {
		expect(pointInWords(MANBIJ)).toBe('36.53° N, 37.95° E');
		expect(pointInWords({ lon: -70.1, lat: -13.52 })).toBe('13.52° S, 70.10° W');
	});
});
