import type { Place } from './types';

/**
 * The gazetteer: every place an event may highlight. Coordinates are GeoNames' points
 * for the towns (WGS84), named by their GeoNames entry so the unit tests can check them
 * against an independent copy; keep new ones within 2 km of that point.
 */
export const places: Place[] = [
	{
		id: 'al-bab',
		name: 'Al Bab',
		region: 'northern Syria',
		lon: 37.5157,
		lat: 36.3705,
		geonames: { name: 'Al Bāb', country: 'SY' }
	},
	{
		id: 'aleppo',
		name: 'Aleppo',
		region: 'northern Syria',
		lon: 37.1612,
		lat: 36.2012,
		geonames: { name: 'Aleppo', country: 'SY' },
		labelSide: 'left'
	},
	{
		id: 'palmyra',
		name: 'Palmyra',
		region: 'central Syria',
		lon: 38.284,
		lat: 34.5624,
		geonames: { name: 'Tadmur', country: 'SY' }
	},
	{
		id: 'deir-ez-zor',
		name: 'Deir ez-Zor',
		region: 'eastern Syria',
		lon: 40.1408,
		lat: 35.3359,
		geonames: { name: 'Deir ez-Zor', country: 'SY' }
	},
	{
		id: 'damascus',
		name: 'Damascus',
		region: 'the Syrian capital',
		lon: 36.2913,
		lat: 33.5102,
		geonames: { name: 'Damascus', country: 'SY' }
	},
	{
		id: 'mosul',
		name: 'Mosul',
		region: 'northern Iraq',
		lon: 43.1189,
		lat: 36.335,
		geonames: { name: 'Mosul', country: 'IQ' }
	},
	{
		id: 'moscow',
		name: 'Moscow',
		region: 'Russia',
		lon: 37.6178,
		lat: 55.752,
		geonames: { name: 'Moscow', country: 'RU' }
	},
	{
		id: 'ankara',
		name: 'Ankara',
		region: 'Turkey',
		lon: 32.8543,
		lat: 39.9199,
		geonames: { name: 'Ankara', country: 'TR' }
	},
	{
		id: 'tehran',
		name: 'Tehran',
		region: 'Iran',
		lon: 51.4215,
		lat: 35.6944,
		geonames: { name: 'Tehran', country: 'IR' }
	},
	{
		id: 'astana',
		name: 'Astana',
		region: 'the capital of Kazakhstan',
		lon: 71.446,
		lat: 51.1801,
		geonames: { name: 'Astana', country: 'KZ' }
	}
];
