// Writes the basemap's kept rivers and lakes (tools/basemap/data/natural-earth-water.json)
// from Natural Earth's 1:10m GeoJSON files, which this project does not ship:
//   node scripts/build-water-data.js ne_10m_rivers_lake_centerlines.json ne_10m_lakes.json
// The kept copy was made from Natural Earth 4.1.0's files (public domain; their GeoJSON as
// martynafford/natural-earth-geojson publishes it, CC0). Run it again only to move to a newer
// Natural Earth: the build reads the kept copy, never these files.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadTs } from '../tools/load-ts.js';

const [riversFile, lakesFile] = process.argv.slice(2);
if (!riversFile || !lakesFile) {
	console.error(
		'usage: node scripts/build-water-data.js ne_10m_rivers_lake_centerlines.json ne_10m_lakes.json'
	);
	process.exit(1);
}
/** @type {typeof import('../tools/basemap/water.ts')} */
const { keepWater } = await loadTs('/tools/basemap/water.ts');
/** @param {string} file */
const features = (file) => JSON.parse(readFileSync(file, 'utf8')).features;
const kept = keepWater(features(riversFile), features(lakesFile), {
	about:
		'Natural Earth 4.1.0 1:10m rivers and lake centrelines, and lakes (public domain, naturalearthdata.com): names, scale rank, zoom, lines as integer steps from the one before. Made by scripts/build-water-data.js.',
	scale: 200,
	tolerance: 0.004
});
const out = new URL('../tools/basemap/data/natural-earth-water.json', import.meta.url);
const json = JSON.stringify(kept) + '\n';
writeFileSync(out, json);
console.log(
	`water: ${kept.rivers.length} rivers, ${kept.lakes.length} lakes, ${json.length} bytes (${gzipSync(json).length} gzip) -> ${out.pathname}`
);
