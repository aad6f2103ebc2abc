import { m } from '$lib/paraglide/messages.js';
import { asset } from '$app/paths';
import { meta, story, type Area, type Bounds, type Place } from '$lib/story';
import { boundsOf, grow } from './camera';

/** The static maps' size: the aspect of a landscape map pane. */
export const STATIC_MAP_SIZE = { width: 800, height: 600 } as const;

/** The overview: the whole gazetteer, with a margin. */
export const OVERVIEW_BOUNDS: Bounds = grow(boundsOf(story.places), 0.15);

/**
 * Where a static map (by its id: see staticMapOf, or `overview`) is served from: relative
 * to the page, so each edition's page shows its own language's maps, wherever the story
 * is hosted.
 */
export const staticMapUrl = (id: string) => asset(`/maps/${id}.svg`);

/**
 * The words a map stands for: "Map: Al Bab, northern Syria", and the areas it shades
 * where they are labelled ("; shaded: east Aleppo").
 */
export function staticMapAlt(
	highlighted: readonly Place[],
	areas: readonly Pick<Area, 'label'>[] = []
): string {
	if (highlighted.length === 0) return meta.overview.alt;
	const shaded = areas.flatMap((area) => (area.label ? [area.label] : []));
	const places = highlighted
		.map((p) => m.place_with_region({ name: p.name, region: p.region }))
		.join(m.list_separator());
	const areaList = shaded.join(m.list_separator());
	return m.map_alt({ places }) + (shaded.length ? m.map_alt_shaded({ areas: areaList }) : '');
}
