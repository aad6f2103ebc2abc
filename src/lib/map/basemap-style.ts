// The basemap's part of the live map's style: land, water and borders from the built-in
// basemap (basemap.json at every zoom, basemap-detail.json from its detail zoom inside its
// areas), the towns, the rivers' and lakes' names, and the desk's own tiles when a story
// brings them. The file format is docs/maps.md's; the colours are the one paint table's.
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { MAP_PAINT as PAINT } from './paint.js';
import type { DeskTiles } from './map-data';

import { DETAIL_SOURCE } from './basemap-detail';

// In basemap-detail.ts, which the page's start-up script reads (MapBasemap.svelte): imported
// from here, they would bring this file and the whole paint table into that script.
export { DETAIL_SOURCE, NAMING_LAYERS } from './basemap-detail';
export const BASEMAP_SOURCE = 'basemap';
export const DESK_SOURCE = 'desk-tiles';

export interface BasemapInputs {
	/** basemap.json's absolute URL. */
	basemapUrl: string;
	/** The zoom from which basemap-detail.json is drawn inside its areas (map-data.ts). */
	detailZoom: number;
	/** Whether the story has detail areas at all: without, the detail source is left out. */
	hasDetail: boolean;
	/** Countries the story happens in, a shade darker. */
	countries: readonly string[];
	/** The edition's language: a name in it (`name_ru`) is preferred where the data has one. */
	lang: string;
	/** The desk's own tiles, their address absolute, or null. */
	tiles: (DeskTiles & { url: string }) | null;
	/** The label font (style.ts). */
	font: string;
}

const kind = (...kinds: string[]): ExpressionSpecification =>
	kinds.length === 1
		? ['==', ['get', 'kind'], kinds[0]!]
		: ['in', ['get', 'kind'], ['literal', kinds]];

/** Drawn from the feature's own zoom on (its `minzoom`: Natural Earth's, or the town's placement). */
export const fromItsZoom: ExpressionSpecification = [
	'>=',
	['zoom'],
	['to-number', ['get', 'minzoom'], 0]
];

/** A name in the edition's language where the data has one, else the data's own. */
export const nameIn = (lang: string): ExpressionSpecification =>
	lang === 'en' ? ['get', 'name'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name']];

const named: ExpressionSpecification = ['!=', ['coalesce', ['get', 'name'], ''], ''];

const landColor = (countries: readonly string[]): ExpressionSpecification => [
	'case',
	['in', ['get', 'name'], ['literal', countries]],
	PAINT.land.storyCountry,
	PAINT.land.color
];

/** A river's width by its rank (0 the greatest): the Euphrates heavier than a wadi. */
const riverWidth: ExpressionSpecification = [
	'interpolate',
	['linear'],
	['zoom'],
	3,
	['case', ['<=', ['get', 'rank'], 4], 1, 0.6],
	8,
	['case', ['<=', ['get', 'rank'], 4], 2.2, 1.2]
];

/** Land, lakes, rivers and borders from one of the two files, with ids prefixed. */
function groundLayers(
	source: string,
	prefix: string,
	countries: readonly string[],
	minzoom = 0
): LayerSpecification[] {
	return [
		{
			id: `${prefix}land`,
			type: 'fill',
			source,
			minzoom,
			filter: kind('country'),
			paint: { 'fill-color': landColor(countries) }
		},
		{
			id: `${prefix}lakes`,
			type: 'fill',
			source,
			minzoom,
			filter: ['all', kind('lake'), fromItsZoom],
			paint: { 'fill-color': PAINT.water.color, 'fill-outline-color': PAINT.rivers.color }
		},
		{
			id: `${prefix}rivers`,
			type: 'line',
			source,
			minzoom,
			filter: ['all', kind('river'), fromItsZoom],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': PAINT.rivers.color, 'line-width': riverWidth }
		},
		{
			id: `${prefix}borders`,
			type: 'line',
			source,
			minzoom,
			filter: kind('border'),
			paint: {
				'line-color': PAINT.borders.color,
				'line-width': PAINT.borders.width,
				'line-dasharray': [...PAINT.borders.dash]
			}
		}
	];
}

/** Rivers named along their line, lakes at their middle (italic would need a second font). */
function waterLabels(
	prefix: string,
	source: string,
	lang: string,
	font: string,
	{ minzoom }: { minzoom?: number }
): LayerSpecification[] {
	// In the detail file, only what basemap.json leaves out: what Natural Earth shows from `minzoom`.
	const notInBase: ExpressionSpecification[] =
		minzoom === undefined ? [] : [['>=', ['to-number', ['get', 'minzoom'], 0], minzoom]];
	const label = (what: 'river' | 'lake', placement: 'line' | 'point'): LayerSpecification => ({
		id: `${prefix}${what}-labels`,
		type: 'symbol',
		source,
		...(minzoom === undefined ? {} : { minzoom }),
		filter: ['all', kind(what), named, fromItsZoom, ...notInBase],
		layout: {
			'text-field': nameIn(lang),
			'text-font': [font],
			'text-size': 11,
			'text-letter-spacing': 0.1,
			'symbol-placement': placement,
			'symbol-spacing': 250,
			'symbol-sort-key': ['get', 'rank'],
			// A 1:10m river bends sharply at zoom 6: a name may bend with it rather than go unnamed.
			'text-max-angle': 80
		},
		paint: {
			'text-color': PAINT.waterLabels.color,
			'text-halo-color': PAINT.water.color,
			'text-halo-width': 1
		}
	});
	return [label('river', 'line'), label('lake', 'point')];
}

/**
 * The towns: the most populous placed first, each a dot and its name as one label (the dot a
 * bullet in the label font), so a dot is never drawn without its name; never over a story place.
 */
function townLayers(lang: string, font: string): LayerSpecification[] {
	return [
		{
			id: 'town-labels',
			type: 'symbol',
			source: BASEMAP_SOURCE,
			filter: ['all', kind('town'), fromItsZoom],
			layout: {
				'text-field': ['format', '•\u2009', { 'text-color': PAINT.towns.dot }, nameIn(lang), {}],
				'text-font': [font],
				'text-size': 11,
				'text-anchor': 'left',
				// The bullet's middle on the town's point.
				'text-offset': [-0.2, 0],
				'symbol-sort-key': ['get', 'rank']
			},
			paint: {
				'text-color': PAINT.towns.color,
				'text-halo-color': PAINT.towns.halo,
				'text-halo-width': 1
			}
		}
	];
}

/** The desk's vector tiles, drawn in the Protomaps basemap schema's layers with our colours. */
function deskVectorLayers(lang: string, font: string, layers: readonly string[]) {
	const has = (name: string) => layers.length === 0 || layers.includes(name);
	const all: LayerSpecification[] = [
		{
			id: 'desk-earth',
			type: 'fill',
			source: DESK_SOURCE,
			'source-layer': 'earth',
			paint: { 'fill-color': PAINT.land.color }
		},
		{
			id: 'desk-water',
			type: 'fill',
			source: DESK_SOURCE,
			'source-layer': 'water',
			paint: { 'fill-color': PAINT.water.color }
		},
		{
			id: 'desk-roads',
			type: 'line',
			source: DESK_SOURCE,
			'source-layer': 'roads',
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': PAINT.roads.color,
				'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 14, 4]
			}
		},
		{
			id: 'desk-places',
			type: 'symbol',
			source: DESK_SOURCE,
			'source-layer': 'places',
			filter: ['>=', ['zoom'], ['to-number', ['get', 'min_zoom'], 0]],
			layout: { 'text-field': nameIn(lang), 'text-font': [font], 'text-size': 11 },
			paint: {
				'text-color': PAINT.towns.color,
				'text-halo-color': PAINT.towns.halo,
				'text-halo-width': 1
			}
		}
	];
	const layerOf = (layer: LayerSpecification) =>
		'source-layer' in layer ? String(layer['source-layer']) : '';
	return all.filter((layer) => has(layerOf(layer)));
}

