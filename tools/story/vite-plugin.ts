// Everything the app takes from the story it is built for comes in as one of these modules,
// made here from the story file, checked in Node when the build or the dev server loads it
// (a broken file fails with every problem named, and the page never ships the schema).
// `STORY=path/to/story.json` names the file (else the built-in story), `EDITION=ru` the
// edition. The dev server reloads the page when a file changes (or, when only some steps'
// words changed, has the page take them in place: hot-story.ts). The same modules are listed
// in docs/architecture.md ("What the build makes from the story"); the one input that is not
// a module is the service worker's lists of files (`__STORY_OFFLINE_MEDIA__`, a define:
// tools/media/vite-plugin.ts, and `__STORY_OFFLINE_MAP__`, tools/map-data/vite-plugin.ts), as
// SvelteKit builds the worker without the project's plugins. The media's and the maps' files
// are written by their own plugins (tools/media/, tools/map-data/), the embed files by
// tools/embed/vite-plugin.ts.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { basemapFilesFor, type BasemapFiles } from '../basemap/for-story.ts';
import { storyEmbedPlugin } from '../embed/vite-plugin.ts';
import { editionCode, editionFile, editionInfo } from '../editions.js';
import { buildMapData, type MapDataBuild } from '../map-data/build.ts';
import { storyMapDataPlugin } from '../map-data/vite-plugin.ts';
import { dateLabels } from './date-labels.ts';
import { editionPaths, storyLabel, storyPath } from './files.js';
import { labelFontsModule } from './label-fonts.ts';
import { loadStory, type LoadedStory } from './load.ts';
import { withMedia } from '../media/page-data.ts';
import { mediaOfStory, storyMediaPlugin } from '../media/vite-plugin.ts';
import { storyChanges } from './hot-story.ts';
import { pageStart, sourcesCitedBy } from './page-start.ts';
import { withRichText } from './rich-text.ts';
import { splitStory, withStaticMaps } from './split.ts';
import { routeOf } from '../../src/lib/map/route.ts';

