// How the map draws each thing on it, from the palette (theme.js). A module of its own, not
// in theme.js: the live map's style (map/style.ts, fetched with MapLibre) and the static maps
// (render-static-map.ts, drawn by the server) read it, and the page's start-up script, which
// takes the palette, need not carry it.
import { COLORS, DATA_LAYERS, PLACE_LABELS } from '../theme.js';

/**
 * How the map draws each thing on it: one table for the live map's style (map/style.ts)
 * and the static maps (map/render-static-map.ts), so the two cannot drift apart. Widths,
 * radii and sizes are CSS pixels of the live map (a static map is drawn in the same units,
 * 800x600); dashes are in line widths, as MapLibre counts them; letter spacing in ems. A
 * layer the maps gain later (rivers, towns, a scale bar, a story's own data) gets its row
 * here, and both renderers read it.
 */
export const MAP_PAINT = /** @type {const} */ ({
	water: { color: COLORS.water },
	land: { color: COLORS.land, storyCountry: COLORS.storyCountry },
	borders: { color: COLORS.border, width: 1, dash: [3, 2] },
	countryLabels: { color: COLORS.countryLabel, size: 12, letterSpacing: 0.2 },
	/** Rivers (lakes are the water's colour, outlined in the rivers'). */
	rivers: { color: COLORS.river },
	/** Rivers' and lakes' names: haloed in the water's colour. */
	waterLabels: { color: COLORS.waterLabel, halo: COLORS.water, size: 11 },
	/** The basemap's towns: a dot and its name, under the story's places and quieter. */
	towns: { dot: COLORS.town, color: COLORS.townLabel, halo: COLORS.halo, size: 11 },
	/** The desk's vector tiles' roads. */
	roads: { color: COLORS.road },
	/** A step's areas: shaded, outlined. */
	areas: { color: COLORS.highlight, fillOpacity: 0.18, outlineWidth: 1.5, outlineOpacity: 0.9 },
	/** A step's lines between its places. */
	connections: { color: COLORS.highlight, width: 2.5, opacity: 0.85, dash: [2, 1.5] },
	/** The route so far (`meta.route`): a dark trail on a pale casing. */
	route: { color: COLORS.route, width: 3, casing: COLORS.halo, casingWidth: 6, casingOpacity: 0.8 },
	/** A place the step highlights: a pale glow, and a dot ringed in white. */
	highlighted: {
		color: COLORS.highlight,
		glowRadius: 22,
		glowOpacity: 0.22,
		radius: 8,
		ring: COLORS.halo,
		ringWidth: 2.5
	},
	/** Another place, drawn only where its whole name fits: smaller and fainter. */
	context: { color: COLORS.place, radius: 4, opacity: 0.6, ring: COLORS.halo, ringWidth: 1 },
	/** A story's data layers (`meta.layers`): theme.js keeps the row, which the legend reads. */
	dataLayers: DATA_LAYERS,
	/**
	 * The scale bar: a bracket of a round length at most `maxWidth` long, its ends `tick`
	 * high, and the length in words (MapLibre's ScaleControl on the live map, styled alike).
	 */
	scaleBar: { color: COLORS.text, halo: COLORS.halo, width: 1.5, tick: 6, size: 12, maxWidth: 100 },
	/**
	 * The locator inset (`meta.locator`): the story's region at most `width` x `height`
	 * (CSS pixels live, drawing units static), its land and borders, and the view's extent
	 * as a box at least `minExtent` across. None where the view already shows `maxShare`
	 * of the region or more: the map itself is the locator then.
	 */
	locator: {
		width: 100,
		height: 90,
		water: COLORS.water,
		land: COLORS.land,
		storyCountry: COLORS.storyCountry,
		border: COLORS.border,
		borderWidth: 0.5,
		frame: COLORS.text,
		frameWidth: 1,
		extent: COLORS.highlight,
		extentWidth: 1.5,
		extentFillOpacity: 0.15,
		halo: COLORS.halo,
		minExtent: 6,
		maxShare: 0.3
	},
	/** Places' names: a highlighted place's in the text colour, another's fainter; both haloed. */
	placeLabels: PLACE_LABELS
});
