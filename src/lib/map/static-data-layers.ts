/**
 * A story's data layers on the static maps (no JavaScript, no WebGL, print): the same
 * paint rows (paint.js) and symbols (layer-symbols.ts) as the live map's, as SVG. Areas
 * are wound for d3 as the story's own are; a hatch is an SVG pattern.
 */
import type { GeoPath, GeoProjection } from 'd3-geo';
import type { LayerStyle } from './map-data';
import { MAP_PAINT } from './paint.js';
import { symbolSvg } from './layer-symbols';
import type { AreaGeometry } from './areas';

const PAINT = MAP_PAINT.dataLayers;

export interface StaticDataLayer {
	id: string;
	style: LayerStyle;
	data?: GeoJSON.FeatureCollection;
}

const round = (v: number) => Math.round(v * 100) / 100;

/** A hatch's pattern: strokes rising to the right, `hatchSpacing` apart, as the live map's tile. */
export const hatchPattern = (id: string, color: string) =>
	`<pattern id="${id}" patternUnits="userSpaceOnUse" width="${PAINT.hatchSpacing}" height="${PAINT.hatchSpacing}" patternTransform="rotate(45)"><rect width="${PAINT.hatchWidth}" height="${PAINT.hatchSpacing}" fill="${color}"/></pattern>`;

/**
 * The layers (bottom to top, as listed) as SVG. `wind` turns a polygon the way d3 wants
 * it; `idPrefix` keeps the hatches' pattern ids apart from another drawing's on one page.
 */
export function dataLayersSvg(
	layers: readonly StaticDataLayer[],
	path: GeoPath,
	projection: GeoProjection,
	wind: (geometry: AreaGeometry) => GeoJSON.MultiPolygon,
	{ width, height, idPrefix = 'hatch' }: { width: number; height: number; idPrefix?: string }
): string {
	return layers
		.map(({ id, style, data }) => {
			const features = data?.features ?? [];
			const color = PAINT.colors[style.color];
			const outline = `stroke="${color}" stroke-width="${PAINT.outlineWidth}" stroke-opacity="${PAINT.outlineOpacity}" stroke-linejoin="round"`;
			if (style.type === 'fill' || style.type === 'hatch') {
				const d = features
					.map((f) =>
						f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
							? (path(wind(f.geometry)) ?? '')
							: ''
					)
					.join('');
				if (!d) return '';
				if (style.type === 'fill')
					return `<path class="data-layer" data-layer="${id}" d="${d}" fill="${color}" fill-opacity="${PAINT.fillOpacity}" fill-rule="evenodd" ${outline}/>`;
				const pattern = `${idPrefix}-${id}`;
				return `<defs>${hatchPattern(pattern, color)}</defs><path class="data-layer" data-layer="${id}" d="${d}" fill="url(#${pattern})" fill-rule="evenodd" ${outline}/>`;
			}
			if (style.type === 'line') {
				const d = features.map((f) => path(f.geometry) ?? '').join('');
				if (!d) return '';
				const dash = style.dashed
					? ` stroke-dasharray="${PAINT.dash.map((l) => round(l * PAINT.lineWidth)).join(' ')}"`
					: ' stroke-linecap="round"';
				return `<path class="data-layer" data-layer="${id}" d="${d}" fill="none" stroke="${color}" stroke-width="${PAINT.lineWidth}" stroke-linejoin="round"${dash}/>`;
			}
			const symbol = (style.type === 'point' && style.symbol) || 'circle';
			const paint = `fill="${color}" stroke="${PAINT.pointRing}" stroke-width="${2 * PAINT.pointRingWidth}" paint-order="stroke"`;
			const size = PAINT.pointSize * (1 - PAINT.pointRingWidth / PAINT.pointSize);
			const points = features.flatMap((f) =>
				f.geometry.type === 'Point'
					? [f.geometry.coordinates]
					: f.geometry.type === 'MultiPoint'
						? f.geometry.coordinates
						: []
			);
			const marks = points.flatMap(([lon, lat]) => {
				const at = projection([lon!, lat!]);
				if (!at || at[0] < -20 || at[0] > width + 20 || at[1] < -20 || at[1] > height + 20)
					return [];
				return [symbolSvg(symbol, round(at[0]), round(at[1]), size, paint)];
			});
			return marks.length ? `<g class="data-layer" data-layer="${id}">${marks.join('')}</g>` : '';
		})
		.join('');
}
