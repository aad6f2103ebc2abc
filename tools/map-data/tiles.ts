// The desk's own tiles (`meta.basemap.pmtiles`): the archive read with the `pmtiles`
// package through a Source that reads the file's byte ranges, its type from its header,
// and the tiles the story needs cut out of it as plain files: each view at its zoom and one
// level either side, and every level up to the overview's (so a flight always has a parent
// tile to show). Published under TILES_DIR/<archive hash>/{z}/{x}/{y}.<ext>.
import { createHash } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Compression, PMTiles, TileType, type Header, type Source } from 'pmtiles';
import sharp from 'sharp';
import { readRange } from './files.ts';
import type { StepView } from '../basemap/views.ts';
import type { Box } from '../basemap/geometry.ts';

/** Beside Kit's hashed files: hosts cache `_app/immutable/` for good, and the hash names the archive. */
export const TILES_DIR = '_app/immutable/tiles';
/** More tiles than this is a camera gone wrong (a tilt at zoom 18 over a continent). */
export const MAX_TILES = 20_000;

const FORMATS: Partial<Record<TileType, { format: TileFormat; kind: 'raster' | 'vector' }>> = {
	[TileType.Mvt]: { format: 'mvt', kind: 'vector' },
	[TileType.Png]: { format: 'png', kind: 'raster' },
	[TileType.Jpeg]: { format: 'jpg', kind: 'raster' },
	[TileType.Webp]: { format: 'webp', kind: 'raster' }
};
export type TileFormat = 'mvt' | 'png' | 'jpg' | 'webp';

/** What the archive is, from its header (and, for a raster, its first tile's size). */
export interface ArchiveInfo {
	kind: 'raster' | 'vector';
	format: TileFormat;
	minzoom: number;
	maxzoom: number;
	/** Pixels a tile's side: a raster's own, 512 for vector tiles (MapLibre's). */
	tileSize: number;
	bounds: Box;
	/** A vector archive's layer names (its metadata's `vector_layers`). */
	vectorLayers: string[];
	/** The first 12 hex digits of the archive's sha256: its tiles' folder. */
	hash: string;
}

