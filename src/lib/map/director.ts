import type { Camera, Padding } from './camera';

/** The part of MapLibre's Map the director needs; tests pass a fake. */
export interface CameraTarget {
	fitBounds(
		bounds: [[number, number], [number, number]],
		options: { padding: Padding; maxZoom: number; duration: number; essential: boolean }
	): unknown;
	stop(): unknown;
	on(type: 'moveend', listener: () => void): unknown;
	off(type: 'moveend', listener: () => void): unknown;
}

export interface CameraDirector {
	/** Moves to a step's camera, replacing any move under way. */
	show(stepId: string, camera: Camera, padding: Padding, animate: boolean): void;
	/** Removes the director's listener from the map. */
	destroy(): void;
}

/** How long a flight between two steps takes, when motion is welcome. */
export const FLIGHT_MS = 1400;

/**
 * Whether the camera flies to a new step or cuts to it. A reader passing steps faster
 * than a flight takes (flicking through a long story) would see only flights begun and
 * broken off, and a phone would spend every frame drawing them: the camera cuts until
 * the reader stays with a step for a flight's length. A re-framing (the map resized) and
 * a reader who prefers reduced motion always cut.
 */
export function fliesTo(move: {
	/** Since the step before this one became current, in milliseconds. */
	sincePreviousStepMs: number;
	reducedMotion: boolean;
	reframing: boolean;
}): boolean {
	return !move.reducedMotion && !move.reframing && move.sincePreviousStepMs >= FLIGHT_MS;
}

/**
 * Runs the map's camera for the story. Only the newest move counts: a move that a
 * newer one interrupts never reports itself settled, so `onSettled` always names the
 * step whose camera the map actually came to rest on.
 */
export function createCameraDirector(
	map: CameraTarget,
	onSettled: (stepId: string) => void
): CameraDirector {
	let target: string | null = null;
	let interrupting = false;

	const onMoveEnd = () => {
		if (!interrupting && target !== null) onSettled(target);
	};
	map.on('moveend', onMoveEnd);

	return {
		show(stepId, camera, padding, animate) {
			const [west, south, east, north] = camera.bounds;
			interrupting = true;
			map.stop(); // ends the older flight; its moveend is not this step's
			interrupting = false;
			target = stepId;
			map.fitBounds(
				[
					[west, south],
					[east, north]
				],
				{ padding, maxZoom: camera.maxZoom, duration: animate ? FLIGHT_MS : 0, essential: false }
			);
		},
		destroy() {
			map.off('moveend', onMoveEnd);
			target = null;
		}
	};
}
