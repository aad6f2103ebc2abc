// Builds the story's basemap from Natural Earth (world-atlas TopoJSON): country
// polygons and land borders, simplified, clipped to the story's region and rounded
// so the file ships small. Plain JavaScript so `node scripts/build-basemap.js` runs
// it without a compiler; types are checked through JSDoc.
import { clipPolygon, clipPolyline } from 'lineclip';
import { feature, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { regionFor, storyRegion } from '../../src/lib/map/region.js';

export { regionFor, storyRegion };

/**
 * @typedef {{ name: string, lon: number, lat: number }} CountryLabel
 * @typedef {{ region: [number, number, number, number], labels?: readonly CountryLabel[], keep?: number, decimals?: number }} BasemapOptions
 * `region`: west, south, east, north, the box everything is clipped to (see region.js).
 * `labels`: country names drawn at hand-picked points (the story's `meta.countryLabels`).
 * `keep`: the share of the topology's points kept by simplification (0 to 1).
 * `decimals`: coordinates are rounded to this many decimal places (2 is about 1 km).
 */

/**
 * @param {import('topojson-specification').Topology} topology world-atlas countries
 * @param {BasemapOptions} options
 * @returns {import('geojson').FeatureCollection}
 */
export function buildBasemap(topology, options) {
	const { region, labels = [], keep = 0.35, decimals = 2 } = options;
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
			.map((rings) =>
				rings.map((ring) => closeRing(dedupe(clipPolygon(unwrap(ring), region).map(round))))
			)
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

	for (const label of labels) {
		features.push({
			type: 'Feature',
			properties: { kind: 'country-label', name: label.name },
			geometry: { type: 'Point', coordinates: [label.lon, label.lat] }
		});
	}

	// The region it was clipped to: the build reuses a basemap whose box is the story's.
	return { type: 'FeatureCollection', bbox: region, features };
}

/**
 * A ring that crosses the antimeridian (Fiji, Chukotka) jumps from 180° to -180°; clipped as it
 * is, that edge would cut a sliver across the whole region, which a spherical renderer (d3-geo)
 * fills as the rest of the globe. Its western points are moved east by 360° instead.
 * @param {number[][]} ring
 */
function unwrap(ring) {
	const crosses = ring.some(
		(p, i) => i > 0 && Math.abs(Number(p[0]) - Number(ring[i - 1]?.[0])) > 180
	);
	return crosses ? ring.map(([lon = 0, lat = 0]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
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

/**
 * The basemap of a story: clipped to its region, with its country labels.
 * @param {import('topojson-specification').Topology} topology world-atlas countries
 * @param {Parameters<typeof storyRegion>[0] & { meta: { countryLabels: readonly CountryLabel[] } }} story
 */
export function basemapForStory(topology, story) {
	return buildBasemap(topology, { region: storyRegion(story), labels: story.meta.countryLabels });
}
