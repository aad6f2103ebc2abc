/**
 * Letting the reader move the map, for a step that allows it (`mapInteractive`). The map
 * is made with `interactive: false` (create.ts) so it never takes the page's wheel or
 * touch; here its handlers are turned on for one step and off again. Never the wheel's
 * zoom: the wheel scrolls the story, over the map too.
 */

/** One of MapLibre's gesture handlers. */
export interface GestureHandler {
	enable(): unknown;
	disable(): unknown;
}

/** The part of MapLibre's Map the reader moves it with; tests pass a fake. */
export interface ExplorableMap {
	dragPan: GestureHandler;
	touchZoomRotate: GestureHandler;
	doubleClickZoom: GestureHandler;
	keyboard: GestureHandler;
	getCanvas(): HTMLElement;
	getCanvasContainer(): HTMLElement;
}

/** Dragging, pinching and turning, double-click zoom, and the keys (arrows, +, −). */
export const EXPLORE_HANDLERS = [
	'dragPan',
	'touchZoomRotate',
	'doubleClickZoom',
	'keyboard'
] as const;

/** The class that marks the map explorable (a grab cursor, no touch scrolling on it). */
export const EXPLORING_CLASS = 'exploring';

/**
 * Lets the reader move and zoom `map`, and focus it to use the keys (`label` names it
 * for them); returns what undoes it. The caller holds the map still otherwise.
 */
export function letReaderExplore(map: ExplorableMap, label: string): () => void {
	const canvas = map.getCanvas();
	const container = map.getCanvasContainer();
	const before = { tabindex: canvas.getAttribute('tabindex'), label: canvas.ariaLabel };
	for (const name of EXPLORE_HANDLERS) map[name].enable();
	canvas.setAttribute('tabindex', '0');
	canvas.setAttribute('aria-label', label);
	container.classList.add(EXPLORING_CLASS);
	return () => {
		for (const name of EXPLORE_HANDLERS) map[name].disable();
		canvas.setAttribute('tabindex', before.tabindex ?? '-1');
		if (before.label === null) canvas.removeAttribute('aria-label');
		else canvas.setAttribute('aria-label', before.label);
		container.classList.remove(EXPLORING_CLASS);
		// A reader who had focused the map is left on the page, not on a dead canvas.
		if (canvas.ownerDocument.activeElement === canvas) canvas.blur();
	};
}

/** A camera move the reader made (a drag, a pinch, a key), not one the story made. */
export const movedByReader = (event: { originalEvent?: unknown }) =>
	event.originalEvent !== undefined;
