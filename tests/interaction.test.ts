import { describe, expect, it } from 'vitest';
import {
	EXPLORE_HANDLERS,
	EXPLORING_CLASS,
	letReaderExplore,
	movedByReader,
	type ExplorableMap
} from '$lib/map/interaction';

/** An element as far as the explore code touches one. */
function fakeElement(attributes: Record<string, string> = {}) {
	const attrs = new Map(Object.entries(attributes));
	const classes = new Set<string>();
	const element = {
		focused: false,
		get ariaLabel() {
			return attrs.get('aria-label') ?? null;
		},
		getAttribute: (name: string) => attrs.get(name) ?? null,
		setAttribute: (name: string, value: string) => void attrs.set(name, value),
		removeAttribute: (name: string) => void attrs.delete(name),
		classList: { add: (c: string) => classes.add(c), remove: (c: string) => classes.delete(c) },
		classes,
		blur: () => void (element.focused = false),
		ownerDocument: {
			get activeElement() {
				return element.focused ? element : null;
			}
		}
	};
	return element;
}

/** MapLibre's map as made by create.ts: no handler enabled, the canvas out of the tab order. */
function fakeMap() {
	const enabled = new Set<string>();
	const handler = (name: string) => ({
		enable: () => enabled.add(name),
		disable: () => enabled.delete(name)
	});
	const canvas = fakeElement({ tabindex: '-1', 'aria-label': 'Map' });
	const container = fakeElement();
	const map = {
		dragPan: handler('dragPan'),
		touchZoomRotate: handler('touchZoomRotate'),
		doubleClickZoom: handler('doubleClickZoom'),
		keyboard: handler('keyboard'),
		scrollZoom: handler('scrollZoom'),
		getCanvas: () => canvas as unknown as HTMLElement,
		getCanvasContainer: () => container as unknown as HTMLElement
	} satisfies ExplorableMap & Record<string, unknown>;
	return { map, enabled, canvas, container };
}

describe('letting the reader explore the map', () => {
	it('turns on dragging, pinching, double clicks and keys, never the wheel', () => {
		const { map, enabled, canvas, container } = fakeMap();
		letReaderExplore(map, 'You can move and zoom this map');
		expect([...enabled].sort()).toEqual([...EXPLORE_HANDLERS].sort());
		expect(enabled.has('scrollZoom')).toBe(false);
		// Reachable by the keyboard, named, and marked for a grab cursor and its own touches.
		expect(canvas.getAttribute('tabindex')).toBe('0');
		expect(canvas.getAttribute('aria-label')).toBe('You can move and zoom this map');
		expect(container.classes.has(EXPLORING_CLASS)).toBe(true);
	});

	it('undoes all of it when the story moves on, and lets go of the focus', () => {
		const { map, enabled, canvas, container } = fakeMap();
		const undo = letReaderExplore(map, 'hint');
		canvas.focused = true;
		undo();
		expect(enabled.size).toBe(0);
		expect(canvas.getAttribute('tabindex')).toBe('-1');
		expect(canvas.getAttribute('aria-label')).toBe('Map');
		expect(container.classes.has(EXPLORING_CLASS)).toBe(false);
		expect(canvas.focused).toBe(false);
	});
});

describe('movedByReader', () => {
	it('tells the reader’s moves (with the input event) from the story’s', () => {
		expect(movedByReader({ originalEvent: { type: 'mousedown' } })).toBe(true);
		expect(movedByReader({})).toBe(false);
	});
});
