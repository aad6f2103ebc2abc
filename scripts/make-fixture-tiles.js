// Makes the fixtures' own PMTiles archives, invented drawings and shapes (nothing in them
// shows a real place's streets or land):
//   stories/fixtures/tiles/andes-raster.pmtiles  256-pixel PNG tiles, each a drawn grid with
//     (from zoom 10) its z/x/y and the words "INVENTED TILE": zoom 0-14, exactly the tiles the fixture tour
//     stories/fixtures/tour-tiles.json needs (the build's own cut, tools/map-data/tiles.ts);
//   stories/fixtures/tiles/andes-vector.pmtiles  gzipped MVT tiles, zoom 0-12 around Cusco,
//     of a few invented shapes in the Protomaps basemap schema's layers (earth, water,
//     roads, places), encoded with geojson-vt and vt-pbf.
// Run `node scripts/make-fixture-tiles.js` to make them again (it needs only npm packages).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import geojsonvt from 'geojson-vt';
import sharp from 'sharp';
// @ts-expect-error: vt-pbf ships no types; it is called once, as its README shows.
import vtpbf from 'vt-pbf';
import { loadTs } from '../tools/load-ts.js';

/** @type {typeof import('../tools/map-data/pmtiles-writer.ts')} */
const { writePmtiles } = await loadTs('/tools/map-data/pmtiles-writer.ts');
/** @type {typeof import('../tools/map-data/tiles.ts')} */
const { tilesCovering, tilesForViews } = await loadTs('/tools/map-data/tiles.ts');
/** @type {typeof import('../tools/basemap/views.ts')} */
const { storyViews } = await loadTs('/tools/basemap/views.ts');
/** @type {typeof import('../src/lib/map/region.js')} */
const { storyRegion } = await loadTs('/src/lib/map/region.js');
const tour = JSON.parse(
	readFileSync(new URL('../stories/fixtures/tour-tiles.json', import.meta.url), 'utf8')
);

const out = new URL('../stories/fixtures/tiles/', import.meta.url);
mkdirSync(out, { recursive: true });
const CUSCO = /** @type {const} */ ([-71.9675, -13.5226]);
/** @type {[number, number, number, number]} */
const ANDES = [-82, -36, -66, 2];
/** @param {number} lon @param {number} lat @param {number} d @returns {[number, number, number, number]} */
const around = (lon, lat, d) => [lon - d, lat - d, lon + d, lat + d];

// Raster: the tiles the tour's build cuts, no more.
const rasterTiles = [];
const COLOURS = ['#e8e2d4', '#dfe8d4', '#d4e2e8', '#e8d4dc'];
const info = { minzoom: 0, maxzoom: 14, tileSize: 256 };
for (const tile of tilesForViews(storyViews(tour), /** @type {any} */ (info), storyRegion(tour))) {
	const [z, x, y] = tile.split('/').map(Number);
	// Written on only where the tour comes close (zoom 10 on): plain colour keeps the rest small.
	const words =
		Number(z) >= 10
			? `<text x="128" y="120" font-family="sans-serif" font-size="22" text-anchor="middle" fill="#4a4438">${tile}</text>
<text x="128" y="150" font-family="sans-serif" font-size="14" text-anchor="middle" fill="#4a4438">INVENTED TILE</text>`
			: '';
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256">
<rect width="256" height="256" fill="${COLOURS[(Number(x) + Number(y)) % 4]}"/>
<path d="M0 0H256V256" fill="none" stroke="#8a8270" stroke-width="2"/>${words}
</svg>`;
	const data = await sharp(Buffer.from(svg))
		.png({ palette: true, colours: 2, compressionLevel: 9, effort: 10 })
		.toBuffer();
	rasterTiles.push({ z: Number(z), x: Number(x), y: Number(y), data: new Uint8Array(data) });
}
const raster = writePmtiles(rasterTiles, {
	tileType: 2,
	tileCompression: 1,
	metadata: { name: 'Invented raster fixture', attribution: 'Invented tiles (test fixture)' },
	bounds: ANDES,
	center: [CUSCO[0], CUSCO[1], 10]
});
writeFileSync(new URL('andes-raster.pmtiles', out), raster);

// Vector: invented shapes near Cusco, in the Protomaps schema's layer names.
/** @param {number} dx @param {number} dy @param {number} r */
const square = (dx, dy, r) => [
	[
		[CUSCO[0] + dx - r, CUSCO[1] + dy - r],
		[CUSCO[0] + dx + r, CUSCO[1] + dy - r],
		[CUSCO[0] + dx + r, CUSCO[1] + dy + r],
		[CUSCO[0] + dx - r, CUSCO[1] + dy + r],
		[CUSCO[0] + dx - r, CUSCO[1] + dy - r]
	]
];
/**
 * @param {string} kind @param {any} geometry @param {Record<string, unknown>} [more]
 * @returns {import('geojson').Feature}
 */
const feature = (kind, geometry, more = {}) => ({
	type: 'Feature',
	properties: { kind, ...more },
	geometry
});
const layers = {
	earth: [feature('earth', { type: 'Polygon', coordinates: square(0, 0, 1) })],
	water: [
		feature(
			'lake',
			{ type: 'Polygon', coordinates: square(0.3, 0.2, 0.08) },
			{ name: 'Invented Lake' }
		)
	],
	roads: [
		feature(
			'major_road',
			{
				type: 'LineString',
				coordinates: [
					[CUSCO[0] - 0.5, CUSCO[1] - 0.1],
					[CUSCO[0], CUSCO[1]],
					[CUSCO[0] + 0.4, CUSCO[1] + 0.3]
				]
			},
			{ name: 'Invented Road' }
		)
	],
	places: [
		feature(
			'locality',
			{ type: 'Point', coordinates: [CUSCO[0] + 0.1, CUSCO[1] + 0.05] },
			{ name: 'Invented Town', min_zoom: 6 }
		)
	]
};
const indexes = Object.fromEntries(
	Object.entries(layers).map(([name, features]) => [
		name,
		new geojsonvt(
			{ type: 'FeatureCollection', features },
			{ maxZoom: 12, indexMaxZoom: 12, extent: 4096 }
		)
	])
);
const vectorTiles = [];
for (let z = 0; z <= 12; z++) {
	for (const tile of tilesCovering(around(CUSCO[0], CUSCO[1], 1), z)) {
		const [, x, y] = tile.split('/').map(Number);
		/** @type {Record<string, any>} */
		const present = {};
		for (const [name, index] of Object.entries(indexes)) {
			const t = index.getTile(z, Number(x), Number(y));
			if (t) present[name] = t;
		}
		if (!Object.keys(present).length) continue;
		const pbf = vtpbf.fromGeojsonVt(present, { version: 2 });
		vectorTiles.push({ z, x: Number(x), y: Number(y), data: new Uint8Array(gzipSync(pbf)) });
	}
}
const vector = writePmtiles(vectorTiles, {
	tileType: 1,
	tileCompression: 2,
	metadata: {
		name: 'Invented vector fixture',
		attribution: 'Invented shapes (test fixture)',
		vector_layers: Object.keys(layers).map((id) => ({ id, fields: {} }))
	},
	bounds: around(CUSCO[0], CUSCO[1], 1),
	center: [CUSCO[0], CUSCO[1], 8]
});
writeFileSync(new URL('andes-vector.pmtiles', out), vector);
console.log(
	`raster: ${rasterTiles.length} tiles, ${raster.length} bytes; vector: ${vectorTiles.length} tiles, ${vector.length} bytes -> ${out.pathname}`
);
