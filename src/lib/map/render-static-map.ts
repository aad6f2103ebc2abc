import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { Bounds, Place } from '$lib/story';
import type { AreaGeometry } from './areas';
import type { Camera } from './camera';
import { greatCircle } from './connections';
import { placesInView } from './context';
import { COLORS } from '$lib/theme.js';
import { STORY_COUNTRIES } from './style';

export interface StaticMapInputs {
	basemap: FeatureCollection;
	places: readonly Place[];
	/** Gazetteer ids drawn highlighted. */
	highlighted: readonly string[];
	/** Lines drawn between highlighted places (gazetteer ids). */
	connections?: readonly { from: string; to: string }[];
	/** Areas drawn shaded: GeoJSON polygons, either winding order. */
	areas?: readonly { geometry: AreaGeometry }[];
	bounds: Bounds;
	width: number;
	height: number;
	/** What the image shows, in words (becomes its <title>). */
	title: string;
	/**
	 * Inlined into the page (true) rather than served as an image file. An image file
	 * enlarges its own labels when drawn small (see SMALL_LABELS); the inline copy
	 * cannot carry a <style> under the page's CSP, so the page's CSS does it there.
	 */
	inline?: boolean;
}

/**
 * Below this scale (pixels a degree of longitude) only the step's own places are drawn:
 * the others' names would crowd, and a dot without its name tells the reader nothing.
 * About the live map's zoom 5, where its other places fade in.
 */
export const CONTEXT_MIN_SCALE = 40;

/** How much of each side a pane narrower than the drawing crops: a square pane, 12.5%. */
const SIDE_CROP = 0.125;

/** The smallest span a static map shows, in degrees: about the live map's closest view. */
const MIN_SPAN: [lon: number, lat: number] = [7, 5];

/** A camera's box, widened around its centre when it is too small to give context. */
export function staticFrameFor(camera: Camera): Bounds {
	const [west, south, east, north] = camera.bounds;
	const [cx, cy] = [(west + east) / 2, (south + north) / 2];
	const halfLon = Math.max(east - west, MIN_SPAN[0]) / 2;
	const halfLat = Math.max(north - south, MIN_SPAN[1]) / 2;
	return [cx - halfLon, cy - halfLat, cx + halfLon, cy + halfLat];
}

// Presentation attributes, not a <style> element: the SVG is also inlined into the
// page, where the Content-Security-Policy admits no stray style elements.
const HALO = `stroke="${COLORS.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke" font-size="15"`;
const ON = `${HALO} font-weight="700" fill="${COLORS.text}"`;
const OFF = `${HALO} fill="${COLORS.place}" opacity="0.8"`;

/**
 * Drawn into a phone's map pane, an 800x600 map shrinks to about half, and its labels
 * with it (15 units: 8 px). Media queries in an SVG image answer to the image's own
 * drawn size, so the file sets its labels larger when drawn small: about 13 px. The
 * page's CSS does the same for the inline first map (StoryMap.svelte).
 */
const SMALL_LABELS = `<style>@media (max-width: 560px) { .place-label { font-size: 24px; stroke-width: 5px } .country-label { font-size: 19px } }</style>`;

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

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The map as a standalone SVG document, from the same basemap and gazetteer as the
 * live map: what readers without JavaScript or WebGL see, and what prints.
 */
