// The story file as a module: `import story from 'virtual:story'` gives the file that
// `STORY=path/to/story.json` names (else the built-in story), checked against its schema in
// Node when the build or the dev server loads it, so a broken file fails with every problem
// named and the page never ships the schema. The dev server reloads the page when the file
// changes. A story whose region differs from the shipped basemap's gets its own basemap.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { basemapForStory, storyRegion } from '../basemap/build.js';
import { editionPaths, readStoryJson, storyLabel, storyPath } from './file.js';
import { parseEdition } from './edition-schema.ts';
import { localizeStory } from './localize.ts';
import { editionCode, editionInfo } from '../editions.js';
import { parseStory, type StoryFile } from './schema.ts';
import { dateLabels } from './dates.ts';
import { splitStory, withStaticMaps } from './split.ts';
import type { Story } from './types.ts';

// The page's start (`virtual:story`: meta, gazetteer, sources, the first events and a
// summary of every day), the later events (`virtual:story/later`: a list of loaders, one
// module of events each, fetched once the page is live) and, for the server alone, the
// whole story (`virtual:story/full`).
const START = 'virtual:story';
const LATER = 'virtual:story/later';
const PART = 'virtual:story/part/';
const FULL = 'virtual:story/full';
// The live map's label fonts: Latin always, and the edition's script (Cyrillic, Arabic),
// so a build fetches no font its language does not need.
const FONTS = 'virtual:story/map-fonts';
const ours = (id: string) =>
	id === START || id === LATER || id === FULL || id === FONTS || id.startsWith(PART);

/** Noto Sans files (@fontsource) and the characters each covers, by script. */
const LABEL_FONTS: Record<string, { file: string; range: string[] }> = {
	latin: {
		file: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
		range: ['U+0000-00FF', 'U+2000-206F']
	},
	cyrillic: {
		file: '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2',
		range: ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116']
	},
	arabic: {
		file: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
		range: [
			'U+0600-06FF',
			'U+0750-077F',
			'U+08A0-08FF',
			'U+200C-200E',
			'U+FB50-FDFF',
			'U+FE70-FEFC'
		]
	}
};
const SCRIPTS: Record<string, string[]> = { ru: ['cyrillic'], ar: ['arabic'] };
const resolved = (id: string) => '\0' + id;

const root = fileURLToPath(new URL('../../..', import.meta.url));
/** The basemap shipped in the repository: the built-in story's (`npm run basemap`). */
const SHIPPED_BASEMAP = resolve(root, 'src/lib/data/basemap.json');

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

/** The story's basemap file: the shipped one when it fits, else one built once into a cache. */
function basemapFileFor(story: Story): string {
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
		writeFileSync(file, JSON.stringify(basemapForStory(topology, story)) + '\n');
	}
	return file;
}

/** The two-letter code in an edition file's name: `story.ru.json` → `ru`. */
const codeOf = (file: string) => file.slice(-'xx.json'.length, -'.json'.length);

export function storyFile(): Plugin {
	const path = storyPath();
	const code = editionCode();
	let story: Story | undefined;
	/** The story in this build's edition (`EDITION=ru`), every edition checked against it. */
	const load = () => {
		if (!story) {
			const checked: Partial<StoryFile> = parseStory(readStoryJson(path), storyLabel(path));
			delete checked.$schema;
			const english = checked as Story;
			// Its editions in other languages (`story.ru.json` beside `story.json`): a missing
			// translation fails the build.
			const editions = editionPaths(path).map((file) => ({
				code: codeOf(file),
				edition: parseEdition(english, readStoryJson(file), storyLabel(file))
			}));
			const wanted = editions.find((e) => e.code === code);
			if (code !== 'en' && !wanted)
				throw new Error(`EDITION=${code}: ${storyLabel(path)} has no edition file for it`);
			story = wanted ? localizeStory(english, wanted.edition) : english;
			languages = ['en', ...editions.map((e) => e.code)];
		}
		return story;
	};
	let languages: string[] = ['en'];
	/** What the page is told about its edition and the others. */
	const editionsOf = () => ({
		edition: editionInfo(code),
		editions: languages.map(editionInfo)
	});
	return {
		name: 'story-file',
		enforce: 'pre',
		resolveId(id) {
			if (ours(id)) return resolved(id);
			// `$lib/data/basemap.json` (Kit's alias has made it absolute), with or without `?url`.
			const [file, query] = id.split('?');
			if (file === SHIPPED_BASEMAP) {
				const basemap = basemapFileFor(load());
				if (basemap !== SHIPPED_BASEMAP) return query ? `${basemap}?${query}` : basemap;
			}
			return undefined;
		},
		load(id) {
			if (!id.startsWith('\0') || !ours(id.slice(1))) return undefined;
			const module = id.slice(1);
			this.addWatchFile(path);
			for (const edition of editionPaths(path)) this.addWatchFile(edition);
			const story = load();
			if (module === FONTS) {
				const fonts = ['latin', ...(SCRIPTS[code] ?? [])].map((script) => LABEL_FONTS[script]!);
				const imports = fonts.map((f, i) => `import font${i} from '${f.file}?url';`);
				const list = fonts.map((f, i) => `{ url: font${i}, range: ${JSON.stringify(f.range)} }`);
				return `${imports.join('\n')}\nexport default [${list.join(', ')}];`;
			}
			if (module === LATER) {
				const { parts } = splitStory(story);
				const loaders = parts.map((_, i) => `() => import(${JSON.stringify(PART + i)})`);
				return `export default [${loaders.join(', ')}];`;
			}
			const data =
				module === FULL
					? { ...story, events: withStaticMaps(story.events) }
					: module === START
						? {
								...splitStory(story).head,
								...editionsOf(),
								dateLabels: dateLabels(story, editionInfo(code).locale)
							}
						: splitStory(story).parts[Number(module.slice(PART.length))];
			if (!data) return undefined;
			// JSON.parse reads a long story faster than the same data as a literal.
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
		},
		hotUpdate({ file, server }) {
			if (resolve(file) !== path && !editionPaths(path).includes(resolve(file))) return undefined;
			story = undefined;
			for (const module of this.environment.moduleGraph.idToModuleMap.values())
				if (module.id?.startsWith('\0') && ours(module.id.slice(1)))
					this.environment.moduleGraph.invalidateModule(module);
			if (this.environment.name === 'client') server.ws.send({ type: 'full-reload' });
			return [];
		}
	};
}
