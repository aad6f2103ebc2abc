import { describe, expect, it } from 'vitest';
import { createCameraDirector, FLIGHT_MS, fliesTo, type CameraTarget } from '$lib/map/director';
import type { Camera } from '$lib/map/camera';

/**
 * A fake map that behaves like MapLibre where it matters: stop() ends a move under
 * way with a moveend, an instant move ends at once, an animated one when finish() is called.
 */
function fakeMap() {
	const listeners = new Set<() => void>();
	let moving = false;
	const fire = () => listeners.forEach((listener) => listener());
	const calls: { bounds: unknown; duration: number }[] = [];
	const map: CameraTarget & { finish(): void; listeners: Set<() => void>; calls: typeof calls } = {
		listeners,
		calls,
		fitBounds(bounds, options) {
			calls.push({ bounds, duration: options.duration });
			if (options.duration === 0) fire();
			else moving = true;
		},
		stop() {
			if (moving) {
				moving = false;
				fire();
			}
		},
		on: (_type, listener) => listeners.add(listener),
		off: (_type, listener) => listeners.delete(listener),
		finish() {
			if (moving) {
				moving = false;
				fire();
			}
		}
	};
	return map;
}

/** A fake map, and a director on it that records each step it reports settled. */
function directed() {
	const map = fakeMap();
	const settled: string[] = [];
	const director = createCameraDirector(map, (id) => settled.push(id));
	return { map, settled, director };
}

const camera: Camera = { bounds: [37, 35, 38, 36], maxZoom: 6 };
const padding = { top: 10, right: 10, bottom: 10, left: 10 };

describe('the camera director', () => {
	it('reports a flight settled only when it ends', () => {
		const { map, settled, director } = directed();
		director.show('al-bab', camera, padding, true);
		expect(settled).toEqual([]);
		expect(map.calls[0]).toEqual({
			bounds: [
				[37, 35],
				[38, 36]
			],
			duration: FLIGHT_MS
		});
		map.finish();
		expect(settled).toEqual(['al-bab']);
	});

	it('never reports a flight that a newer step interrupted', () => {
		const { map, settled, director } = directed();
		director.show('palmyra', camera, padding, true);
		director.show('mosul', camera, padding, true);
		director.show('astana', camera, padding, true);
		map.finish();
		expect(settled).toEqual(['astana']);
	});

	it('jumps and settles at once without animation', () => {
		const { map, settled, director } = directed();
		director.show('palmyra', camera, padding, true);
		director.show('mosul', camera, padding, false);
		expect(map.calls.at(-1)?.duration).toBe(0);
		expect(settled).toEqual(['mosul']);
	});

	it('removes its listener when destroyed', () => {
		const map = fakeMap();
		const director = createCameraDirector(map, () => {});
		expect(map.listeners.size).toBe(1);
		director.destroy();
		expect(map.listeners.size).toBe(0);
	});
});

describe('fliesTo: whether a new step is flown to or cut to', () => {
	const move = { sincePreviousStepMs: 10_000, reducedMotion: false, reframing: false };

	it('flies to a step the reader reaches after staying with the last one', () => {
		expect(fliesTo(move)).toBe(true);
		expect(fliesTo({ ...move, sincePreviousStepMs: FLIGHT_MS })).toBe(true);
	});

	it('cuts while the reader passes steps faster than a flight takes', () => {
		expect(fliesTo({ ...move, sincePreviousStepMs: FLIGHT_MS - 1 })).toBe(false);
		expect(fliesTo({ ...move, sincePreviousStepMs: 100 })).toBe(false);
	});

	it('always cuts for reduced motion, and when re-framing a resized map', () => {
		expect(fliesTo({ ...move, reducedMotion: true })).toBe(false);
		expect(fliesTo({ ...move, reframing: true })).toBe(false);
	});
});