export function renderStaticMap(inputs: StaticMapInputs): string {
	const { basemap, places, highlighted, connections = [], areas = [], bounds } = inputs;
	const { width, height, title } = inputs;
	const inline = inputs.inline ?? false;
	const [west, south, east, north] = bounds;
	const margin = Math.round(Math.min(width, height) * 0.08);
	const projection = geoMercator()
		.fitExtent(
			[
				[margin, margin],
				[width - margin, height - margin]
			],
			{
				type: 'MultiPoint',
				coordinates: [
					[west, south],
					[east, north]
				]
			}
		)
		.clipExtent([
			[0, 0],
			[width, height]
		]);
	const path = geoPath(projection).digits(1);
	const wanted = new Set(highlighted);
	const [cx, cy] = [(west + east) / 2, (south + north) / 2];
	const scale = projection([cx + 1, cy])![0] - projection([cx, cy])![0];
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

	const shaded = areas.map(({ geometry }) => path(windForD3(geometry)) ?? '').join('');

	const countries = (story: boolean) =>
		basemap.features
			.filter((f) => f.properties?.kind === 'country')
			.filter((f) => STORY_COUNTRIES.includes(f.properties?.name) === story)
			.map((f) => path(f))
			.filter(Boolean)
			.join('');
	const countryLabels = basemap.features
		.filter((f) => f.properties?.kind === 'country-label' && f.geometry.type === 'Point')
		.flatMap((f) => {
			const point =
				f.geometry.type === 'Point' ? projection(f.geometry.coordinates as [number, number]) : null;
			if (
				!point ||
				point[0] < 40 ||
				point[0] > width - 40 ||
				point[1] < 10 ||
				point[1] > height - 10
			)
				return [];
			return [
				`<text class="country-label" x="${Math.round(point[0])}" y="${Math.round(point[1])}" font-size="12" letter-spacing="2" text-anchor="middle" fill="${COLORS.countryLabel}">${escape(f.properties?.name ?? '')}</text>`
			];
		})
		.join('');
	const borders = basemap.features
		.filter((f) => f.properties?.kind === 'border')
		.map((f) => path(f))
		.join('');
	const marks = [...drawn]
		// Highlighted places last, so they draw on top.
		.sort((a, b) => Number(wanted.has(a.id)) - Number(wanted.has(b.id)))
		.flatMap((place) => {
			const point = projection([place.lon, place.lat]);
			if (!point || point[0] < 0 || point[0] > width || point[1] < 0 || point[1] > height)
				return [];
			const [x, y] = point.map((v) => Math.round(v));
			const on = wanted.has(place.id);
			const left = place.labelSide === 'left';
			const dx = left ? -12 : 12;
			const label = `<text class="place-label" x="${x! + dx}" y="${y}" dominant-baseline="central" text-anchor="${left ? 'end' : 'start'}" ${on ? ON : OFF}>${escape(place.name)}</text>`;
			return on
				? [
						`<circle cx="${x}" cy="${y}" r="18" fill="${COLORS.highlight}" fill-opacity="0.22"/><circle cx="${x}" cy="${y}" r="7" fill="${COLORS.highlight}" stroke="${COLORS.halo}" stroke-width="2.5"/>${label}`
					]
				: [
						`<circle cx="${x}" cy="${y}" r="4" fill="${COLORS.place}" fill-opacity="0.6" stroke="${COLORS.halo}"/>${label}`
					];
		})
		.join('');

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid slice" role="img" font-family="system-ui, 'Noto Sans', sans-serif">`,
		`<title>${escape(title)}</title>`,
		inline ? '' : SMALL_LABELS,
		`<rect width="${width}" height="${height}" fill="${COLORS.water}"/>`,
		`<path d="${countries(false)}" fill="${COLORS.land}"/>`,
		`<path d="${countries(true)}" fill="${COLORS.storyCountry}"/>`,
		`<path d="${borders}" fill="none" stroke="${COLORS.border}" stroke-width="1" stroke-dasharray="3 2"/>`,
		countryLabels,
		shaded
			? `<path class="areas" d="${shaded}" fill="${COLORS.highlight}" fill-opacity="0.18" fill-rule="evenodd" stroke="${COLORS.highlight}" stroke-width="1.5" stroke-opacity="0.9" stroke-linejoin="round"/>`
			: '',
		lines
			? `<path class="connections" d="${lines}" fill="none" stroke="${COLORS.highlight}" stroke-width="2.5" stroke-dasharray="5 4" stroke-linecap="round" stroke-opacity="0.85"/>`
			: '',
		marks,
		'</svg>'
	].join('');
}
