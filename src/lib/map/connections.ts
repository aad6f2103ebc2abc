import type { Connection, Place, StoryEvent } from '$lib/story/types';

type LonLat = [lon: number, lat: number];

const RAD = Math.PI / 180;

/**
 * Points along the great circle from one place to another: the shortest route on the
 * globe, which a Mercator map draws as a curve. Both ends are included.
 */
export function greatCircle(from: LonLat, to: LonLat, segments = 48): LonLat[] {
	const [l1, p1] = [from[0] * RAD, from[1] * RAD];
	const [l2, p2] = [to[0] * RAD, to[1] * RAD];
	const a = [Math.cos(p1) * Math.cos(l1), Math.cos(p1) * Math.sin(l1), Math.sin(p1)];
	const b = [Math.cos(p2) * Math.cos(l2), Math.cos(p2) * Math.sin(l2), Math.sin(p2)];
	const angle = Math.acos(Math.min(1, Math.max(-1, a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!)));
	if (angle === 0) return [from, to];
	const points: LonLat[] = [];
	for (let i = 0; i <= segments; i++) {
		const t = i / segments;
		const ka = Math.sin((1 - t) * angle) / Math.sin(angle);
		const kb = Math.sin(t * angle) / Math.sin(angle);
		const [x, y, z] = [0, 1, 2].map((k) => ka * a[k]! + kb * b[k]!) as [number, number, number];
		points.push([Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD]);
	}
	return points;
}

/** A connection's id: the same pair of places is one line, whichever step draws it. */
export const connectionId = ({ from, to }: Connection) => `${from}>${to}`;

/** The ids of the lines an event draws. */
export const connectionsOf = (event: Pick<StoryEvent, 'connections'>) =>
	(event.connections ?? []).map(connectionId);

/** Every line any event draws, once each, as GeoJSON keyed by connection id. */
export function connectionsGeoJSON(
	events: readonly Pick<StoryEvent, 'connections'>[],
	places: readonly Place[]
): GeoJSON.FeatureCollection<GeoJSON.LineString> {
	const byId = new Map(places.map((place) => [place.id, place]));
	const lines = new Map<string, GeoJSON.Feature<GeoJSON.LineString>>();
	for (const connection of events.flatMap((event) => event.connections ?? [])) {
		const [from, to] = [byId.get(connection.from), byId.get(connection.to)];
		const id = connectionId(connection);
		if (!from || !to || lines.has(id)) continue;
		lines.set(id, {
			type: 'Feature',
			id,
			properties: { id },
			geometry: {
				type: 'LineString',
				coordinates: greatCircle([from.lon, from.lat], [to.lon, to.lat])
			}
		});
	}
	return { type: 'FeatureCollection', features: [...lines.values()] };
}
