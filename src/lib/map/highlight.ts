/** The part of MapLibre's Map the highlight needs; tests pass a fake. */
export interface FeatureStateTarget {
	setFeatureState(
		feature: { source: string; id: string | number },
		state: Record<string, unknown>
	): void;
	getFeatureState(feature: { source: string; id: string | number }): Record<string, unknown>;
}

/** The map's source of gazetteer places, keyed by place id. */
export const PLACES_SOURCE = 'places';
/** The map's source of lines between places, keyed by connection id. */
export const CONNECTIONS_SOURCE = 'connections';
/** The map's source of areas that steps shade, keyed by area id. */
export const AREAS_SOURCE = 'areas';

/**
 * Marks the step's features of one source highlighted and every other one not, through
 * feature state (a paint-only change: the style is never rebuilt).
 */
export function applyHighlight(
	map: FeatureStateTarget,
	source: string,
	allIds: readonly string[],
	highlighted: readonly string[]
): void {
	const wanted = new Set(highlighted);
	for (const id of allIds) map.setFeatureState({ source, id }, { highlighted: wanted.has(id) });
}

/**
 * Which of `ids` the map's feature state holds highlighted, in their order: what the map
 * shows, read back from the map itself (the DOM contract's `data-highlighted`).
 */
export const highlightedOn = (map: FeatureStateTarget, source: string, ids: readonly string[]) =>
	ids.filter((id) => map.getFeatureState({ source, id })?.highlighted === true);
