import type { Place } from '$lib/story/types';
import { PLACE_LABELS as PLACE_LABEL } from '$lib/theme.js';

/** The part of MapLibre's Map that places a point on screen; tests pass a fake. */
export interface Projector {
	project(lngLat: [number, number]): { x: number; y: number };
}

/** A generous width for a name in the label font, so no name is judged to fit that does not. */
const labelWidth = (name: string) => name.length * 0.62 * PLACE_LABEL.size;

/**
 * The places whose dot and whole name fall inside a map of this size: only these are
 * drawn beside the step's own, so no dot is ever shown with its name cut off at an edge.
 */
export function placesInView(
	places: readonly Place[],
	map: Projector,
	width: number,
	height: number
): string[] {
	const dot = 5;
	const gap = PLACE_LABEL.offset * PLACE_LABEL.size;
	return places
		.filter((place) => {
			const { x, y } = map.project([place.lon, place.lat]);
			const span = gap + labelWidth(place.name);
			const [left, right] = place.labelSide === 'left' ? [x - span, x + dot] : [x - dot, x + span];
			const half = PLACE_LABEL.size * 0.7;
			return left >= 0 && right <= width && y - half >= 0 && y + half <= height;
		})
		.map((place) => place.id);
}
