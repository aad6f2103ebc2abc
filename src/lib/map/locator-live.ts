/**
 * The live map's locator inset (`meta.locator`, docs/maps.md): the region's own file
 * (`maps/_locator.svg`, drawn by the server as the static maps draw their inset) with the
 * box of where the map rests over it, moved each time the map comes to rest (a step's
 * flight, a reader's drag). A MapLibre control in the bottom-right corner, above the scale
 * bar: MapPane.svelte styles both. Loaded with the map, and only for a story that asks.
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds } from '$lib/story/types';
import { extentSvg, locatorBox, locatorFrame } from './locator';

export { LOCATOR_MAP_ID } from './locator';

const SVG = 'http://www.w3.org/2000/svg';

export class LocatorControl implements IControl {
	readonly #frame;
	readonly #href: string;
	#map: MapLibreMap | undefined;
	#box: HTMLDivElement | undefined;
	#marks: SVGGElement | undefined;

	/** `region`: the inset's box (the story's); `href`: its file's address. */
	constructor(region: Bounds, href: string) {
		this.#frame = locatorFrame(region);
		this.#href = href;
	}

	onAdd(map: MapLibreMap): HTMLElement {
		const { width, height } = this.#frame;
		const box = document.createElement('div');
		box.className = 'story-locator';
		// The map's description already says where it looks: the inset is for the eye.
		box.setAttribute('aria-hidden', 'true');
		const svg = document.createElementNS(SVG, 'svg');
		const size = { width: `${width}`, height: `${height}` };
		for (const [name, value] of Object.entries({ viewBox: `0 0 ${width} ${height}`, ...size }))
			svg.setAttribute(name, value);
		const image = document.createElementNS(SVG, 'image');
		for (const [name, value] of Object.entries({ href: this.#href, ...size }))
			image.setAttribute(name, value);
		this.#marks = document.createElementNS(SVG, 'g');
		svg.append(image, this.#marks);
		box.append(svg);
		this.#map = map;
		this.#box = box;
		map.on('moveend', this.#update);
		this.#update();
		return box;
	}

	onRemove(): void {
		this.#map?.off('moveend', this.#update);
		this.#box?.remove();
		this.#map = this.#box = this.#marks = undefined;
	}

	/** Marks where the map rests; hides the inset where there is nothing to mark (locatorBox). */
	readonly #update = () => {
		const [map, box, marks] = [this.#map, this.#box, this.#marks];
		if (!map || !box || !marks) return;
		const b = map.getBounds();
		const view: Bounds = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
		const mark = locatorBox(this.#frame, view);
		// Hidden, its room kept: the scale bar under it must not move (a layout shift).
		box.style.visibility = mark === null ? 'hidden' : '';
		// Numbers only: the markup is the static maps' own (locator.ts).
		marks.innerHTML = mark ? extentSvg(mark) : '';
		box.dataset.extent = mark ? `${mark.x} ${mark.y} ${mark.width} ${mark.height}` : '';
	};
}
