/**
 * A story's data layers (`meta.layers`) on the live map: each a GeoJSON source, empty
 * until a step shows it, drawn by one or two style layers in its named colour (paint.js),
 * hidden (opacity 0) until a step names it, then faded in and out by MapLibre's paint
 * transitions. Hatches and point symbols are images made here (layer-symbols.ts), added
 * when the style first asks for them.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { LayerStyle } from './map-data';
import { MAP_PAINT } from './paint.js';
import { hatchImage, symbolImage, type LayerImage } from './layer-images';
import type { PointSymbol } from './layer-symbols';

const PAINT = MAP_PAINT.dataLayers;
type Colour = keyof typeof PAINT.colors;

/** What the live map needs to know of a layer. */
export interface LiveLayer {
	id: string;
	style: LayerStyle;
}

/** The source of a layer's features. */
export const dataLayerSource = (id: string) => `data-layer:${id}`;

/** One style layer of a data layer, and the paint property that shows it (and its value shown). */
export interface LayerPart {
	spec: LayerSpecification;
	opacity: 'fill-opacity' | 'line-opacity' | 'icon-opacity';
	shown: number;
}

/** The images' pixel ratio: sharp on a 2x screen, as the map draws at most 2x (create.ts). */
export const IMAGE_PIXEL_RATIO = 2;

const hatchName = (color: Colour) => `data-layer-hatch-${color}`;
const symbolName = (symbol: PointSymbol, color: Colour) => `data-layer-${symbol}-${color}`;

/** The image a name stands for (`map.on('styleimagemissing')`), or null if not one of ours. */
export function dataLayerImage(name: string): LayerImage | null {
	const hatch = /^data-layer-hatch-([a-z]+)$/.exec(name);
	const point = /^data-layer-(circle|square|triangle|cross)-([a-z]+)$/.exec(name);
	const colour = (key: string | undefined) =>
		key && key in PAINT.colors ? PAINT.colors[key as Colour] : null;
	if (hatch && colour(hatch[1]))
		return hatchImage(
			colour(hatch[1])!,
			PAINT.hatchSpacing * IMAGE_PIXEL_RATIO,
			PAINT.hatchWidth * IMAGE_PIXEL_RATIO
		);
	if (point && colour(point[2]))
		return symbolImage(
			point[1] as PointSymbol,
			colour(point[2])!,
			PAINT.pointRing,
			PAINT.pointSize * IMAGE_PIXEL_RATIO,
			PAINT.pointRingWidth / PAINT.pointSize
		);
	return null;
}

/** The style layers one data layer is drawn with, bottom to top, all hidden. */
export function layerParts({ id, style }: LiveLayer): LayerPart[] {
	const source = dataLayerSource(id);
	const color = PAINT.colors[style.color];
	const outline: LayerPart = {
		spec: {
			id: `${source}:outline`,
			type: 'line',
			source,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': color, 'line-width': PAINT.outlineWidth, 'line-opacity': 0 }
		},
		opacity: 'line-opacity',
		shown: PAINT.outlineOpacity
	};
	switch (style.type) {
		case 'fill':
		case 'hatch':
			return [
				{
					spec: {
						id: `${source}:${style.type}`,
						type: 'fill',
						source,
						paint:
							style.type === 'fill'
								? { 'fill-color': color, 'fill-opacity': 0 }
								: { 'fill-pattern': hatchName(style.color), 'fill-opacity': 0 }
					},
					opacity: 'fill-opacity',
					shown: style.type === 'fill' ? PAINT.fillOpacity : 1
				},
				outline
			];
		case 'line':
			return [
				{
					spec: {
						id: `${source}:line`,
						type: 'line',
						source,
						layout: { 'line-join': 'round', 'line-cap': style.dashed ? 'butt' : 'round' },
						paint: {
							'line-color': color,
							'line-width': PAINT.lineWidth,
							'line-opacity': 0,
							...(style.dashed ? { 'line-dasharray': [...PAINT.dash] } : {})
						}
					},
					opacity: 'line-opacity',
					shown: 1
				}
			];
		case 'point':
			return [
				{
					spec: {
						id: `${source}:point`,
						type: 'symbol',
						source,
						layout: {
							'icon-image': symbolName(style.symbol ?? 'circle', style.color),
							'icon-allow-overlap': true,
							'icon-ignore-placement': true
						},
						paint: { 'icon-opacity': 0 }
					},
					opacity: 'icon-opacity',
					shown: 1
				}
			];
	}
}

/** Every layer's source, empty until a step shows it (data-layers-live.ts fills it). */
export const dataLayerSources = (layers: readonly LiveLayer[]) =>
	Object.fromEntries(
		layers.map((layer): [string, SourceSpecification] => [
			dataLayerSource(layer.id),
			{ type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		])
	);

/** Every layer's style layers, in the story's order (the first listed drawn lowest). */
export const dataLayerSpecs = (layers: readonly LiveLayer[]) =>
	layers.flatMap((layer) => layerParts(layer).map((part) => part.spec));
