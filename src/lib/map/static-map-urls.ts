import { asset } from '$app/paths';

/** The static maps' size: the aspect of a landscape map pane. */
export const STATIC_MAP_SIZE = { width: 800, height: 600 } as const;

/**
 * Where a static map (by its id: see staticMapOf, or `overview`) is served from: relative
 * to the page, so each edition's page shows its own language's maps, wherever the story
 * is hosted.
 */
export const staticMapUrl = (id: string) => asset(`/maps/${id}.svg`);
