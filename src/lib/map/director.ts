/**
 * The map's camera for the whole story: one director for the page's life, which notes
 * each step as it becomes current (so it knows the reader's pace even before the map
 * has come in), and moves whichever map it is given to the newest step. Only the newest
 * move counts: a move that a newer one interrupts never reports itself settled, so
 * `onSettled` always names the step whose camera the map actually came to rest on.
 */
import type { Camera, Padding } from './camera';

/** Where a point camera looks, and how. */
export interface PointView {
	center: [number, number];
	zoom: number;
	pitch: number;
	bearing: number;
}

/** The part of MapLibre's Map the director needs; tests pass a fake. */
export interface CameraTarget {
	fitBounds(
		bounds: [[number, number], [number, number]],
		options: {
			padding: Padding;
			maxZoom: number;
			pitch: number;
			bearing: number;
			duration: number;
			essential: boolean;
		}
	): unknown;
	flyTo(options: PointView & { duration: number; essential: boolean }): unknown;
	jumpTo(options: PointView): unknown;
	stop(): unknown;
	on(type: 'moveend', listener: () => void): unknown;
	off(type: 'moveend', listener: () => void): unknown;
}

export interface CameraDirector {
	/** A step became current (at `at`, in performance.now() milliseconds). */
	noteStep(stepId: string, at?: number): void;
	/** The map to move from now on (a new one, after the old was lost), or none. */
	attach(map: CameraTarget | null): void;
	/**
	 * Moves to the current step's camera, replacing any move under way: flown when the
	 * reader's pace and preferences allow, else cut (see fliesTo).
	 */
	show(
		stepId: string,
		camera: Camera,
		padding: Padding,
		how: { reducedMotion: boolean; reframing: boolean }
	): void;
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

export function createCameraDirector(onSettled: (stepId: string) => void): CameraDirector {
	let map: CameraTarget | null = null;
	let target: string | null = null;
	let interrupting = false;
	/** When the current step became current, and when the one before it did. */
	let pace = { stepId: '', at: -Infinity, previousAt: -Infinity };

	const onMoveEnd = () => {
		if (!interrupting && target !== null) onSettled(target);
	};

	return {
		noteStep(stepId, at = performance.now()) {
			if (stepId !== pace.stepId) pace = { stepId, at, previousAt: pace.at };
		},
		attach(next) {
			map?.off('moveend', onMoveEnd);
			target = null;
			map = next;
			map?.on('moveend', onMoveEnd);
		},
		show(stepId, camera, padding, { reducedMotion, reframing }) {
			if (!map) return;
			const [west, south, east, north] = camera.bounds;
			const animate = fliesTo({
				sincePreviousStepMs: pace.at - pace.previousAt,
				reducedMotion,
				reframing
			});
			interrupting = true;
			map.stop(); // ends the older flight; its moveend is not this step's
			interrupting = false;
			target = stepId;
			const { pitch, bearing, point } = camera;
			// A point camera looks at its centre from its zoom, whatever the map's size: the
			// middle of the live map (which never lies under the text column).
			if (point) {
				const view = { center: point.center, zoom: point.zoom, pitch, bearing };
				if (animate) map.flyTo({ ...view, duration: FLIGHT_MS, essential: false });
				else map.jumpTo(view);
				return;
			}
			map.fitBounds(
				[
					[west, south],
					[east, north]
				],
				{
					padding,
					maxZoom: camera.maxZoom,
					pitch,
					bearing,
					duration: animate ? FLIGHT_MS : 0,
					essential: false
				}
			);
		}
	};
}