/** The basemap's sources: the detail file starts empty and is given its URL when a view needs it. */
export function basemapSources({
	basemapUrl,
	hasDetail,
	tiles
}: BasemapInputs): Record<string, SourceSpecification> {
	const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
	return {
		[BASEMAP_SOURCE]: { type: 'geojson', data: basemapUrl },
		...(hasDetail ? { [DETAIL_SOURCE]: { type: 'geojson', data: empty } as const } : {}),
		...(tiles
			? {
					[DESK_SOURCE]: {
						type: tiles.kind,
						tiles: [tiles.url],
						minzoom: tiles.minzoom,
						maxzoom: tiles.maxzoom,
						bounds: tiles.bounds,
						attribution: tiles.attribution,
						...(tiles.kind === 'raster' ? { tileSize: tiles.tileSize } : {})
					} as SourceSpecification
				}
			: {})
	};
}

/**
 * The basemap's layers, bottom to top, split where the story's own areas and lines go:
 * `ground` under them, `labels` over them (and under the story's places).
 */
export function basemapLayers(inputs: BasemapInputs): {
	ground: LayerSpecification[];
	labels: LayerSpecification[];
} {
	const { detailZoom, hasDetail, countries, lang, tiles, font } = inputs;
	const ground: LayerSpecification[] = [
		{ id: 'water', type: 'background', paint: { 'background-color': PAINT.water.color } },
		...groundLayers(BASEMAP_SOURCE, '', countries)
	];
	if (hasDetail)
		ground.push(
			{
				// Hides the 1:50m land inside the detail box, whose coast differs from the 1:10m.
				id: 'detail-area',
				type: 'fill',
				source: DETAIL_SOURCE,
				minzoom: detailZoom,
				filter: kind('detail-area'),
				paint: { 'fill-color': PAINT.water.color }
			},
			...groundLayers(DETAIL_SOURCE, 'detail-', countries, detailZoom)
		);
	if (tiles?.kind === 'raster')
		ground.push({ id: 'desk-tiles', type: 'raster', source: DESK_SOURCE });
	if (tiles?.kind === 'vector') ground.push(...deskVectorLayers(lang, font, tiles.vectorLayers));

	const labels: LayerSpecification[] = [
		{
			id: 'country-labels',
			type: 'symbol',
			source: BASEMAP_SOURCE,
			filter: kind('country-label'),
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [font],
				'text-size': 12,
				'text-letter-spacing': 0.2
			},
			paint: { 'text-color': PAINT.countryLabels.color }
		}
	];
	// The desk's tiles carry their own names; the built-in ones would double them.
	if (tiles) return { ground, labels };
	labels.push(
		...townLayers(lang, font),
		// Inside the detail areas the detail file names the water (its lines are the ones drawn).
		// Named along basemap.json's smoother lines at every zoom (a 1:10m meander breaks a
		// name); the detail file names only the smaller waters basemap.json does not hold.
		...waterLabels('', BASEMAP_SOURCE, lang, font, {}),
		...(hasDetail ? waterLabels('detail-', DETAIL_SOURCE, lang, font, { minzoom: detailZoom }) : [])
	);
	return { ground, labels };
}
