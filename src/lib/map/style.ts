import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Place } from '$lib/story/types';
import { COLORS } from '$lib/theme.js';
import { PLACE_LABEL } from './context';
import type { AreaGeometry } from './areas';
import { basemapLayers, basemapSources, type BasemapInputs } from './basemap-style';
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
}

/** The route so far: a dark trail under the places, on a pale casing (empty until set). */
const routeLayers = (): LayerSpecification[] => [
	{
		id: 'route-casing',
		type: 'line',
		source: ROUTE_SOURCE,
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: { 'line-color': COLORS.halo, 'line-width': 6, 'line-opacity': 0.8 }
	},
	{
		id: 'route-line',
		type: 'line',
		source: ROUTE_SOURCE,
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: { 'line-color': COLORS.route, 'line-width': 3 }
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
			...(route
				? { [ROUTE_SOURCE]: { type: 'geojson', data: routeGeoJSON(NO_ROUTE) } as const }
				: {})
		},
		layers: [
			...ground,
			{
				// A step's areas (a cordon, a front): shaded only while their step is current,
				// under the lines and places so those stay legible.
				id: 'area-fills',
				type: 'fill',
				source: AREAS_SOURCE,
				paint: {
					'fill-color': COLORS.highlight,
					'fill-opacity': ['case', highlighted, 0.18, 0]
				}
			},
			{
				id: 'area-outlines',
				type: 'line',
				source: AREAS_SOURCE,
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': COLORS.highlight,
					'line-width': 1.5,
					'line-opacity': ['case', highlighted, 0.9, 0]
				}
			},
			{
				// A step's lines (capitals to a summit): drawn only while their step is current.
				id: 'connection-lines',
				type: 'line',
				source: CONNECTIONS_SOURCE,
				layout: { 'line-cap': 'round' },
				paint: {
					'line-color': COLORS.highlight,
					'line-width': 2.5,
					'line-opacity': ['case', highlighted, 0.85, 0],
					'line-dasharray': [2, 1.5]
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
					'circle-color': COLORS.highlight,
					'circle-opacity': ['case', highlighted, 0.22, 0],
					'circle-radius': ['case', highlighted, 22, 0]
				}
			},
			{
				id: 'place-dots',
				type: 'circle',
				source: PLACES_SOURCE,
				paint: {
					'circle-color': ['case', highlighted, COLORS.highlight, COLORS.place],
					'circle-radius': ['case', highlighted, 8, 4],
					'circle-opacity': contextShown(0.6),
					'circle-stroke-opacity': contextShown(1),
					'circle-stroke-color': COLORS.halo,
					'circle-stroke-width': ['case', highlighted, 2.5, 1]
				}
			},
			{
				id: 'place-labels',
				type: 'symbol',
				source: PLACES_SOURCE,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [LABEL_FONT],
					'text-size': PLACE_LABEL.size,
					'text-anchor': ['match', ['get', 'labelSide'], 'left', 'right', 'left'],
					'text-offset': [
						'match',
						['get', 'labelSide'],
						'left',
						['literal', [-PLACE_LABEL.offset, 0]],
						['literal', [PLACE_LABEL.offset, 0]]
					],
					'text-allow-overlap': true
				},
				paint: {
					'text-color': ['case', highlighted, COLORS.text, COLORS.place],
					'text-opacity': contextShown(0.65),
					'text-halo-color': COLORS.halo,
					'text-halo-width': ['case', highlighted, 2, 1]
				}
			}
		]
	};
}