async function decompress(buffer: ArrayBuffer, compression: Compression): Promise<ArrayBuffer> {
	const bytes = new Uint8Array(buffer);
	const out =
		compression === Compression.None || compression === Compression.Unknown
			? bytes
			: compression === Compression.Gzip
				? gunzipSync(bytes)
				: compression === Compression.Brotli
					? brotliDecompressSync(bytes)
					: null;
	if (!out) throw new Error('is compressed with zstd, which the build cannot read: use gzip');
	return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

/** An archive open for reading; `close()` when done. */
export function openArchive(path: string) {
	const fd = openSync(path, 'r');
	const source: Source = {
		getKey: () => path,
		getBytes: async (offset, length) => {
			const bytes = readRange(fd, offset, length);
			return {
				data: bytes.buffer.slice(
					bytes.byteOffset,
					bytes.byteOffset + bytes.byteLength
				) as ArrayBuffer
			};
		}
	};
	const archive = new PMTiles(source, undefined, decompress);
	return {
		archive,
		/** The sha256 of the whole file, read once in 1 MB pieces. */
		hash(size: number): string {
			const sha = createHash('sha256');
			for (let at = 0; at < size; at += 1 << 20)
				sha.update(readRange(fd, at, Math.min(1 << 20, size - at)));
			return sha.digest('hex').slice(0, 12);
		},
		close: () => closeSync(fd)
	};
}

/** The archive's type and extent; a problem (in words) where the build cannot publish it. */
export async function archiveInfo(
	opened: ReturnType<typeof openArchive>,
	size: number
): Promise<ArchiveInfo | { problem: string }> {
	let header: Header;
	try {
		header = await opened.archive.getHeader();
	} catch (error) {
		return {
			problem: `is not a PMTiles archive: ${error instanceof Error ? error.message : String(error)}`
		};
	}
	if (header.specVersion !== 3)
		return { problem: `is PMTiles version ${header.specVersion}: convert it to version 3` };
	const type = FORMATS[header.tileType];
	if (!type)
		return {
			problem: `holds tiles of type ${TileType[header.tileType] ?? header.tileType}: the map shows PNG, JPEG or WebP pictures, or MVT vector tiles`
		};
	const metadata = ((await opened.archive.getMetadata().catch(() => ({}))) ?? {}) as {
		vector_layers?: { id?: unknown }[];
	};
	let tileSize = 512;
	if (type.kind === 'raster') {
		const [z, x, y] = centreTile(header);
		const tile = await opened.archive.getZxy(z, x, y);
		const width = tile ? (await sharp(new Uint8Array(tile.data)).metadata()).width : undefined;
		tileSize = width === 256 || width === 512 ? width : 256;
	}
	return {
		...type,
		minzoom: header.minZoom,
		maxzoom: header.maxZoom,
		tileSize,
		bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
		vectorLayers: (metadata.vector_layers ?? []).flatMap((l) =>
			typeof l.id === 'string' ? [l.id] : []
		),
		hash: opened.hash(size)
	};
}

function centreTile(header: Header): [number, number, number] {
	const z = Math.max(header.minZoom, Math.min(header.maxZoom, header.centerZoom));
	const [x, y] = tileAt(header.centerLon, header.centerLat, z);
	return [z, x, y];
}

/** The tile at a point and tile zoom. */
export function tileAt(lon: number, lat: number, z: number): [number, number] {
	const n = 2 ** z;
	const clamped = Math.max(-85.0511, Math.min(85.0511, lat));
	const y = Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
	const clamp = (v: number) => Math.max(0, Math.min(n - 1, Math.floor(v)));
	return [clamp(((lon + 180) / 360) * n), clamp((0.5 - y / (2 * Math.PI)) * n)];
}

/** Every tile at tile zoom `z` covering `box`, as `z/x/y`. */
export function tilesCovering([west, south, east, north]: Box, z: number): string[] {
	const [x0, y0] = tileAt(west, north, z);
	const [x1, y1] = tileAt(east, south, z);
	const out: string[] = [];
	for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push(`${z}/${x}/${y}`);
	return out;
}

/**
 * The tiles the story needs, as `z/x/y`: each view's ground at its tile zoom (MapLibre
 * rounds a raster's) and one level either side, and the levels below the overview's over the
 * whole region, so a flight always has a parent tile to show. Map zoom
 * becomes tile zoom by the tiles' size (a 256-pixel tile is a level deeper).
 */
export function tilesForViews(
	views: readonly StepView[],
	info: ArchiveInfo,
	region: Box
): string[] {
	const shift = Math.log2(512 / info.tileSize);
	const clamp = (z: number) => Math.max(info.minzoom, Math.min(info.maxzoom, z));
	const wanted = new Set<string>();
	const add = (box: Box, z: number) => {
		for (const tile of tilesCovering(box, z)) wanted.add(tile);
		if (wanted.size > MAX_TILES)
			throw new Error(
				`needs more than ${MAX_TILES} tiles: a camera looks too far at too close a zoom`
			);
	};
	const overview = views.find((view) => view.index === -1);
	// The overview's own view brings its level and one either side; the region, the levels below.
	const top = clamp(Math.round((overview?.zoom ?? info.minzoom) + shift) - 2);
	for (let z = info.minzoom; z <= top; z++) add(region, z);
	for (const view of views) {
		const z = Math.round(view.zoom + shift);
		for (let level = z - 1; level <= z + 1; level++) add(view.box, clamp(level));
	}
	return [...wanted].sort();
}

export interface TileCut {
	/** Each tile's file, by its name from the site's root. */
	files: Map<string, Uint8Array>;
	/** The tiles asked for that the archive does not have (sea, outside its bounds). */
	missing: number;
	bytes: number;
}

/** The tiles' files, decompressed (a static host serves them as they are). */
export async function cutTiles(
	archive: PMTiles,
	tiles: readonly string[],
	info: ArchiveInfo
): Promise<TileCut> {
	const files = new Map<string, Uint8Array>();
	let [missing, bytes] = [0, 0];
	for (const tile of tiles) {
		const [z, x, y] = tile.split('/').map(Number) as [number, number, number];
		const found = await archive.getZxy(z, x, y);
		if (!found || found.data.byteLength === 0) {
			missing++;
			continue;
		}
		const data = new Uint8Array(found.data);
		files.set(`${TILES_DIR}/${info.hash}/${tile}.${info.format}`, data);
		bytes += data.length;
	}
	return { files, missing, bytes };
}
