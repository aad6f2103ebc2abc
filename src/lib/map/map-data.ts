/**
 * What the build gives the maps beyond the story (`virtual:story/map-data`, made by
 * tools/map-data/): the built-in basemap's levels of detail, the desk's own tiles, the
 * data layers and the files the map may fetch. Type-only; docs/maps.md is the contract.
 */
import type { Bounds } from '$lib/story/types';

/** A data layer's look: the story file's vocabulary (src/lib/story/schema/map-fields.ts). */
export type LayerStyle =
	| { type: 'fill' | 'hatch'; color: LayerColor }
	| { type: 'line'; color: LayerColor; dashed?: boolean }
	| { type: 'point'; color: LayerColor; symbol?: 'circle' | 'square' | 'triangle' | 'cross' };
export type LayerColor = 'red' | 'orange' | 'yellow' | 'green' | 'blue' | 'purple' | 'grey';

export interface ShippedLayer {
	id: string;
	/** The legend's words, in this build's edition. */
	label: string;
	style: LayerStyle;
	/** The source id the layer's outlines come from. */
	source: string;
	/** Its GeoJSON FeatureCollection, a hashed file on the story's origin (from the site's root, no leading slash). */
	file: string;
	bounds: Bounds;
	features: number;
	/** The collection itself: in the server's module only (static maps), never in the page's. */
	data?: GeoJSON.FeatureCollection;
}

/** The desk's own tiles, cut from its archive for this story. */
export interface DeskTiles {
	kind: 'raster' | 'vector';
	format: 'png' | 'jpg' | 'webp' | 'mvt';
	/** The tiles' address from the site's root: `_app/immutable/tiles/<hash>/{z}/{x}/{y}.png`. */
	template: string;
	minzoom: number;
	maxzoom: number;
	/** Pixels a tile's side (MapLibre's `tileSize`). */
	tileSize: number;
	bounds: Bounds;
	/** Printed on the map and in print: the story's `meta.basemap.attribution`. */
	attribution: string;
	/** A vector archive's layer names (the Protomaps basemap schema's: earth, water, roads…). */
	vectorLayers: string[];
	/** How many tiles were cut and their bytes. */
	count: number;
	bytes: number;
}

export interface StoryMapData {
	basemap: {
		/** From this zoom on, inside `detailAreas`, basemap-detail.json replaces basemap.json. */
		detailZoom: number;
		/** The built-in basemap's detail limit: cameras were capped here without desk tiles. */
		detailLimit: number;
		detailAreas: Bounds[];
		/** Credits the built-in basemap owes (Natural Earth; GeoNames, CC BY 4.0). */
		credits: string[];
	};
	/** The desk's own tiles, or null: the built-in basemap. */
	tiles: DeskTiles | null;
	layers: ShippedLayer[];
	/** Every file the map may fetch (tiles, layers), from the site's root: the service worker's list. */
	offline: string[];
	/** The story asks for a locator inset (`meta.locator`): absent otherwise. */
	locator?: true;
}
