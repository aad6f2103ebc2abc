/**
 * What a step's map draws, its words aside (view.ts adds them): the places it highlights,
 * the lines and areas, where the camera looks. One pure function of the step for the live
 * map, the static maps, and the build, which draws one static map per distinct drawing
 * (tools/story/split.ts): the maps cannot disagree, nor the build with them.
 */
import type { Bounds, Place, StoryEvent } from '$lib/story/types';
import { areasOf } from './areas.ts';
import { boundsOf, cameraFor, grow, type Camera } from './camera.ts';
import { connectionsOf } from './connections.ts';

export interface StepDrawing {
	/** The step it is the view of: the map's `data-view` once it is shown. */
	stepId: string;
	/** Gazetteer ids highlighted (`data-highlighted`). */
	places: string[];
	/** Ids of the lines drawn between places (`data-connections`). */
	connections: string[];
	/** Ids of the areas shaded (`data-areas`). */
	areas: string[];
	/** Ids of the data layers shown (`meta.layers`; `data-layers`). */
	layers: string[];
	camera: Camera;
	/** The reader may move and zoom the live map while the step is read (`mapInteractive`). */
	interactive: boolean;
}

/** The overview's box: the whole gazetteer, with a margin (what a step without places shows). */
export const overviewBounds = (places: readonly Place[]): Bounds => grow(boundsOf(places), 0.15);

/** A step's drawing (`places`: the ones it highlights). A step without places shows the overview's box. */
export function drawingOf(
	event: StoryEvent,
	places: readonly Place[],
	overview?: Bounds
): StepDrawing {
	return {
		stepId: event.id,
		places: [...event.places],
		connections: connectionsOf(event),
		areas: areasOf(event),
		layers: [...(event.layers ?? [])],
		camera: cameraFor(event, places, overview),
		interactive: event.mapInteractive === true
	};
}

/**
 * What a static map of this drawing shows, as a key: two steps with one key share one
 * static map file. A static map is flat and still, so tilt, zoom limits and whether the
 * reader may move it are not part of it; the route so far (its stops: map/route.ts) is.
 * An area's or a line's id stands for its shape (tools/story/story-checks.ts).
 */
export function staticMapKey(drawing: StepDrawing, route: readonly string[] = []): string {
	const { places, connections, areas, layers, camera } = drawing;
	return JSON.stringify([
		places,
		connections,
		areas,
		layers,
		camera.bounds,
		camera.point ?? null,
		camera.bearing,
		route
	]);
}
