// What the import's report says about the map (docs/maps.md): the original's tiles and
// style are never fetched, so the story shows the built-in basemap, whose detail stops at
// zoom DETAIL_LIMIT; chapters closer than that are capped there until the desk brings
// tiles it has rights to (`meta.basemap`).
import { DETAIL_LIMIT } from '../basemap/story-basemap.ts';
import { storyViews } from '../basemap/views.ts';
import type { ReportBuilder } from './report.ts';
import type { ImportedStory } from './types.ts';

/** Adds the map's lines to the report's "before publishing". */
export function reportMapNotes(
	story: ImportedStory,
	report: ReportBuilder,
	tilesDropped: boolean
): void {
	const close = storyViews(story).filter((view) => view.index >= 0 && view.zoom > DETAIL_LIMIT);
	for (const view of close)
		report.check(
			`Cameras closer than zoom ${DETAIL_LIMIT}, where the built-in basemap's detail ends: the map stops at ${DETAIL_LIMIT} unless the desk brings its own tiles (meta.basemap, a PMTiles archive beside the story)`,
			`events[${view.index}] "${view.id}"`,
			`zoom ${Math.round(view.zoom * 10) / 10}`
		);
	if (tilesDropped || close.length)
		report.check(
			'The original’s map tiles and style are not fetched: to show tiles the desk has the rights to, put them beside the story as a PMTiles archive and name it in meta.basemap ({ "pmtiles": "tiles.pmtiles", "attribution": "…" })'
		);
}
