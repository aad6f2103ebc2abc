// When the live map needs the basemap's detail file, and what the basemap names on screen.
// Pure: the map owner (StoryMap's MapBasemap) asks, MapLibre is not touched here.
import type { Bounds } from '$lib/story/types';

/** The detail file's source in the live map's style (basemap-style.ts). */
export const DETAIL_SOURCE = 'basemap-detail';

/** The layers that name things on the basemap: what the map reports it draws (data-basemap). */
export const NAMING_LAYERS = [
	'town-labels',
	'river-labels',
	'lake-labels',
	'detail-river-labels',
	'detail-lake-labels'
];

const overlaps = (a: Bounds, b: Bounds) =>
	a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * Whether a view at `zoom` showing `view` draws basemap-detail.json: at the detail zoom or
 * closer, and over one of its areas (elsewhere the 1:50m map is all there is).
 */
export function needsDetail(
	zoom: number,
	view: Bounds,
	areas: readonly Bounds[],
	detailZoom: number
): boolean {
	return zoom >= detailZoom && areas.some((area) => overlaps(view, area));
}

/**
 * The names the basemap draws on screen (towns, rivers, lakes), each once, sorted: what the
 * map reports (data-basemap). A river's name repeats along it; it is one name.
 */
export function namesDrawn(features: readonly { properties: unknown }[]): string[] {
	const names = new Set<string>();
	for (const { properties } of features) {
		const name = (properties as { name?: unknown } | null)?.name;
		if (typeof name === 'string' && name) names.add(name);
	}
	return [...names].sort();
}
