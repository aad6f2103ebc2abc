// Builds the story's basemap from Natural Earth (world-atlas TopoJSON): country
// polygons and land borders, simplified, clipped to the story's region and rounded
// so the file ships small. Plain JavaScript so `node scripts/build-basemap.js` runs
// it without a compiler; types are checked through JSDoc.
import { clipPolygon, clipPolyline } from 'lineclip';
import { feature, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { REGION } from './region.js';

export { REGION };

/**
 * Country names drawn on the basemap, at hand-picked points (a centroid can fall
 * outside a clipped or oddly shaped country).
 * @type {{ name: string, lon: number, lat: number }[]}
 */
export const COUNTRY_LABELS = [
	{ name: 'SYRIA', lon: 38.6, lat: 35.5 },
	{ name: 'IRAQ', lon: 43.6, lat: 33.0 },
	{ name: 'TURKEY', lon: 35.0, lat: 39.2 },
	{ name: 'IRAN', lon: 54.0, lat: 32.5 },
	{ name: 'KAZAKHSTAN', lon: 67.0, lat: 48.0 },
	{ name: 'RUSSIA', lon: 44.0, lat: 53.5 },
	{ name: 'SAUDI ARABIA', lon: 42.0, lat: 28.2 },
	{ name: 'JORDAN', lon: 36.8, lat: 31.0 },
	{ name: 'LEBANON', lon: 35.2, lat: 33.95 },
	{ name: 'UZBEKISTAN', lon: 63.5, lat: 41.8 },
	{ name: 'TURKMENISTAN', lon: 59.0, lat: 39.4 },
	{ name: 'UKRAINE', lon: 32.0, lat: 49.0 }
];

/**
 * @typedef {{ region?: [number, number, number, number], keep?: number, decimals?: number }} BasemapOptions
 * `keep`: the share of the topology's points kept by simplification (0 to 1).
 * `decimals`: coordinates are rounded to this many decimal places (2 is about 1 km).
 */

/**
 * @param {import('topojson-specification').Topology} topology world-atlas countries
 * @param {BasemapOptions} [options]
 * @returns {import('geojson').FeatureCollection}
 */
export function buildBasemap(topology, options = {}) {
	const { region = REGION, keep = 0.35, decimals = 2 } = options;
	const presimplified = presimplify(/** @type {any} */ (topology));
	const simplified = simplify(presimplified, quantile(presimplified, keep));
	const countriesObject = /** @type {import('topojson-specification').GeometryCollection} */ (
		simplified.objects.countries
	);
	const round = roundTo(decimals);

	/** @type {import('geojson').Feature[]} */
	const features = [];
	const countries = /** @type {import('geojson').FeatureCollection} */ (
		feature(simplified, countriesObject)
	);
	for (const country of countries.features) {
		const polygons = polygonsOf(country.geometry)
			.map((rings) => rings.map((ring) => closeRing(dedupe(clipPolygon(ring, region).map(round)))))
			.filter((rings) => (rings[0]?.length ?? 0) >= 4)
			.map((rings) => rings.filter((ring) => ring.length >= 4));
		if (polygons.length === 0) continue;
		features.push({
			type: 'Feature',
			properties: { kind: 'country', name: country.properties?.name ?? '' },
			geometry: { type: 'MultiPolygon', coordinates: polygons }
		});
	}

	// Borders between two countries only: coastlines are the land's own edge.
	const borders = mesh(simplified, countriesObject, (a, b) => a !== b);
	/** @type {number[][][]} */
	const borderLines = [];
	for (const line of borders.coordinates) {
		for (const part of clipPolyline(line, region)) {
			const rounded = dedupe(part.map(round));
			if (rounded.length >= 2) borderLines.push(rounded);
		}
	}
	features.push({
		type: 'Feature',
		properties: { kind: 'border' },
		geometry: { type: 'MultiLineString', coordinates: borderLines }
	});

	for (const label of COUNTRY_LABELS) {
		features.push({
			type: 'Feature',
			properties: { kind: 'country-label', name: label.name },
			geometry: { type: 'Point', coordinates: [label.lon, label.lat] }
		});
	}

	return { type: 'FeatureCollection', features };
}

/** @param {import('geojson').Geometry} geometry */
function polygonsOf(geometry) {
	if (geometry.type === 'Polygon') return [geometry.coordinates];
	if (geometry.type === 'MultiPolygon') return geometry.coordinates;
	return [];
}

/** @typedef {[number, number]} Point */

/** @param {number} decimals */
function roundTo(decimals) {
	const factor = 10 ** decimals;
	/** @param {number[]} point @returns {Point} */
	return (point) => [
		Math.round(Number(point[0]) * factor) / factor,
		Math.round(Number(point[1]) * factor) / factor
	];
}

/** @param {Point} a @param {Point | undefined} b */
const samePoint = (a, b) => b !== undefined && a[0] === b[0] && a[1] === b[1];

/** Drops consecutive repeated points, which rounding creates. @param {Point[]} points */
function dedupe(points) {
	return points.filter((p, i) => i === 0 || !samePoint(p, points[i - 1]));
}

/** @param {Point[]} ring */
function closeRing(ring) {
	const first = ring[0];
	if (first === undefined || samePoint(first, ring.at(-1))) return ring;
	return [...ring, first];
}
