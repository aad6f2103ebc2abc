// The story file as modules, checked in Node when the build or the dev server loads it (a
// broken file fails with every problem named, and the page never ships the schema):
//   virtual:story            the page's start: meta, gazetteer, sources, the first events,
//                            a summary of every day, this edition and the others
//   virtual:story/later      a long story's later events: loaders, one module of events each
//   virtual:story/full       the whole story, for the server (static maps, month pages)
//   virtual:story/map-fonts  the live map's label fonts for this edition
//   virtual:story/map-pane   the map's pane, or null for a story without places
//   virtual:story/map-data   the maps' data: basemap detail, the desk's tiles, data layers
//                            (tools/map-data/), with the cameras capped at the map's detail
// `STORY=path/to/story.json` names the file (else the built-in story), `EDITION=ru` the
// edition. The dev server reloads the page when a file changes. A story elsewhere in the
// world gets its own basemap (tools/basemap/for-story.ts). Its media are made and written by
// tools/media/vite-plugin.ts, and each item carries its entry (tools/media/page-data.ts);
// its embed files (embed.js, oembed.json) by tools/embed/vite-plugin.ts.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { basemapFilesFor, SHIPPED_BASEMAP, SHIPPED_DETAIL } from '../basemap/for-story.ts';
import { buildMapData, type MapDataBuild } from '../map-data/build.ts';
import { storyMapDataPlugin } from '../map-data/vite-plugin.ts';
import { editionCode, editionFile, editionInfo } from '../editions.js';
import { dateLabels } from './date-labels.ts';
import { editionPaths, storyLabel, storyPath } from './files.js';
import { labelFontsModule } from './label-fonts.ts';
import { loadStory, type LoadedStory } from './load.ts';
import { storyEmbedPlugin } from '../embed/vite-plugin.ts';
import { withMedia, withoutMedia } from '../media/page-data.ts';
import { mediaOfStory, storyMediaPlugin } from '../media/vite-plugin.ts';
import { withRichText } from './rich-text.ts';
import { splitStory, withStaticMaps } from './split.ts';
import { routeOf } from '../../src/lib/map/route.ts';

const START = 'virtual:story';
const LATER = 'virtual:story/later';
const PART = 'virtual:story/part/';
const FULL = 'virtual:story/full';
const FONTS = 'virtual:story/map-fonts';
const MAP_PANE = 'virtual:story/map-pane';
const MAP_DATA = 'virtual:story/map-data';
const ours = (id: string) =>
	id === START ||
	id === LATER ||
	id === FULL ||
	id === FONTS ||
	id === MAP_PANE ||
	id === MAP_DATA ||
	id.startsWith(PART);
const MAP_PANE_FILE = fileURLToPath(
	new URL('../../src/lib/components/MapPane.svelte', import.meta.url)
);
const resolved = (id: string) => '\0' + id;
/** JSON.parse reads a long story faster than the same data as a literal. */
const dataModule = (data: unknown) =>
	`export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;

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
	let mapData: Promise<MapDataBuild> | undefined;
	const map = () => (mapData ??= buildMapData(path, check().story, storyLabel(path)));
	let loaded: Promise<Omit<LoadedStory, 'warnings'> & ReturnType<typeof splitStory>> | undefined;
	const load = () =>
		(loaded ??= (async () => {
			const { languages } = check();
			const { story } = await map();
			const { manifest, files } = await media.get(story);
			const shown = withRichText(
				withMedia(story, manifest, { edition: code, fileBytes: (f) => files.get(f) })
			);
			return { story: shown, languages, ...splitStory(shown) };
		})());

	/** Each module's source, by id; `client` for the browser's build (else the server's). */
	async function moduleSource(module: string, client: boolean): Promise<string | undefined> {
		if (module === FONTS) return labelFontsModule(code);
		if (module === MAP_DATA) {
			const { data, serverData } = await map();
			return dataModule(client ? data : serverData);
		}
		const { story, languages, head, parts } = await load();
		// A timeline without places has no map: nothing of it is bundled.
		if (module === MAP_PANE)
			return story.places.length
				? `export { default } from ${JSON.stringify(MAP_PANE_FILE)};`
				: 'export default null;';
		if (module === LATER)
			return `export default [${parts.map((_, i) => `() => import(${JSON.stringify(PART + i)})`).join(', ')}];`;
		if (module === FULL)
			return dataModule({
				...story,
				events: withStaticMaps(story.events, { route: routeOf(story), places: story.places }),
				laterMonths: head.laterMonths
			});
		if (module === START) {
			const edition = editionInfo(code);
			// Each edition shares its own card, drawn in its language (scripts/build-images.js).
			const shareImage = {
				...story.meta.shareImage,
				path: editionFile(story.meta.shareImage.path, code)
			};
			// The browser never renders the first screens' media (the server writes them in).
			const start = client ? withoutMedia(head) : head;
			return dataModule({
				...start,
				meta: { ...start.meta, shareImage },
				edition,
				editions: languages.map(editionInfo),
				dateLabels: dateLabels(story, edition.locale)
			});
		}
		const part = parts[Number(module.slice(PART.length))];
		return part && dataModule(part);
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
		async resolveId(id) {
			if (ours(id)) return resolved(id);
			// `$lib/data/basemap.json` and `basemap-detail.json` (Kit's alias has made them
			// absolute), with or without `?url`: the story's own where the shipped ones do not fit,
			// made for its cameras as capped (a capped camera shows more ground).
			const [file, query] = id.split('?');
			if (file === SHIPPED_BASEMAP || file === SHIPPED_DETAIL) {
				const files = basemapFilesFor((await map()).story);
				const own = file === SHIPPED_BASEMAP ? files.base : files.detail;
				if (own !== file) return query ? `${own}?${query}` : own;
			}
			return undefined;
		},
		load(id) {
			if (!id.startsWith('\0') || !ours(id.slice(1))) return undefined;
			this.addWatchFile(path);
			for (const edition of editionPaths(path)) this.addWatchFile(edition);
			return moduleSource(id.slice(1), this.environment.config.consumer === 'client');
		},
		hotUpdate({ file, server }) {
			if (resolve(file) !== path && !editionPaths(path).includes(resolve(file))) return undefined;
			[checked, loaded, mapData] = [undefined, undefined, undefined];
			media.reset();
			for (const module of this.environment.moduleGraph.idToModuleMap.values())
				if (module.id?.startsWith('\0') && ours(module.id.slice(1)))
					this.environment.moduleGraph.invalidateModule(module);
			if (this.environment.name === 'client') server.ws.send({ type: 'full-reload' });
			return [];
		}
	};
	return [
		plugin,
		storyMediaPlugin(media, () => check().story),
		storyMapDataPlugin(map),
		storyEmbedPlugin(() => check().story, code)
	];
}
