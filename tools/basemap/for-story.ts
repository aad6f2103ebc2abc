// Which basemap a story's build uses: the one shipped in the repository when it was built
// for this story's region and labels (the built-in story's, `npm run basemap`), else one
// built for it once (about a second) into node_modules/.cache/story-basemap/.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basemapForStory, storyRegion } from './build.js';
import type { Story } from '../../src/lib/story/types.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The basemap shipped in the repository: the built-in story's. */
export const SHIPPED_BASEMAP = resolve(root, 'src/lib/data/basemap.json');

/** True when a basemap was built for this story: its box and country labels. */
export function basemapFits(basemap: GeoJSON.FeatureCollection, story: Story): boolean {
	const labels = basemap.features
		.filter((f) => f.properties?.kind === 'country-label' && f.geometry.type === 'Point')
		.map((f) => {
			const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates;
			return { name: f.properties?.name, lon, lat };
		});
	return (
		JSON.stringify(basemap.bbox) === JSON.stringify(storyRegion(story)) &&
		JSON.stringify(labels) === JSON.stringify(story.meta.countryLabels)
	);
}

/**
 * The story's basemap file: the shipped one when it fits, else one built once into a cache.
 * A story without places has no map: the shipped file stands in, and no page loads it.
 */
export function basemapFileFor(story: Story): string {
	if (story.places.length === 0) return SHIPPED_BASEMAP;
	const shipped = JSON.parse(readFileSync(SHIPPED_BASEMAP, 'utf8'));
	if (basemapFits(shipped, story)) return SHIPPED_BASEMAP;
	const key = createHash('sha256')
		.update(JSON.stringify([storyRegion(story), story.meta.countryLabels]))
		.digest('hex')
		.slice(0, 12);
	const file = resolve(root, `node_modules/.cache/story-basemap/${key}/basemap.json`);
	if (!existsSync(file)) {
		const topology = JSON.parse(
			readFileSync(resolve(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8')
		);
		mkdirSync(dirname(file), { recursive: true });
		// Written aside, then renamed into place: builds run side by side (npm test), and
		// one must never read another's half-written file.
		const aside = `${file}.${process.pid}.tmp`;
		writeFileSync(aside, JSON.stringify(basemapForStory(topology, story)) + '\n');
		renameSync(aside, file);
	}
	return file;
}
