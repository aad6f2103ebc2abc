// A small PMTiles version 3 writer, for the repository's own fixture archives
// (scripts/make-fixture-tiles.js) and the tests: one root directory (no leaves, so it suits
// archives of a few thousand tiles), uncompressed, tiles in tile-id order. The layout is the
// specification's (github.com/protomaps/PMTiles, spec/v3): a 127-byte header, the root
// directory, the JSON metadata, then the tile data.
import { zxyToTileId } from 'pmtiles';

export interface TileToWrite {
	z: number;
	x: number;
	y: number;
	data: Uint8Array;
}

export interface ArchiveOptions {
	/** 1 MVT, 2 PNG, 3 JPEG, 4 WebP (the specification's numbers). */
	tileType: number;
	/** How the tile data is stored: 1 none, 2 gzip. */
	tileCompression: number;
	metadata: Record<string, unknown>;
	/** West, south, east, north; the tiles' own extent when left out. */
	bounds: [number, number, number, number];
	center: [lon: number, lat: number, zoom: number];
}

const HEADER_BYTES = 127;

function varints(values: readonly number[]): number[] {
	const out: number[] = [];
	for (let value of values) {
		while (value >= 0x80) {
			out.push((value % 0x80) | 0x80);
			value = Math.floor(value / 0x80);
		}
		out.push(value);
	}
	return out;
}

/** The archive's bytes. */
export function writePmtiles(tiles: readonly TileToWrite[], options: ArchiveOptions): Uint8Array {
	const entries = tiles
		.map((tile) => ({ id: zxyToTileId(tile.z, tile.x, tile.y), tile }))
		.sort((a, b) => a.id - b.id);
	for (let i = 1; i < entries.length; i++)
		if (entries[i]!.id === entries[i - 1]!.id) throw new Error('a tile is given twice');
	let offset = 0;
	const placed = entries.map(({ id, tile }) => {
		const entry = { id, offset, length: tile.data.length };
		offset += tile.data.length;
		return entry;
	});
	const directory = Uint8Array.from([
		...varints([placed.length]),
		// Tile ids as the step from the one before.
		...varints(placed.map(({ id }, i) => id - (i ? placed[i - 1]!.id : 0))),
		...varints(placed.map(() => 1)),
		...varints(placed.map(({ length }) => length)),
		// Each tile follows the one before: 0 says so, except the first (its offset + 1).
		...varints(placed.map(({ offset }, i) => (i === 0 ? offset + 1 : 0)))
	]);
	const metadata = new TextEncoder().encode(JSON.stringify(options.metadata));
	const dataOffset = HEADER_BYTES + directory.length + metadata.length;
	const out = new Uint8Array(dataOffset + offset);
	const view = new DataView(out.buffer);
	out.set(new TextEncoder().encode('PMTiles'), 0);
	out[7] = 3;
	const u64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
	u64(8, HEADER_BYTES);
	u64(16, directory.length);
	u64(24, HEADER_BYTES + directory.length);
	u64(32, metadata.length);
	u64(40, dataOffset);
	u64(48, 0);
	u64(56, dataOffset);
	u64(64, offset);
	u64(72, entries.length);
	u64(80, entries.length);
	u64(88, entries.length);
	out[96] = 1;
	out[97] = 1;
	out[98] = options.tileCompression;
	out[99] = options.tileType;
	const zooms = entries.map(({ tile }) => tile.z);
	out[100] = Math.min(...zooms);
	out[101] = Math.max(...zooms);
	const e7 = (at: number, degrees: number) => view.setInt32(at, Math.round(degrees * 1e7), true);
	const [west, south, east, north] = options.bounds;
	e7(102, west);
	e7(106, south);
	e7(110, east);
	e7(114, north);
	out[118] = options.center[2];
	e7(119, options.center[0]);
	e7(123, options.center[1]);
	out.set(directory, HEADER_BYTES);
	out.set(metadata, HEADER_BYTES + directory.length);
	let at = dataOffset;
	for (const { tile } of entries) {
		out.set(tile.data, at);
		at += tile.data.length;
	}
	return out;
}
