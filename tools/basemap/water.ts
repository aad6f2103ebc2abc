// Rivers and lakes for the basemap, from the kept Natural Earth 1:10m data
// (tools/basemap/data/natural-earth-water.json, made by scripts/build-water-data.js): its
// compact form, written once from Natural Earth's files, and the features a story's basemap
// takes from it, cut to a box.
import {
	cutLine,
	cutPolygon,
	decodeDeltas,
	encodeDeltas,
	rounded,
	simplified
} from './geometry.ts';
import type { Box, CutOptions, Point } from './geometry.ts';

/** A river: its English name, Natural Earth's own where that differs, its rank and its lines. */
export type KeptRiver = [
	name: string,
	local: string,
	rank: number,
	minzoom: number,
	lines: number[][]
];
/** A lake: like a river, with polygons (each its rings) for lines. */
export type KeptLake = [
	name: string,
	local: string,
	rank: number,
	minzoom: number,
	polygons: number[][][]
];

export interface KeptWater {
	about: string;
	/** Integer steps a degree that the coordinates are stored in. */
	scale: number;
	rivers: KeptRiver[];
	lakes: KeptLake[];
}

/**
 * Natural Earth writes a river's stretches under their local names (the Euphrates is "Firat"
 * in Turkey and "Al Furat" in Syria): an English reader knows them by one name. Each entry
 * is the river's English name in the same Natural Earth file, under its other stretches.
 */
export const ENGLISH_RIVER_NAMES: Record<string, string> = {
	Firat: 'Euphrates',
	'Al Furat': 'Euphrates',
	Dicle: 'Tigris'
};

/**
 * Names Natural Earth's 1:10m file carries damaged: a letter lost to its encoding (`?` for
 * Turkish ı) or misspelt. Each is repaired to the name as written locally (GeoNames).
 */
export const REPAIRED_NAMES: Record<string, string> = {
	'Kiz?lirmak': 'Kızılırmak',
	'Ataturk Barajt': 'Atatürk Barajı'
};
const repaired = (name: string) => REPAIRED_NAMES[name] ?? name;

/** Natural Earth's zoom levels count 256-pixel tiles; MapLibre's 512-pixel world is one less. */
const NE_ZOOM_OFFSET = 1;

interface NaturalEarthFeature {
	properties: Record<string, unknown> | null;
	geometry: GeoJSON.Geometry | null;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const number = (value: unknown, fallback: number) =>
	typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/** A lake's English name: Natural Earth's alternative where it is one ("Lake Assad"). */
function lakeName(properties: Record<string, unknown>): string {
	const alt = text(properties.name_alt);
	return /^Lake /.test(alt) ? alt : text(properties.name);
}

/**
 * The kept form of Natural Earth's rivers (`ne_10m_rivers_lake_centerlines`) and lakes
 * (`ne_10m_lakes`): names, rank, zoom, and lines simplified by `tolerance` degrees, stored
 * as integers at `scale` steps a degree.
 */
export function keepWater(
	rivers: readonly NaturalEarthFeature[],
	lakes: readonly NaturalEarthFeature[],
	{ about, scale, tolerance }: { about: string; scale: number; tolerance: number }
): KeptWater {
	const keptLine = (line: number[][]) =>
		encodeDeltas(simplified(rounded(line, 6), tolerance), scale);
	const keptRivers: KeptRiver[] = [];
	for (const { properties, geometry } of rivers) {
		if (!properties || !geometry) continue;
		const lines =
			geometry.type === 'LineString'
				? [geometry.coordinates]
				: geometry.type === 'MultiLineString'
					? geometry.coordinates
					: [];
		const local = repaired(text(properties.name));
		const name = ENGLISH_RIVER_NAMES[local] ?? local;
		const kept = lines.map(keptLine).filter((line) => line.length >= 4);
		if (kept.length)
			keptRivers.push([
				name,
				name === local ? '' : local,
				number(properties.scalerank, 10),
				Math.max(0, number(properties.min_zoom, 8) - NE_ZOOM_OFFSET),
				kept
			]);
	}
	const keptLakes: KeptLake[] = [];
	for (const { properties, geometry } of lakes) {
		if (!properties || !geometry) continue;
		const polygons =
			geometry.type === 'Polygon'
				? [geometry.coordinates]
				: geometry.type === 'MultiPolygon'
					? geometry.coordinates
					: [];
		const kept = polygons
			.map((rings) => rings.map(keptLine).filter((ring) => ring.length >= 6))
			.filter((rings) => rings.length > 0);
		const name = repaired(lakeName(properties));
		const local = repaired(text(properties.name));
		if (kept.length)
			keptLakes.push([
				name,
				name === local ? '' : local,
				number(properties.scalerank, 10),
				Math.max(0, number(properties.min_zoom, 8) - NE_ZOOM_OFFSET),
				kept
			]);
	}
	return { about, scale, rivers: keptRivers, lakes: keptLakes };
}

export interface WaterOptions extends CutOptions {
	/** Leave out what Natural Earth shows only from this zoom on (MapLibre's zoom). */
	belowZoom?: number;
}

/** What each water feature says, for the renderers (docs/maps.md). */
export interface WaterProperties {
	kind: 'river' | 'lake';
	/** The English name; '' for an unnamed stretch. */
	name: string;
	/** Natural Earth's name where the English differs ("Al Furat"). */
	local?: string;
	/** Natural Earth's scale rank: 0 the most important, 10 the least. */
	rank: number;
	/** The zoom from which it is drawn (Natural Earth's, in MapLibre's 512-pixel zoom). */
	minzoom: number;
}

/** The rivers and lakes inside `box`, as basemap features (kinds `river`, `lake`). */
export function waterFeatures(
	water: KeptWater,
	box: Box,
	options: WaterOptions
): GeoJSON.Feature<GeoJSON.MultiLineString | GeoJSON.MultiPolygon, WaterProperties>[] {
	const features: GeoJSON.Feature<
		GeoJSON.MultiLineString | GeoJSON.MultiPolygon,
		WaterProperties
	>[] = [];
	const wanted = (minzoom: number) =>
		options.belowZoom === undefined || minzoom < options.belowZoom;
	const properties = (
		kind: WaterProperties['kind'],
		[name, local, rank, minzoom]: KeptRiver | KeptLake
	): WaterProperties => ({ kind, name, ...(local ? { local } : {}), rank, minzoom });
	for (const river of water.rivers) {
		if (!wanted(river[3])) continue;
		const lines = river[4].flatMap((line) =>
			cutLine(decodeDeltas(line, water.scale), box, options)
		);
		if (lines.length)
			features.push({
				type: 'Feature',
				properties: properties('river', river),
				geometry: { type: 'MultiLineString', coordinates: lines }
			});
	}
	for (const lake of water.lakes) {
		if (!wanted(lake[3])) continue;
		const polygons = lake[4].flatMap((rings) => {
			const cut = cutPolygon(
				rings.map((ring) => decodeDeltas(ring, water.scale) as Point[]),
				box,
				options
			);
			return cut ? [cut] : [];
		});
		if (polygons.length)
			features.push({
				type: 'Feature',
				properties: properties('lake', lake),
				geometry: { type: 'MultiPolygon', coordinates: polygons }
			});
	}
	return features;
}
