/**
 * What the map shows for a step, for the live map and the static maps alike: what it
 * draws (drawing.ts: the places it highlights, the lines and areas, where the camera
 * looks, whether the reader may move the map), and all of that in words. One pure
 * function of the step, so the two maps cannot disagree.
 */
import { m } from '$lib/paraglide/messages.js';
import type { Area, Bounds, Place, StoryEvent } from '$lib/story/types';
import { drawingOf, type StepDrawing } from './drawing';

export interface StepView extends StepDrawing {
	/** What the map shows, in words: its accessible name and the static map's title. */
	description: string;
}

/** The story's overview: its words, and the box a step without places shows. */
export interface Overview {
	alt: string;
	bounds?: Bounds;
}

/** A step's view. A step without places shows the overview, and says so. */
export function viewOf(event: StoryEvent, places: readonly Place[], overview: Overview): StepView {
	return {
		...drawingOf(event, places, overview.bounds),
		description: describeMap(places, event.areas, overview.alt)
	};
}

/**
 * The words a map stands for: "Map: Al Bab, northern Syria", and the areas it shades
 * where they are labelled ("; shaded: east Aleppo"); with nothing highlighted, the
 * story's own words for its overview.
 */
export function describeMap(
	highlighted: readonly Place[],
	areas: readonly Pick<Area, 'label'>[] = [],
	overviewAlt: string
): string {
	if (highlighted.length === 0) return overviewAlt;
	const shaded = areas.flatMap((area) => (area.label ? [area.label] : []));
	const places = highlighted
		.map((p) => (p.region ? m.place_with_region({ name: p.name, region: p.region }) : p.name))
		.join(m.list_separator());
	const areaList = shaded.join(m.list_separator());
	return m.map_alt({ places }) + (shaded.length ? m.map_alt_shaded({ areas: areaList }) : '');
}
