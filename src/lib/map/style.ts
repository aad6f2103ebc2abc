import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Place } from '$lib/story/types';
import { MAP_PAINT as PAINT } from './paint.js';
import type { AreaGeometry } from './areas';
import { basemapLayers, basemapSources, type BasemapInputs } from './basemap-style';
import { dataLayerSources, dataLayerSpecs, type LiveLayer } from './data-layers';
import { AREAS_SOURCE, CONNECTIONS_SOURCE, PLACES_SOURCE } from './highlight';
import { NO_ROUTE, ROUTE_SOURCE, routeGeoJSON } from './route';

/** The one font the map draws its labels with, served from the page's own origin. */
export const LABEL_FONT = 'Noto Sans Regular';

export interface StyleInputs extends Omit<BasemapInputs, 'font'> {
	/** The label font's files (same origin, absolute URLs) and the characters each covers. */
	fonts: { url: string; range: string[] }[];
	places: readonly Place[];
	/** Every line between places that a step draws (see connections.ts). */
	connections: GeoJSON.FeatureCollection<GeoJSON.LineString>;
	/** Every area that a step shades (see areas.ts). */
	areas: GeoJSON.FeatureCollection<AreaGeometry>;
	/** Whether the story draws its route so far (`meta.route`; its line: route.ts). */
	route?: boolean;
	/** The story's data layers (`meta.layers`), drawn on the steps that name them. */
	dataLayers?: readonly LiveLayer[];
}

/** The route so far: a dark trail under the places, on a pale casing (empty until set). */
const routeLayers = (): LayerSpecification[] => [
	{
		id: 'route-casing',
		type: 'line',
		source: ROUTE_SOURCE,
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: {
			'line-color': PAINT.route.casing,
			'line-width': PAINT.route.casingWidth,
			'line-opacity': PAINT.route.casingOpacity
		}
	},
	{
		id: 'route-line',
		type: 'line',
		source: ROUTE_SOURCE,
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: { 'line-color': PAINT.route.color, 'line-width': PAINT.route.width }
	}
];

