import type { Area, StoryEvent } from '$lib/story';

export type AreaGeometry = GeoJSON.Polygon | GeoJSON.MultiPolygon;

/** The ids of the areas an event shades. */
export const areasOf = (event: StoryEvent) => (event.areas ?? []).map((area) => area.id);

/** Every area any event shades (ids are unique in the story), as GeoJSON keyed by area id. */
export function areasGeoJSON(
	events: readonly StoryEvent[]
): GeoJSON.FeatureCollection<AreaGeometry> {
	return {
		type: 'FeatureCollection',
		features: events.flatMap((event) =>
			(event.areas ?? []).map((area: Area) => ({
				type: 'Feature' as const,
				id: area.id,
				properties: { id: area.id },
				geometry: area.geometry as AreaGeometry
			}))
		)
	};
}
