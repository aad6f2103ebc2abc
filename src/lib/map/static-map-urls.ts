import { asset } from '$app/paths';
import type { Bounds, Place } from '$lib/story/types';
import { boundsOf, grow } from './camera';

/** The static maps' size: the aspect of a landscape map pane. */
export const STATIC_MAP_SIZE = { width: 800, height: 600 } as const;

/** The overview: the whole gazetteer, with a margin. */
export const overviewBounds = (places: readonly Place[]): Bounds => grow(boundsOf(places), 0.15);

/**
 * Where a static map (by its id: see staticMapOf, or `overview`) is served from: relative
 * to the page, so each edition's page shows its own language's maps, wherever the story
 * is hosted.
 */
export const staticMapUrl = (id: string) => asset(`/maps/${id}.svg`);