/** The places as GeoJSON points, keyed by gazetteer id for feature state. */
export function placesGeoJSON(places: readonly Place[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
	return {
		type: 'FeatureCollection',
		features: places.map((place) => ({
			type: 'Feature',
			id: place.id,
			properties: { id: place.id, name: place.name, labelSide: place.labelSide ?? 'right' },
			geometry: { type: 'Point', coordinates: [place.lon, place.lat] }
		}))
	};
}

const highlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlighted'], false];
/** Set once the camera has settled: the place's dot and whole name fit the map (context.ts). */
const inView: ExpressionSpecification = ['boolean', ['feature-state', 'inView'], false];

/**
 * Besides the step's own places, only those whose dot and whole name fit the map are
 * drawn, and zoomed out not even those: they would crowd. A place's dot and its name
 * fade in together, so no dot is ever drawn without its name.
 */
const contextShown = (full: number): ExpressionSpecification => [
	'interpolate',
	['linear'],
	['zoom'],
	4.5,
	['case', highlighted, 1, 0],
	5.5,
	['case', highlighted, 1, inView, full, 0]
];

/**
 * The whole map style: land, water, borders and the story's places, with no tile
 * server, no glyph server and no sprite. Labels come from `font-faces`.
 */
export function buildStyle({
	fonts,
	places,
	connections,
	areas,
	route = false,
	dataLayers = [],
	...basemap
}: StyleInputs): StyleSpecification {
	const { ground, labels } = basemapLayers({ ...basemap, font: LABEL_FONT });
	return {
		version: 8,
		'font-faces': {
			[LABEL_FONT]: fonts.map(({ url, range }) => ({ url, 'unicode-range': range }))
		},
		sources: {
			...basemapSources({ ...basemap, font: LABEL_FONT }),
			[PLACES_SOURCE]: { type: 'geojson', data: placesGeoJSON(places), promoteId: 'id' },
			[CONNECTIONS_SOURCE]: { type: 'geojson', data: connections, promoteId: 'id' },
			[AREAS_SOURCE]: { type: 'geojson', data: areas, promoteId: 'id' },
			...dataLayerSources(dataLayers),
			...(route
				? { [ROUTE_SOURCE]: { type: 'geojson', data: routeGeoJSON(NO_ROUTE) } as const }
				: {})
		},
		layers: [
			...ground,
			// The story's data layers on the ground, under its own areas, lines and places.
			...dataLayerSpecs(dataLayers),
			{
				// A step's areas (a cordon, a front): shaded only while their step is current,
				// under the lines and places so those stay legible.
				id: 'area-fills',
				type: 'fill',
				source: AREAS_SOURCE,
				paint: {
					'fill-color': PAINT.areas.color,
					'fill-opacity': ['case', highlighted, PAINT.areas.fillOpacity, 0]
				}
			},
			{
				id: 'area-outlines',
				type: 'line',
				source: AREAS_SOURCE,
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': PAINT.areas.color,
					'line-width': PAINT.areas.outlineWidth,
					'line-opacity': ['case', highlighted, PAINT.areas.outlineOpacity, 0]
				}
			},
			{
				// A step's lines (capitals to a summit): drawn only while their step is current.
				id: 'connection-lines',
				type: 'line',
				source: CONNECTIONS_SOURCE,
				layout: { 'line-cap': 'round' },
				paint: {
					'line-color': PAINT.connections.color,
					'line-width': PAINT.connections.width,
					'line-opacity': ['case', highlighted, PAINT.connections.opacity, 0],
					'line-dasharray': [...PAINT.connections.dash]
				}
			},
			...(route ? routeLayers() : []),
			// The basemap's names over the story's lines, under its places (placed first).
			...labels,
			{
				id: 'place-halos',
				type: 'circle',
				source: PLACES_SOURCE,
				paint: {
					'circle-color': PAINT.highlighted.color,
					'circle-opacity': ['case', highlighted, PAINT.highlighted.glowOpacity, 0],
					'circle-radius': ['case', highlighted, PAINT.highlighted.glowRadius, 0]
				}
			},
			{
				id: 'place-dots',
				type: 'circle',
				source: PLACES_SOURCE,
				paint: {
					'circle-color': ['case', highlighted, PAINT.highlighted.color, PAINT.context.color],
					'circle-radius': ['case', highlighted, PAINT.highlighted.radius, PAINT.context.radius],
					'circle-opacity': contextShown(PAINT.context.opacity),
					'circle-stroke-opacity': contextShown(1),
					'circle-stroke-color': ['case', highlighted, PAINT.highlighted.ring, PAINT.context.ring],
					'circle-stroke-width': [
						'case',
						highlighted,
						PAINT.highlighted.ringWidth,
						PAINT.context.ringWidth
					]
				}
			},
			{
				id: 'place-labels',
				type: 'symbol',
				source: PLACES_SOURCE,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [LABEL_FONT],
					'text-size': PAINT.placeLabels.size,
					'text-anchor': ['match', ['get', 'labelSide'], 'left', 'right', 'left'],
					'text-offset': [
						'match',
						['get', 'labelSide'],
						'left',
						['literal', [-PAINT.placeLabels.offset, 0]],
						['literal', [PAINT.placeLabels.offset, 0]]
					],
					'text-allow-overlap': true
				},
				paint: {
					'text-color': [
						'case',
						highlighted,
						PAINT.placeLabels.color,
						PAINT.placeLabels.contextColor
					],
					'text-opacity': contextShown(PAINT.placeLabels.contextOpacity),
					'text-halo-color': PAINT.placeLabels.halo,
					'text-halo-width': [
						'case',
						highlighted,
						PAINT.placeLabels.haloWidth,
						PAINT.placeLabels.contextHaloWidth
					]
				}
			}
		]
	};
}
