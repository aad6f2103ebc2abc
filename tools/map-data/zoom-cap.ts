// Honest zoom: a camera that would look closer than the map has detail for is capped at
// that limit in the story the page receives (so the live map, the static maps and the
// share cards agree, and nothing in src/ changes), with a warning naming the file, the
// event and the zoom. The limit is the built-in basemap's (DETAIL_LIMIT), or the desk's
// tiles' own where it brings them.
import { storyViews, type ViewedStory } from '../basemap/views.ts';
import type { ArchiveInfo } from './tiles.ts';
import type { StoryEvent } from '../../src/lib/story/types';

/** How far past its deepest tiles a map may look: vector tiles draw crisply deeper, pictures blur. */
const OVERZOOM = { raster: 1, vector: 3 } as const;

/** The closest zoom the map has detail for: the built-in basemap's, or the desk's tiles'. */
export function zoomLimit(builtIn: number, tiles: ArchiveInfo | null): number {
	if (!tiles) return builtIn;
	return tiles.maxzoom - Math.log2(512 / tiles.tileSize) + OVERZOOM[tiles.kind];
}

export interface CapResult {
	events: StoryEvent[];
	warnings: string[];
	/** Each capped event's id and the zoom it wanted, for reports. */
	capped: { id: string; index: number; zoom: number }[];
}

const round = (zoom: number) => String(Math.round(zoom * 10) / 10);

/**
 * The events with every camera closer than `limit` capped at it: a point camera's zoom, a
 * box's maxZoom. `label` names the story file; `why` says what the limit is.
 */
export function capCameras(
	story: ViewedStory,
	limit: number,
	{ label, tiles }: { label: string; tiles: boolean }
): CapResult {
	const capped = storyViews(story).filter((view) => view.index >= 0 && view.zoom > limit + 1e-9);
	const byIndex = new Map(capped.map((view) => [view.index, view]));
	const warnings = capped.map((view) => {
		const at = `${label}: events[${view.index}] "${view.id}": camera`;
		return tiles
			? `${at} looks at zoom ${round(view.zoom)}, past the detail of the desk's tiles (zoom ${round(limit)}): capped at ${round(limit)}`
			: `${at} looks at zoom ${round(view.zoom)}, past the built-in basemap's detail (zoom ${round(limit)}): capped at ${round(limit)}; to go closer, bring tiles the desk has rights to (meta.basemap.pmtiles)`;
	});
	const events = story.events.map((event, index): StoryEvent => {
		if (!byIndex.has(index)) return event;
		const camera: NonNullable<StoryEvent['camera']> = event.camera ?? {};
		const maxZoom = Math.min(camera.maxZoom ?? limit, limit);
		const capped: StoryEvent['camera'] =
			camera.center && camera.zoom !== undefined
				? { ...camera, zoom: Math.min(camera.zoom, limit), maxZoom }
				: { ...camera, maxZoom };
		return { ...event, camera: capped };
	});
	return {
		events,
		warnings,
		capped: capped.map(({ id, index, zoom }) => ({ id, index, zoom }))
	};
}
