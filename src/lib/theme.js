// The story's palette, in one place: the map's paint (map/paint.js, which draws with these),
// the page's CSS (as custom properties on <html>, see hooks.server.ts), the manifest and the
// share card.
// Plain JavaScript so scripts/build-images.js can read it without a compiler.

/** The map's colours, shared by the live map and the static fallback so both look alike. */
export const COLORS = /** @type {const} */ ({
	water: '#cfdfe8',
	land: '#f3efe6',
	storyCountry: '#ebe3d3',
	border: '#9c8f7a',
	countryLabel: '#8a7f6c',
	place: '#6f6a60',
	highlight: '#c8102e',
	/** The route so far (`meta.route`): a dark trail, apart from the step's red lines. */
	route: '#4a3b6b',
	halo: '#ffffff',
	text: '#2b2824',
	/** Rivers (lakes are the water's colour) and their names, a shade deeper than the sea. */
	river: '#9fc1d6',
	waterLabel: '#3f6f8c',
	/** The basemap's towns: under the story's places, and quieter. */
	town: '#8d8577',
	townLabel: '#6b6458',
	/** The desk's vector tiles (Protomaps basemap schema): roads. */
	road: '#d9c9a8'
});

/**
 * A data layer's named colours (the story file's `style.color`): each distinct from the
 * others and from the land, at least 3:1 against it; the map's paint (map/paint.js) and the
 * legend's swatches draw with them.
 */
export const LAYER_COLORS = /** @type {const} */ ({
	red: '#c62d1f',
	orange: '#d9650b',
	yellow: '#b58a00',
	green: '#2e7d32',
	blue: '#1f5fa8',
	purple: '#7b3fa0',
	grey: '#66625b'
});

/**
 * The story's data layers (`meta.layers`): a row of the map's paint (map/paint.js), kept
 * here because the map's key (MapLegend.svelte, in the page's start-up script) draws its
 * swatches with it. A fill shaded and outlined; a hatch of diagonal strokes `hatchSpacing`
 * apart, outlined; a line, solid or dashed (in line widths); a point's symbol `pointSize`
 * across, ringed in white. Shown and hidden over `fadeMs` (at once with reduced motion).
 */
export const DATA_LAYERS = /** @type {const} */ ({
	colors: LAYER_COLORS,
	fillOpacity: 0.3,
	outlineWidth: 1.25,
	outlineOpacity: 0.9,
	hatchSpacing: 7,
	hatchWidth: 1.5,
	lineWidth: 2.5,
	dash: [2.5, 1.5],
	pointSize: 13,
	pointRing: COLORS.halo,
	pointRingWidth: 1.5,
	fadeMs: 400
});

/**
 * Places' names: a row of the map's paint (map/paint.js), kept here because the page's
 * start-up script measures names with it and need not carry the rest of the table.
 */
export const PLACE_LABELS = /** @type {const} */ ({
	size: 15,
	/** From the dot, in ems. */
	offset: 0.9,
	color: COLORS.text,
	contextColor: COLORS.place,
	contextOpacity: 0.65,
	halo: COLORS.halo,
	haloWidth: 2,
	contextHaloWidth: 1
});

/** The page's colours: text, secondary text, links, the paper, rules, keyboard focus. */
export const PAGE = /** @type {const} */ ({
	ink: COLORS.text,
	muted: '#5e574d',
	accent: '#b00d28',
	paper: '#fffdf8',
	rule: '#d8cfbf',
	focus: '#1a5fb4',
	water: COLORS.water
});

/** The page's colours as CSS custom properties (`--ink: #2b2824; …`), for a style attribute. */
export const pageStyle = () =>
	Object.entries(PAGE)
		.map(([name, value]) => `--${name}: ${value}`)
		.join('; ');

/**
 * The timeline's groups (an event's `group`): a colour each, every one at least 3:1 against
 * the bar's paper and none near the accent (the reader's mark), and a shape each, so that
 * no group is told by its colour alone. The thirteenth group is the first whose colour and
 * shape both repeat an earlier one's.
 */
export const GROUP_COLORS = /** @type {const} */ ([
	'#1f5fa8',
	'#9a5b00',
	'#2e7d32',
	'#7b3fa0',
	'#00727a',
	'#5f6b00'
]);
export const GROUP_SHAPES = /** @type {const} */ (['circle', 'square', 'diamond', 'triangle']);
