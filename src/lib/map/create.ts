// Everything that touches MapLibre's module lives behind this file, which the page
// loads with a dynamic import() so the story's text never waits for the map.
import {
	Map as MapLibreMap,
	ScaleControl,
	setWorkerUrl,
	type ErrorEvent as MapErrorEvent
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import labelFonts from 'virtual:story/map-fonts';
import basemapUrl from 'virtual:story/basemap-url';
import mapData from 'virtual:story/map-data';
import { base } from '$app/paths';
import type { Bounds } from '$lib/story/types';
import { dataLayerImage, IMAGE_PIXEL_RATIO } from './data-layers';
import { MAP_PAINT } from './paint.js';
import { staticMapUrl } from './static-map-urls';
import { buildStyle, type StyleInputs } from './style';

/** What the map is made of: the story's places, lines and areas, and the region it opens on. */
export type MapInputs = Pick<
	StyleInputs,
	'places' | 'countries' | 'connections' | 'areas' | 'route' | 'lang'
> & {
	region: Bounds;
};

/** The steepest tilt a story's camera may ask for (src/lib/story/schema/fields.ts). */
const MAX_PITCH = 85;

/** The map's drawing resolution, at most: see pixelRatio below. */
const MAX_PIXEL_RATIO = 2;

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** The desk's tiles from the story's own origin: the template's braces must stay unencoded. */
const deskTiles = () =>
	mapData.tiles && { ...mapData.tiles, url: absolute(`${base}/`) + mapData.tiles.template };

/**
 * Creates the story's map in `container` and resolves once its style and data have
 * loaded. Rejects (after cleaning up) when WebGL or the style cannot be had.
 * The map is not interactive: it follows the story and never captures the page's scroll.
 */
export function createStoryMap(
	container: HTMLElement,
	{ places, countries, connections, areas, route, region, lang }: MapInputs
): Promise<MapLibreMap> {
	// The bundler moves the worker file, so MapLibre cannot find it beside itself.
	setWorkerUrl(absolute(workerUrl));
	return new Promise((resolve, reject) => {
		let map: MapLibreMap;
		try {
			map = new MapLibreMap({
				container,
				style: buildStyle({
					basemapUrl: absolute(basemapUrl),
					detailZoom: mapData.basemap.detailZoom,
					hasDetail: mapData.basemap.detailAreas.length > 0,
					tiles: deskTiles(),
					lang,
					fonts: labelFonts.map((font) => ({ ...font, url: absolute(font.url) })),
					places,
					countries,
					connections,
					areas,
					route,
					dataLayers: mapData.layers
				}),
				bounds: region,
				// Never the wheel: it scrolls the story. A step may let the reader drag and
				// zoom the map (interaction.ts), and only while it is read.
				interactive: false,
				// Cameras may tilt as far as the story file allows (`camera.pitch`).
				maxPitch: MAX_PITCH,
				// Past its detail limit the built-in basemap is an empty field: a reader zooming
				// an explorable chapter stops there, as the build caps the story's cameras. A
				// desk's tiles are cut as deep as the story goes; MapLibre enlarges the deepest.
				maxZoom: mapData.tiles ? undefined : mapData.basemap.detailLimit,
				attributionControl: false,
				fadeDuration: 0,
				renderWorldCopies: false,
				// A 3x phone screen would draw 2.25 times the pixels of 2x every frame of a
				// flight, for lines and labels no sharper to the eye.
				pixelRatio: Math.min(devicePixelRatio, MAX_PIXEL_RATIO)
			});
		} catch (error) {
			reject(error);
			return;
		}
		// The scale bar: styled in MapPane.svelte, as the static maps draw theirs (scale-bar.ts).
		map.addControl(
			new ScaleControl({ unit: 'metric', maxWidth: MAP_PAINT.scaleBar.maxWidth }),
			'bottom-right'
		);
		// A hatch or a point symbol (data-layers.ts) is made the first time a layer asks for it.
		map.setMissingStyleImageResolver((id) => {
			const image = dataLayerImage(id);
			if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: IMAGE_PIXEL_RATIO });
		});
		const fail = (event: MapErrorEvent) => {
			map.off('load', succeed);
			map.remove();
			reject(new Error(event.error?.message ?? 'The map could not load'));
		};
		const succeed = () => {
			map.off('error', fail);
			resolve(map);
			// The locator inset (`meta.locator`) over the scale bar: its code for a story that asks.
			if (!mapData.locator) return;
			let removed = false;
			map.once('remove', () => (removed = true));
			void import('./locator-live').then(({ LocatorControl, LOCATOR_MAP_ID }) => {
				if (!removed)
					map.addControl(new LocatorControl(region, staticMapUrl(LOCATOR_MAP_ID)), 'bottom-right');
			});
		};
		map.once('load', succeed);
		map.once('error', fail);
	});
}