const PREFIX = 'virtual:story';
/** A long story's later events, one module a part (virtual:story/later loads them). */
const PART = `${PREFIX}/part/`;
const ours = (id: string) => id === PREFIX || id.startsWith(`${PREFIX}/`);
const resolved = (id: string) => '\0' + id;
const fileOf = (path: string) => JSON.stringify(fileURLToPath(new URL(path, import.meta.url)));
/** JSON.parse reads a long story faster than the same data as a literal. */
const dataModule = (data: unknown) =>
	`export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;

type Story = Omit<LoadedStory, 'warnings'> & ReturnType<typeof splitStory>;
/** What a module is made from: the story as the page gets it, this edition, which build. */
interface Made {
	story: () => Promise<Story>;
	code: string;
	/** The maps' data (tools/map-data/), made from the story with its cameras capped. */
	mapData: () => Promise<MapDataBuild>;
	/** The basemap's files for the story's region, as its capped cameras need them. */
	basemap: () => Promise<BasemapFiles>;
	client: boolean;
}

/** Each module, by its id after `virtual:story`, and how it is made. */
const MODULES: Record<string, (made: Made) => Promise<string> | string> = {
	/**
	 * The page's start: meta, gazetteer, sources, the first events, a summary of every day, the
	 * editions; the browser's copy without what the server writes in (page-start.ts).
	 */
	'': async ({ story, code, client }) => {
		const { story: whole, languages, head } = await story();
		const edition = editionInfo(code);
		// Each edition shares its own card, drawn in its language (scripts/build-images.js).
		const shareImage = {
			...whole.meta.shareImage,
			path: editionFile(whole.meta.shareImage.path, code)
		};
		// The browser never renders the first screens' words and media (the server writes them in).
		const start = client ? pageStart(head) : head;
		return dataModule({
			...start,
			meta: { ...start.meta, shareImage },
			edition,
			editions: languages.map(editionInfo),
			dateLabels: dateLabels(whole, edition.locale)
		});
	},
	/**
	 * A long story's later events: a loader for each part of 50 (none for a story shipped
	 * whole), and the sources they cite.
	 */
	'/later': async ({ story }) => {
		const { story: whole, parts } = await story();
		const loaders = parts.map((_, i) => `() => import(${JSON.stringify(PART + i)})`);
		// The sources they cite: the page's start has none (page-start.ts).
		const sources = sourcesCitedBy(parts.flat(), whole.sources);
		return `export const sources = JSON.parse(${JSON.stringify(JSON.stringify(sources))});\nexport default [${loaders.join(', ')}];`;
	},
	/** The whole story, each event with the static map it shares: for the server (static maps, month pages). */
	'/full': async ({ story }) => {
		const { story: whole, head } = await story();
		const route = routeOf(whole);
		return dataModule({
			...whole,
			events: withStaticMaps(whole.events, { route, places: whole.places }),
			laterMonths: head.laterMonths
		});
	},
	/** The map's pane, or null for a story without places: then nothing of the map is bundled. */
	'/map-pane': async ({ story }) =>
		(await story()).story.places.length
			? `export { default } from ${fileOf('../../src/lib/components/MapPane.svelte')};`
			: 'export default null;',
	/** The map's key, or null for a story without data layers: then no key is bundled. */
	'/map-legend': async ({ story }) =>
		(await story()).story.meta.layers?.length
			? `export { default } from ${fileOf('../../src/lib/components/MapLegend.svelte')};`
			: 'export default null;',
	/** The basemap drawn for the story's region (tools/basemap/for-story.ts): the data, for the static maps. */
	'/basemap': async ({ basemap }) =>
		`export { default } from ${JSON.stringify((await basemap()).base)};`,
	/** Its detail (1:10m where the cameras come close): the data, for the static maps. */
	'/basemap-detail': async ({ basemap }) =>
		`export { default } from ${JSON.stringify((await basemap()).detail)};`,
	/** The same basemap's address, for the live map to fetch. */
	'/basemap-url': async ({ basemap }) =>
		`export { default } from ${JSON.stringify(`${(await basemap()).base}?url`)};`,
	/** Its detail where the story's cameras come close (map-data's `detailAreas`), for the live map to fetch. */
	'/basemap-detail-url': async ({ basemap }) =>
		`export { default } from ${JSON.stringify(`${(await basemap()).detail}?url`)};`,
	/**
	 * The maps' data beyond the story (src/lib/map/map-data.ts): the basemap's detail, the
	 * desk's tiles, the data layers; the server's copy also carries the layers' features.
	 */
	'/map-data': async ({ mapData, client }) => {
		const { data, serverData } = await mapData();
		return dataModule(client ? data : serverData);
	},
	/** The live map's label fonts for this edition's scripts: each file's address and the characters it covers. */
	'/map-fonts': ({ code }) => labelFontsModule(code),
	/**
	 * Who draws the media of a long story's later steps in the browser: a loader of the
	 * component (fetched when the first such step needs it), or null where none has media.
	 */
	'/later-media': async ({ story }) =>
		(await story()).parts.some((part) => part.some((event) => event.media?.length))
			? `export default () => import(${fileOf('../../src/lib/components/media/MediaList.svelte')});`
			: 'export default null;'
};

/** The modules' ids: what src/types/virtual-story.d.ts declares, and the docs list. */
export const STORY_MODULES = Object.keys(MODULES).map((id) => PREFIX + id);

export function storyFile(): Plugin[] {
	const path = storyPath();
	const code = editionCode();
	const media = mediaOfStory(path);
	/** The story, checked: the media are made from it. */
	let checked: LoadedStory | undefined;
	/** Its warnings, until the logger is known (the media plugin reads the story first). */
	let unprinted: string[] = [];
	let warn: ((line: string) => void) | undefined;
	const printWarnings = () => {
		if (warn) for (const line of unprinted.splice(0)) warn(`warning: ${line}`);
	};
	const check = () => {
		if (!checked) {
			checked = loadStory(path, code);
			unprinted = [...checked.warnings];
			printWarnings();
		}
		return checked;
	};
	/** The maps' data, from the story as checked: its cameras capped, its tiles and layers. */
	let built: Promise<MapDataBuild> | undefined;
	const mapData = () => (built ??= buildMapData(path, check().story, storyLabel(path)));
	let loaded: Promise<Story> | undefined;
	const story = () =>
		(loaded ??= (async () => {
			const { languages } = check();
			const { story } = await mapData();
			const { manifest, files } = await media.get(story);
			const shown = withRichText(
				withMedia(story, manifest, { edition: code, fileBytes: (f) => files.get(f) })
			);
			return { story: shown, languages, ...splitStory(shown) };
		})());
	// Made for the cameras as capped: a capped camera shows more ground, which the detail must cover.
	const basemap = async () => basemapFilesFor((await mapData()).story);
	/** The dev server's pages, told of each change (hot-story.ts). */
	const hot = storyChanges();

	/** Each module's source, by id; `client` for the browser's build (else the server's). */
	async function moduleSource(module: string, client: boolean): Promise<string | undefined> {
		if (module.startsWith(PART)) {
			const part = (await story()).parts[Number(module.slice(PART.length))];
			return part && dataModule(part);
		}
		const make = MODULES[module.slice(PREFIX.length)];
		if (!make) throw new Error(`${module}: no such module (tools/story/vite-plugin.ts)`);
		return make({ story, code, mapData, basemap, client });
	}

	const plugin: Plugin = {
		name: 'story-file',
		enforce: 'pre',
		configResolved(config) {
			// A build is two: its server half prints the warnings, the client half does not repeat them.
			if (config.command === 'serve' || config.build.ssr) {
				warn = (line) => config.logger.warn(line);
				printWarnings();
			}
		},
		resolveId(id) {
			return ours(id) ? resolved(id) : undefined;
		},
		load(id) {
			if (!id.startsWith('\0') || !ours(id.slice(1))) return undefined;
			this.addWatchFile(path);
			for (const edition of editionPaths(path)) this.addWatchFile(edition);
			return moduleSource(id.slice(1), this.environment.config.consumer === 'client');
		},
		configureServer(server) {
			hot.listen(server);
		},
		hotUpdate({ file, server }) {
			if (resolve(file) !== path && !editionPaths(path).includes(resolve(file))) return undefined;
			// Once for every environment: the client's is asked first, and tells the page at once.
			if (this.environment.name !== 'client') return [];
			const before = checked?.story;
			[checked, loaded, built] = [undefined, undefined, undefined];
			media.reset();
			for (const environment of Object.values(server.environments))
				for (const module of environment.moduleGraph.idToModuleMap.values())
					if (module.id?.startsWith('\0') && ours(module.id.slice(1)))
						environment.moduleGraph.invalidateModule(module);
			hot.changed(before, () => check().story);
			return [];
		}
	};
	return [
		plugin,
		storyMediaPlugin(media, () => check().story),
		storyMapDataPlugin(mapData),
		storyEmbedPlugin(() => check().story, code)
	];
}
