import { describe, expect, it } from 'vitest';
import { placesInView, type Projector } from '$lib/map/context';
import type { Place } from '$lib/story/types';

const place = (id: string, lon: number, labelSide?: 'left' | 'right'): Place => ({
	id,
	name: id,
	region: '',
	lon,
	lat: 0,
	geonames: { name: id, country: 'SY' },
	labelSide
});

/** A flat map: one degree is ten pixels, the equator runs across the middle. */
const flat: Projector = { project: ([lon, lat]) => ({ x: lon * 10, y: 100 - lat * 10 }) };

describe('placesInView', () => {
	it('keeps a place whose dot and name both fit', () => {
		expect(placesInView([place('Homs', 20)], flat, 400, 200)).toEqual(['Homs']);
	});

	it('leaves out a place whose name would run off the edge, on its side', () => {
		// The dot at x = 380 fits; "Raqqa" to its right does not.
		expect(placesInView([place('Raqqa', 38)], flat, 400, 200)).toEqual([]);
		// The same spot with its name on the left fits.
		expect(placesInView([place('Raqqa', 38, 'left')], flat, 400, 200)).toEqual(['Raqqa']);
		// A name on the left at the left edge does not.
		expect(placesInView([place('Aleppo', 1, 'left')], flat, 400, 200)).toEqual([]);
	});

	it('leaves out a place above or below the map', () => {
		expect(placesInView([{ ...place('Up', 20), lat: 11 }], flat, 400, 200)).toEqual([]);
	});
});
