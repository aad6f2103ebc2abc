// Writes src/lib/data/basemap.json from Natural Earth 1:50m countries (world-atlas).
// Run with `npm run basemap` after changing the region or the simplification.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildBasemap } from '../src/lib/basemap/build.js';

const topology = JSON.parse(
	readFileSync(new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8')
);
const basemap = JSON.stringify(buildBasemap(topology));
const out = new URL('../src/lib/data/basemap.json', import.meta.url);
writeFileSync(out, basemap + '\n');
/** @param {number} n */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
	`basemap: ${basemap.length.toLocaleString('en')} bytes raw (${kb(basemap.length)}), ${kb(gzipSync(basemap).length)} gzip -> ${out.pathname}`
);
