import { describe, expect, it } from 'vitest';
import { createCameraDirector, FLIGHT_MS, fliesTo, type CameraTarget } from '$lib/map/director';
import type { Camera } from '$lib/map/camera';

/**
 * A fake map that behaves like MapLibre where it matters: stop() ends a move under
 * way with a moveend, an instant move (a jump) ends at once, an animated one when
 * finish() is called. Each call is recorded with where it went and how.
 */
function fakeMap() {
	const listeners = new Set<() => void>();
	let moving = false;
	const fire = () => listeners.forEach((listener) => listener());
	const move = (duration: number) => {
		if (duration === 0) fire();
		else moving = true;
	};
	type Call = { bounds: unknown; duration: number };
	const calls: Call[] = [];
	/** Every move's method and its whole options, for the point cameras' tests. */
	const moves: { method: string; options: object }[] = [];
	const map: CameraTarget & {
		finish(): void;
		listeners: Set<() => void>;
		calls: Call[];
		moves: typeof moves;
	} = {
		listeners,
		calls,
		moves,
		fitBounds(bounds, options) {
			calls.push({ bounds, duration: options.duration });
			moves.push({ method: 'fitBounds', options });
			move(options.duration);
		},
		flyTo(options) {
			calls.push({ bounds: null, duration: options.duration });
			moves.push({ method: 'flyTo', options });
			move(options.duration);
		},
		jumpTo(options) {
			calls.push({ bounds: null, duration: 0 });
			moves.push({ method: 'jumpTo', options });
			move(0);
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
	const director = createCameraDirector((id) => settled.push(id));
	director.attach(map);
	return { map, settled, director };
}

const camera: Camera = { bounds: [-77.1, -12.1, -77, -12], maxZoom: 6, pitch: 0, bearing: 0 };
/** A point camera, tilted and turned (Cusco seen from the west). */
const tilted: Camera = {
	bounds: [-74, -15, -70, -12],
	maxZoom: 7,
	point: { center: [-71.9675, -13.5226], zoom: 7 },
	pitch: 60,
	bearing: -90
};
const padding = { top: 10, right: 10, bottom: 10, left: 10 };
const still = { reducedMotion: false, reframing: false };

/**
 * Steps noted `apart` milliseconds from each other, then shown, as a reader passes them;
 * the first is the map's first view, which frames it at once (as the page does).
 */
function read(director: ReturnType<typeof directed>['director'], ids: string[], apart: number) {
	ids.forEach((id, i) => {
		director.noteStep(id, i * apart);
		director.show(id, camera, padding, { ...still, reframing: i === 0 });
	});
}

describe('the camera director', () => {
	it('flies to a step the reader stayed before, and reports it settled only when it lands', () => {
		const { map, settled, director } = directed();
		read(director, ['lima-meeting', 'la-paz-march'], FLIGHT_MS);
		expect(map.calls.at(-1)).toEqual({
			bounds: [
				[-77.1, -12.1],
				[-77, -12]
			],
			duration: FLIGHT_MS
		});
		expect(settled).toEqual(['lima-meeting']);
		map.finish();
		expect(settled).toEqual(['lima-meeting', 'la-paz-march']);
	});

	it('never reports a flight that a newer step interrupted', () => {
		const { map, settled, director } = directed();
		director.noteStep('a', 0);
		director.noteStep('b', 10_000);
		director.show('b', camera, padding, still);
		director.noteStep('c', 20_000);
		director.show('c', camera, padding, still);
		map.finish();
		expect(settled).toEqual(['c']);
	});

	it('cuts to each step while the reader passes them faster than a flight', () => {
		const { map, settled, director } = directed();
		read(director, ['a', 'b', 'c', 'd'], 200);
		expect(map.calls.map((call) => call.duration)).toEqual([0, 0, 0, 0]);
		expect(settled).toEqual(['a', 'b', 'c', 'd']);
	});

	it('keeps the reader’s pace from before a map was given to it', () => {
		const director = createCameraDirector(() => {});
		director.noteStep('a', 0);
		director.noteStep('b', 5_000);
		const map = fakeMap();
		director.attach(map);
		director.show('b', camera, padding, still);
		expect(map.calls.at(-1)?.duration).toBe(FLIGHT_MS);
	});

	it('cuts for reduced motion and for a resized map', () => {
		const { map, director } = directed();
		director.noteStep('a', 0);
		director.noteStep('b', 5_000);
		director.show('b', camera, padding, { reducedMotion: true, reframing: false });
		director.show('b', camera, padding, { reducedMotion: false, reframing: true });
		expect(map.calls.map((call) => call.duration)).toEqual([0, 0]);
	});

	it('lets go of a map: its listener is removed, and a new map takes the moves', () => {
		const { map, director } = directed();
		expect(map.listeners.size).toBe(1);
		const next = fakeMap();
		director.attach(next);
		expect(map.listeners.size).toBe(0);
		expect(next.listeners.size).toBe(1);
		director.attach(null);
		expect(next.listeners.size).toBe(0);
		director.show('a', camera, padding, still);
		expect(next.calls).toEqual([]);
	});
});

describe('the director with a point camera, tilted and turned', () => {
	const exactly = { center: [-71.9675, -13.5226], zoom: 7, pitch: 60, bearing: -90 };

	it('flies to exactly its centre, zoom, pitch and bearing, and reports it on landing', () => {
		const { map, settled, director } = directed();
		director.noteStep('a', 0);
		director.noteStep('cusco', 5_000);
		director.show('cusco', tilted, padding, still);
		expect(map.moves.at(-1)).toEqual({
			method: 'flyTo',
			options: { ...exactly, duration: FLIGHT_MS, essential: false }
		});
		expect(settled).toEqual([]);
		map.finish();
		expect(settled).toEqual(['cusco']);
	});

	it('jumps there for reduced motion, a resize, and a reader faster than a flight', () => {
		const { map, settled, director } = directed();
		director.noteStep('a', 0);
		director.noteStep('cusco', 5_000);
		director.show('cusco', tilted, padding, { reducedMotion: true, reframing: false });
		director.show('cusco', tilted, padding, { reducedMotion: false, reframing: true });
		director.noteStep('next', 5_100);
		director.show('next', tilted, padding, still);
		expect(map.moves).toEqual(Array(3).fill({ method: 'jumpTo', options: exactly }));
		expect(settled).toEqual(['cusco', 'cusco', 'next']);
	});

	it('levels and turns north again for a box camera after a tilted one', () => {
		const { map, director } = directed();
		read(director, ['cusco', 'lima'], 200);
		director.show('cusco', tilted, padding, still);
		director.show('lima', camera, padding, still);
		expect(map.moves.at(-1)?.method).toBe('fitBounds');
		expect(map.moves.at(-1)?.options).toMatchObject({ pitch: 0, bearing: 0, padding });
	});

	it('tilts and turns a box camera too', () => {
		const { map, director } = directed();
		director.show('a', { ...camera, pitch: 30, bearing: 45 }, padding, still);
		expect(map.moves.at(-1)?.options).toMatchObject({ pitch: 30, bearing: 45, maxZoom: 6 });
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
