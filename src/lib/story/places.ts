import type { Place } from './types';

/**
 * The gazetteer: every place an event may highlight. Coordinates are town centres
 * (WGS84), checked against GeoNames; keep new ones within 2 km of the centre.
 */
export const places: Place[] = [
	{ id: 'al-bab', name: 'Al Bab', region: 'northern Syria', lon: 37.5157, lat: 36.3705 },
	{
		id: 'aleppo',
		name: 'Aleppo',
		region: 'northern Syria',
		lon: 37.1343,
		lat: 36.2021,
		labelSide: 'left'
	},
	{ id: 'palmyra', name: 'Palmyra', region: 'central Syria', lon: 38.2773, lat: 34.5601 },
	{ id: 'deir-ez-zor', name: 'Deir ez-Zor', region: 'eastern Syria', lon: 40.1408, lat: 35.3359 },
	{ id: 'damascus', name: 'Damascus', region: 'the Syrian capital', lon: 36.2765, lat: 33.5138 },
	{ id: 'mosul', name: 'Mosul', region: 'northern Iraq', lon: 43.1189, lat: 36.335 },
	{ id: 'moscow', name: 'Moscow', region: 'Russia', lon: 37.6173, lat: 55.7558 },
	{ id: 'ankara', name: 'Ankara', region: 'Turkey', lon: 32.8597, lat: 39.9334 },
	{ id: 'tehran', name: 'Tehran', region: 'Iran', lon: 51.389, lat: 35.6892 },
	{ id: 'astana', name: 'Astana', region: 'the capital of Kazakhstan', lon: 71.4491, lat: 51.1694 }
];
