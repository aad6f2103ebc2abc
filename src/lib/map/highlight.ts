/** The part of MapLibre's Map the highlight needs; tests pass a fake. */
export interface FeatureStateTarget {
	setFeatureState(
		feature: { source: string; id: string | number },
		state: Record<string, unknown>
	): void;
}

export const PLACES_SOURCE = 'places';

/**
 * Marks the step's places highlighted and every other place not, through feature
 * state (a paint-only change: the style is never rebuilt). Returns the highlighted ids, in the step's order.
 */
export function applyHighlight(
	map: FeatureStateTarget,
	allPlaceIds: readonly string[],
	highlighted: readonly string[]
): string[] {
	const wanted = new Set(highlighted);
	for (const id of allPlaceIds) {
		map.setFeatureState({ source: PLACES_SOURCE, id }, { highlighted: wanted.has(id) });
	}
	const known = new Set(allPlaceIds);
	return highlighted.filter((id) => known.has(id));
}
