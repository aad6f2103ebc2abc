import { geoArea, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { Bounds, Place } from '$lib/story/types';
import type { AreaGeometry } from './areas';
import { greatCircle } from './connections';
import { placesInView } from './context';
import { projectionFor, type StaticFrame } from './static-map-frame';
import {
	dotBox,
	overlaps,
	placeLabels,
	pointsAlong,
	textWidth,
	type Box,
	type LabelRequest
} from './label-placement';
import { MAP_PAINT as PAINT } from './paint.js';
import { basemapNamesSvg, filesAt, groundSvg, zoomOfScale } from './static-basemap';
import { dataLayersSvg, type StaticDataLayer } from './static-data-layers';
import { mapNote, scaleBarSvg } from './scale-bar';
import { extentOf } from './locator';
import { locatorInset, type LocatorInputs } from './static-locator';
import { escapeXml } from './svg-text';

export { staticFrameFor } from './static-map-frame';

export interface StaticMapInputs {
	basemap: FeatureCollection;
	/** basemap-detail.json, drawn from `detailZoom` (docs/maps.md) as on the live map. */
	detail?: FeatureCollection;
	detailZoom?: number;
	places: readonly Place[];
	/** Countries the story happens in (its `meta.countries`), drawn a shade darker. */
	countries: readonly string[];
	/** Gazetteer ids drawn highlighted. */
	highlighted: readonly string[];
	/** Lines drawn between highlighted places (gazetteer ids). */
	connections?: readonly { from: string; to: string }[];
	/** The step's data layers (`meta.layers` it names), with their features, bottom to top. */
	dataLayers?: readonly StaticDataLayer[];
	/** Areas drawn shaded: GeoJSON polygons, either winding order. */
	areas?: readonly { geometry: AreaGeometry }[];
	/**
	 * The box the drawing fits; with a `point`, drawn at exactly that centre and zoom (the
	 * live map's, for a map of this size) instead; either turned by a `bearing`.
	 */
	bounds: Bounds;
	point?: StaticFrame['point'];
	bearing?: StaticFrame['bearing'];
	/** The route so far (`meta.route`): its stops, in order (route.ts). */
	route?: readonly [number, number][];
	width: number;
	height: number;
	/** The locator inset (`meta.locator`): the region it shows, from the same basemap. */
	locator?: LocatorInputs;
	/** What the image shows, in words (becomes its <title>). */
	title: string;
	/** Words the drawing says of itself, top left ("Simplified map": the desk's tiles are live only). */
	note?: string;
	/**
	 * Inlined into the page (true) rather than served as an image file. An image file
	 * enlarges its own labels when drawn small (see SMALL_LABELS); the inline copy
	 * cannot carry a <style> under the page's CSP: static-map.css, beside this file, does it.
	 */
	inline?: boolean;
}

/**
 * Below this scale (pixels a degree of longitude) only the step's own places are drawn:
 * the others' names would crowd, and a dot without its name tells the reader nothing.
 * About the live map's zoom 5, where its other places fade in.
 */
const CONTEXT_MIN_SCALE = 40;

/** How much of each side a pane narrower than the drawing crops: a square pane, 12.5%. */
const SIDE_CROP = 0.125;

// Presentation attributes, not a <style> element: the SVG is also inlined into the
// page, where the Content-Security-Policy admits no stray style elements.
// A halo of MapLibre's width is a stroke twice as wide, drawn under the letters.
const halo = (size: number, width: number) =>
	`stroke="${PAINT.placeLabels.halo}" stroke-width="${2 * width}" stroke-linejoin="round" paint-order="stroke" font-size="${size}"`;
/** A dash in line widths (MapLibre's), in drawing units. */
const dash = (pattern: readonly number[], width: number) =>
	pattern.map((length) => Math.round(length * width * 100) / 100).join(' ');

/** The scale bar's words, in the drawing's units, when it is drawn small (about 10 px on screen). */
const SMALL_SCALE_BAR_SIZE = 20;

/**
 * Drawn into a phone's map pane, an 800x600 map shrinks to about half, and its labels
 * with it (15 units: 8 px). Media queries in an SVG image answer to the image's own
 * drawn size, so the file carries its names twice, placed for each size, and shows the
 * larger set (about 13 px on screen) when drawn small. static-map.css does the same for
 * the inline first map.
 */
const SMALL_LABELS = `<style>@media (max-width: 560px) { .labels { display: none } .labels-small { display: inline } .scale-bar text { font-size: ${SMALL_SCALE_BAR_SIZE}px } }</style>`;

/** How much larger the names are drawn in the set shown when the drawing is drawn small. */
const LABEL_SCALES = { full: 1, small: 1.6 } as const;

/** Where a country's name may move to make room, in its widths and lines. */
const COUNTRY_NUDGES: [number, number][] = [
	[0, 0],
	[0, -1.4],
	[0, 1.4],
	[0, -2.8],
	[0, 2.8],
	[-0.5, 0],
	[0.5, 0]
];

/** Radii of a highlighted place's dot and a context place's, ring and all, as kept clear of names. */
const DOT = {
	on: Math.ceil(PAINT.highlighted.radius + PAINT.highlighted.ringWidth / 2),
	off: Math.ceil(PAINT.context.radius + PAINT.context.ringWidth / 2)
};

/**
 * d3-geo reads a ring's winding on the sphere: wound the way GeoJSON (RFC 7946) winds an
 * outer ring, a polygon would be the whole globe but itself. Each polygon is turned the
 * way d3 wants it, so a story file may wind its rings either way.
 */
export function windForD3(geometry: AreaGeometry): GeoJSON.MultiPolygon {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return {
		type: 'MultiPolygon',
		coordinates: polygons.map((rings) =>
			geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
				? rings.map((ring) => [...ring].reverse())
				: rings
		)
	};
}

/**
 * The map as a standalone SVG document, from the same basemap and gazetteer as the
 * live map: what readers without JavaScript or WebGL see, and what prints.
 */
export function renderStaticMap(inputs: StaticMapInputs): string {
	const { basemap, places, highlighted, connections = [], areas = [], bounds } = inputs;
	const { width, height, title } = inputs;
	const inline = inputs.inline ?? false;
	const [west, south, east, north] = bounds;
	const projection = projectionFor(inputs, { width, height });
	const path = geoPath(projection).digits(1);
	const wanted = new Set(highlighted);
	const [cx, cy] = inputs.point?.center ?? [(west + east) / 2, (south + north) / 2];
	const [x0, y0] = projection([cx, cy])!;
	const [x1, y1] = projection([cx + 1, cy])!;
	const scale = Math.hypot(x1 - x0, y1 - y0);
	// Context places only where names have room, and only with the whole name in what a
	// narrower pane shows of the drawing (it is cropped at the sides, never top and bottom).
	const safeX = width * SIDE_CROP;
	const fits = new Set(
		scale < CONTEXT_MIN_SCALE
			? []
			: placesInView(
					places,
					{
						project: (lonLat) => {
							const [x, y] = projection(lonLat) ?? [-1, -1];
							return { x: x - safeX, y };
						}
					},
					width - 2 * safeX,
					height
				)
	);
	const drawn = places.filter((p) => wanted.has(p.id) || fits.has(p.id));
	const byId = new Map(places.map((place) => [place.id, place]));
	const lines = connections
		.flatMap(({ from, to }) => {
			const [a, b] = [byId.get(from), byId.get(to)];
			if (!a || !b) return [];
			const line = greatCircle([a.lon, a.lat], [b.lon, b.lat]);
			return [path({ type: 'LineString', coordinates: line })];
		})
		.filter(Boolean)
		.join('');

	// One line through the stops; d3 draws each leg along its great circle, as the live map.
	const route =
		(inputs.route?.length ?? 0) >= 2
			? path({ type: 'LineString', coordinates: inputs.route!.map(([lon, lat]) => [lon, lat]) })
			: '';

	const shaded = areas.map(({ geometry }) => path(windForD3(geometry)) ?? '').join('');

	// The live map's zoom for this drawing: what the basemap draws follows from it.
	const zoom = zoomOfScale(scale);
	const files = filesAt(
		{ base: basemap, detail: inputs.detail, detailZoom: inputs.detailZoom ?? Infinity },
		zoom
	);
	const ground = files.map((file) => groundSvg(file, path, inputs.countries, zoom)).join('');

	const at = (place: Place) => {
		const point = projection([place.lon, place.lat]);
		if (!point || point[0] < 0 || point[0] > width || point[1] < 0 || point[1] > height)
			return null;
		return point.map((v) => Math.round(v)) as [number, number];
	};
	const onMap = drawn.flatMap((place) => {
		const point = at(place);
		return point ? [{ place, x: point[0], y: point[1], on: wanted.has(place.id) }] : [];
	});
	const countryPoints = basemap.features.flatMap((f) => {
		const point =
			f.geometry.type === 'Point' && f.properties?.kind === 'country-label'
				? projection(f.geometry.coordinates as [number, number])
				: null;
		return point ? [{ name: String(f.properties?.name ?? ''), x: point[0], y: point[1] }] : [];
	});
	const frame: Box = { left: 4, top: 4, right: width - 4, bottom: height - 4 };
	// The scale bar's left end, and the locator inset over it (`meta.locator`), which names keep clear of.
	const scaleLeft = Math.round(width * (1 - SIDE_CROP)) - 8 - PAINT.scaleBar.maxWidth;
	const extent = inputs.locator && extentOf((p) => projection.invert!(p), width, height);
	const inset = extent ? locatorInset(inputs.locator!, extent, scaleLeft, height - 66) : null;
	const obstacles = onMap.map(({ x, y, on }) => dotBox(x, y, on ? DOT.on : DOT.off));
	if (inset) obstacles.push(inset.room);
	const note = inputs.note ? mapNote(inputs.note, Math.round(width * SIDE_CROP) + 12, 40) : null;
	if (note) obstacles.push(note.room);

	/** The names at one scale, placed clear of each other and of every dot (label-placement.ts). */
	const labelsAt = (scale: number) => {
		const size = Math.round(PAINT.placeLabels.size * scale);
		const country = Math.round(PAINT.countryLabels.size * scale);
		const spacing = Math.round(PAINT.countryLabels.letterSpacing * country * 10) / 10;
		const requests: LabelRequest[] = [...onMap]
			// The step's own places first: they are named whatever it takes.
			.sort((a, b) => Number(b.on) - Number(a.on))
			.map(({ place, x, y, on }) => ({
				id: place.id,
				x,
				y,
				text: place.name,
				size,
				bold: on,
				dot: on ? DOT.on : DOT.off,
				side: place.labelSide,
				required: on
			}));
		const placed = placeLabels(requests, frame, obstacles);
		const named = new Set(placed.map((label) => label.id));
		const taken = [
			...obstacles,
			// A country's name keeps clear of a highlighted place's pale ring too.
			...onMap.filter(({ on }) => on).map(({ x, y }) => dotBox(x, y, PAINT.highlighted.glowRadius)),
			...placed.map((label) => label.box),
			...placed.flatMap((label) => (label.leader ? pointsAlong(label.leader) : []))
		];
		// Country names go where they fit, else not at all: a place's name comes first.
		const countryText = countryPoints.flatMap(({ name, x, y }) => {
			const w = textWidth(name, country, false, spacing);
			// Where it was put, else nudged a line or half its width aside: still in its country.
			for (const [nx, ny] of COUNTRY_NUDGES) {
				const [dx, dy] = [nx * w, ny * country];
				const box = {
					left: x + dx - w / 2,
					top: y + dy - country,
					right: x + dx + w / 2,
					bottom: y + dy + 4
				};
				if (box.left < 40 || box.right > width - 40 || box.top < 4 || box.bottom > height - 4)
					continue;
				if (taken.some((other) => overlaps(box, other, 2))) continue;
				taken.push(box);
				return [
					`<text class="country-label" x="${Math.round(x + dx)}" y="${Math.round(y + dy)}" font-size="${country}" letter-spacing="${spacing}" text-anchor="middle" fill="${PAINT.countryLabels.color}">${escapeXml(name)}</text>`
				];
			}
			return [];
		});
		const marks = placed.map((label) => {
			const mark = onMap.find((m) => m.place.id === label.id)!;
			const { color, contextColor, contextOpacity, haloWidth, contextHaloWidth } =
				PAINT.placeLabels;
			const style = mark.on
				? `${halo(size, haloWidth * scale)} font-weight="700" fill="${color}"`
				: `${halo(size, contextHaloWidth * scale)} fill="${contextColor}" opacity="${contextOpacity}"`;
			const leader = label.leader
				? `<line x1="${label.leader[0].toFixed(1)}" y1="${label.leader[1].toFixed(1)}" x2="${label.leader[2].toFixed(1)}" y2="${label.leader[3].toFixed(1)}" stroke="${PAINT.placeLabels.color}" stroke-width="1"/>`
				: '';
			// A context place's dot is drawn with its name, or not at all.
			const dot = mark.on
				? ''
				: `<circle cx="${mark.x}" cy="${mark.y}" r="${PAINT.context.radius}" fill="${PAINT.context.color}" fill-opacity="${PAINT.context.opacity}" stroke="${PAINT.context.ring}" stroke-width="${PAINT.context.ringWidth}"/>`;
			return `${dot}${leader}<text class="place-label" x="${Math.round(label.x)}" y="${Math.round(label.y)}" dominant-baseline="central" text-anchor="${label.anchor}" ${style}>${escapeXml(mark.place.name)}</text>`;
		});
		// The basemap's towns and waters last, where room is left (static-basemap.ts).
		const basemapText = basemapNamesSvg(files, projection, path, zoom, {
			size: Math.round(PAINT.towns.size * scale),
			halo: PAINT.placeLabels.contextHaloWidth * scale * 2,
			frame,
			taken
		});
		return { text: basemapText + countryText.join('') + marks.join(''), named };
	};
	const full = labelsAt(LABEL_SCALES.full);
	const small = labelsAt(LABEL_SCALES.small);
	const { highlighted: on, connections: line, areas: area, route: trail } = PAINT;
	// Highlighted dots are drawn once, under both sets of names.
	const dots = onMap
		.filter(({ on }) => on)
		.map(
			({ x, y }) =>
				`<circle cx="${x}" cy="${y}" r="${on.glowRadius}" fill="${on.color}" fill-opacity="${on.glowOpacity}"/><circle cx="${x}" cy="${y}" r="${on.radius}" fill="${on.color}" stroke="${on.ring}" stroke-width="${on.ringWidth}"/>`
		)
		.join('');

	// direction="ltr": names are placed left to right (text-anchor start is their left
	// edge); inlined into a right-to-left page, the drawing would otherwise flip them.
	return [
		`<svg xmlns="http://www.w3.org/2000/svg"${inline ? ' class="static-map"' : ''} viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid slice" role="img" direction="ltr" font-family="system-ui, 'Noto Sans', sans-serif">`,
		`<title>${escapeXml(title)}</title>`,
		inline ? '' : SMALL_LABELS,
		`<rect width="${width}" height="${height}" fill="${PAINT.water.color}"/>`,
		ground,
		dataLayersSvg(inputs.dataLayers ?? [], path, projection, windForD3, {
			width,
			height,
			idPrefix: inline ? 'first-map-hatch' : 'hatch'
		}),
		shaded
			? `<path class="areas" d="${shaded}" fill="${area.color}" fill-opacity="${area.fillOpacity}" fill-rule="evenodd" stroke="${area.color}" stroke-width="${area.outlineWidth}" stroke-opacity="${area.outlineOpacity}" stroke-linejoin="round"/>`
			: '',
		lines
			? `<path class="connections" d="${lines}" fill="none" stroke="${line.color}" stroke-width="${line.width}" stroke-dasharray="${dash(line.dash, line.width)}" stroke-linecap="round" stroke-opacity="${line.opacity}"/>`
			: '',
		route
			? `<path class="route" d="${route}" fill="none" stroke="${trail.casing}" stroke-width="${trail.casingWidth}" stroke-opacity="${trail.casingOpacity}" stroke-linejoin="round" stroke-linecap="round"/><path d="${route}" fill="none" stroke="${trail.color}" stroke-width="${trail.width}" stroke-linejoin="round" stroke-linecap="round"/>`
			: '',
		dots,
		`<g class="labels">${full.text}</g>`,
		`<g class="labels-small" display="none">${small.text}</g>`,
		// Bottom right, inside what a narrow pane shows, clear of the pane's credit line.
		scaleBarSvg(cy, scale, scaleLeft, height - 44),
		// Over the scale bar, its left end at the bar's: the live map stacks them alike.
		inset?.svg ?? '',
		note?.svg ?? '',
		'</svg>'
	].join('');
}
