// The story file's map fields beyond places and cameras: the desk's own tiles
// (`meta.basemap`) and data layers (`meta.layers`, and each event's `layers`). Kept apart
// from fields.ts so each can change without the other. The layer style's vocabulary is
// small on purpose; the colours each name stands for are the renderers' (docs/maps.md).
import { z } from 'zod';
import { expected, slug, text } from './fields.ts';
import { translatable } from './translatable.ts';

/** The named colours a layer may take: the paint table gives each its colour. */
export const LAYER_PALETTE = [
	'red',
	'orange',
	'yellow',
	'green',
	'blue',
	'purple',
	'grey'
] as const;
/** The symbols a point layer may take. */
export const POINT_SYMBOLS = ['circle', 'square', 'triangle', 'cross'] as const;

/** A path beside the story file: relative, forward slashes, inside its folder. */
const fileBeside = (extensions: RegExp, what: string) =>
	z
		.string(expected('a path'))
		.regex(/\S/, 'is empty')
		.refine((path) => !/^([a-z][a-z0-9+.-]*:|\/|\\)/i.test(path), {
			error: 'must be a file beside the story, relative to it (not an address or absolute path)'
		})
		.refine((path) => !path.includes('\\'), { error: 'uses "\\": use "/" between folders' })
		.refine((path) => !path.split('/').includes('..'), {
			error: "leaves the story's folder: keep it beside the story file, or in a folder under it"
		})
		.refine((path) => extensions.test(path), { error: `must be ${what}` });

export const basemap = z
	.strictObject({
		pmtiles: fileBeside(/\.pmtiles$/i, 'a .pmtiles file').describe(
			'A PMTiles archive (version 3) beside the story file: raster (PNG, JPEG, WebP) or vector (the Protomaps basemap schema). The build cuts the tiles the story needs from it and publishes them with the page.'
		),
		attribution: text(
			'Who made the tiles and the data under them, as their licence asks ("© Stamen Design, CC BY 3.0; data © OpenStreetMap contributors"): printed on the map.'
		)
	})
	.describe(
		'The desk’s own map tiles, which it has the rights to publish: the map shows them instead of the built-in basemap, and may come closer than its detail limit (zoom 10).'
	);

const color = z.enum(LAYER_PALETTE, {
	error: `must be one of ${LAYER_PALETTE.map((c) => `"${c}"`).join(', ')}`
});

export const layerStyle = z
	.discriminatedUnion(
		'type',
		[
			z
				.strictObject({ type: z.literal('fill'), color })
				.describe('Areas filled with a colour: ground held, a flooded zone.'),
			z
				.strictObject({ type: z.literal('hatch'), color })
				.describe('Areas hatched in a colour: contested ground.'),
			z
				.strictObject({
					type: z.literal('line'),
					color,
					dashed: z.boolean().optional().describe('A dashed line (a claimed or unsure line).')
				})
				.describe('Lines: a front line, a route, a border.'),
			z
				.strictObject({
					type: z.literal('point'),
					color,
					symbol: z
						.enum(POINT_SYMBOLS, {
							error: `must be one of ${POINT_SYMBOLS.map((s) => `"${s}"`).join(', ')}`
						})
						.optional()
						.describe('The point’s symbol (default a circle).')
				})
				.describe('Points: events, strikes, camps.')
		],
		{ error: 'must have a type: "fill", "hatch", "line" or "point"' }
	)
	.describe('How the layer is drawn, from a small vocabulary the legend explains.');

export const layer = z
	.strictObject({
		id: slug.describe('Stable id, unique in the story: events name it in their `layers`.'),
		file: fileBeside(/\.(geo)?json$/i, 'a .geojson or .json file').describe(
			'A GeoJSON FeatureCollection beside the story file (WGS84 longitude, latitude): polygons for a fill or hatch, lines for a line, points for a point.'
		),
		label: translatable(
			text('What the layer shows, as the legend says it ("Held by the government").')
		),
		style: layerStyle,
		source: z
			.string(expected('a source id'))
			.describe('Where the layer’s outlines come from: a source each event showing it cites.'),
		note: z.string().optional().describe('For the story’s editors; never shown.')
	})
	.describe('A data layer the map draws on the steps that name it, with its legend entry.');

export const layers = z
	.array(layer)
	.describe('The story’s data layers; each event lists the ones it shows in its `layers`.');

export const eventLayers = z
	.array(z.string(expected('a layer id')))
	.describe('Ids of the data layers (meta.layers) the map shows while this step is read.');
