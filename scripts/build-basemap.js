// Writes the story's basemap from Natural Earth 1:50m countries (world-atlas), clipped to the
// story's region (its places, with a margin) and labelled with its `meta.countryLabels`.
// Run with `npm run basemap` after changing the built-in story's places, camera boxes or labels,
// or the simplification: it writes src/lib/data/basemap.json, which the build ships.
// `STORY=other.json npm run basemap -- out.json` writes another story's basemap elsewhere;
// the build makes one by itself for a story that needs it.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { basemapForStory } from '../tools/basemap/build.js';
import { readStoryJson, storyPath } from '../tools/story/files.js';

const topology = JSON.parse(
	readFileSync(new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8')
);
const story = /** @type {Parameters<typeof basemapForStory>[1]} */ (readStoryJson(storyPath()));
const basemap = JSON.stringify(basemapForStory(topology, story));
const out = process.argv[2]
	? resolve(process.argv[2])
	: new URL('../src/lib/data/basemap.json', import.meta.url).pathname;
writeFileSync(out, basemap + '\n');
/** @param {number} n */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
	`basemap: ${basemap.length.toLocaleString('en')} bytes raw (${kb(basemap.length)}), ${kb(gzipSync(basemap).length)} gzip -> ${out}`
);
