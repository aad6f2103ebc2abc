import { base } from '$app/paths';
import type { Bounds, Place } from '$lib/story';

/** The static maps' size: the aspect of a landscape map pane. */
export const STATIC_MAP_SIZE = { width: 800, height: 600 } as const;

/** The overview: Syria, Iraq and the road to Kazakhstan. */
export const OVERVIEW_BOUNDS: Bounds = [22, 27, 78, 56];

/** The overview highlights the story's five places. */
export const OVERVIEW_PLACES = ['al-bab', 'mosul', 'palmyra', 'deir-ez-zor', 'astana'];

/** Where a step's static map (or the overview) is served from. */
export const staticMapUrl = (id: string) => `${base}/maps/${id}.svg`;

/** The words a static map stands for: "Map: Al Bab, northern Syria". */
export function staticMapAlt(highlighted: readonly Place[]): string {
	if (highlighted.length === 0)
		return 'Map of the story’s region, from Syria and Iraq to Kazakhstan, marking Al Bab, Palmyra, Deir ez-Zor, Mosul and Astana';
	return `Map: ${highlighted.map((p) => `${p.name}, ${p.region}`).join('; ')}`;
}
