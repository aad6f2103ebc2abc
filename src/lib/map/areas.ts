import type { Area, StoryEvent } from '$lib/story/types';

export type AreaGeometry = GeoJSON.Polygon | GeoJSON.MultiPolygon;

/** The ids of the areas an event shades. */
export const areasOf = (event: Pick<StoryEvent, 'areas'>) =>
	(event.areas ?? []).map((area) => area.id);

/** Every area any event shades, once each (a later step may shade one again), keyed by area id. */
export function areasGeoJSON(
	events: readonly Pick<StoryEvent, 'areas'>[]
): GeoJSON.FeatureCollection<AreaGeometry> {
	const areas = new Map<string, Area>();
	for (const area of events.flatMap((event) => event.areas ?? []))
		if (!areas.has(area.id)) areas.set(area.id, area);
	return {
		type: 'FeatureCollection',
		features: [...areas.values()].map((area) => ({
			type: 'Feature' as const,
			id: area.id,
			properties: { id: area.id },
			geometry: area.geometry as AreaGeometry
		}))
	};
}
