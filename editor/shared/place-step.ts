// Moving a place from the keyboard: a step in one of four directions, as far as a few dozen
// pixels of the map at its zoom (so a reporter zoomed in moves between villages, zoomed
// out between cities), to the town GeoNames has nearest there: a place stands at a town's
// own point, as a dragged marker does. Pure: the component asks the server for the town.

export type Direction = 'north' | 'south' | 'west' | 'east';
export const DIRECTIONS: readonly Direction[] = ['north', 'west', 'east', 'south'];

/** How far a step goes on the screen: about a marker's width and a half. */
export const STEP_PX = 60;
const EARTH_KM = 6371.0088;
const EQUATOR_KM = 2 * Math.PI * EARTH_KM;

/** The ground `STEP_PX` pixels cover at `zoom` (512-px tiles, as MapLibre draws them) at `lat`. */
export function stepKm(zoom: number, lat: number): number {
	return (STEP_PX * EQUATOR_KM * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The point `km` from `from` towards `direction` (along a meridian or a parallel). */
export function stepFrom(
	from: { lon: number; lat: number },
	direction: Direction,
	km: number
): { lon: number; lat: number } {
	const degrees = (km / EARTH_KM) * (180 / Math.PI);
	const clampLat = (lat: number) => Math.max(-85, Math.min(85, lat));
	const wrapLon = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
	const across = degrees / Math.max(Math.cos((from.lat * Math.PI) / 180), 0.01);
	switch (direction) {
		case 'north':
			return { lon: from.lon, lat: clampLat(from.lat + degrees) };
		case 'south':
			return { lon: from.lon, lat: clampLat(from.lat - degrees) };
		case 'east':
			return { lon: wrapLon(from.lon + across), lat: from.lat };
		case 'west':
			return { lon: wrapLon(from.lon - across), lat: from.lat };
	}
}

/**
 * The points to try, in turn, for a step: one step away, then two, then four, so a step
 * that lands nearest the same town (towns are sparse in a desert) still gets somewhere.
 */
export function stepTargets(
	from: { lon: number; lat: number },
	direction: Direction,
	zoom: number
): { lon: number; lat: number }[] {
	const km = stepKm(zoom, from.lat);
	return [1, 2, 4].map((times) => stepFrom(from, direction, km * times));
}

/** A point as a reader says it: "36.53° N, 37.95° E". */
export function pointInWords({ lon, lat }: { lon: number; lat: number }): string {
	const part = (value: number, plus: string, minus: string) =>
		`${Math.abs(value).toFixed(2)}° ${value >= 0 ? plus : minus}`;
	return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}
