// Everything the app takes from the story it is built for comes in as one of these modules,
// made here from the story file, checked in Node when the build or the dev server loads it
// (a broken file fails with every problem named, and the page never ships the schema).
// `STORY=path/to/story.json` names the file (else the built-in story), `EDITION=ru` the
// edition. The dev server reloads the page when a file changes. The same modules are listed
// in docs/architecture.md ("What the build makes from the story"); the one input that is not
// a module is the service worker's list of media (`__STORY_OFFLINE_MEDIA__`, a define:
// tools/media/vite-plugin.ts), as SvelteKit builds the worker without the project's plugins.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { basemapFileFor } from '../basemap/for-story.ts';
import { editionCode, editionFile, editionInfo } from '../editions.js';
import { dateLabels } from './date-labels.ts';
import { editionPaths, storyPath } from './files.js';
import { labelFontsModule } from './label-fonts.ts';
import { loadStory, type LoadedStory } from './load.ts';
import { withMedia, withoutMedia } from '../media/page-data.ts';
import { mediaOfStory, storyMediaPlugin } from '../media/vite-plugin.ts';
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

type Story = LoadedStory & ReturnType<typeof splitStory>;
/** What a module is made from: the story as the page gets it, this edition, which build. */
interface Made {
	story: () => Promise<Story>;
	code: string;
	basemap: () => string;
	client: boolean;
}

/** Each module, by its id after `virtual:story`, and how it is made. */
const MODULES: Record<string, (made: Made) => Promise<string> | string> = {
	/** The page's start: meta, gazetteer, sources, the first events, a summary of every day, the editions. */
	'': async ({ story, code, client }) => {
		const { story: whole, languages, head } = await story();
		const edition = editionInfo(code);
		// Each edition shares its own card, drawn in its language (scripts/build-images.js).
		const shareImage = {
			...whole.meta.shareImage,
			path: editionFile(whole.meta.shareImage.path, code)
		};
		// The browser never renders the first screens' media (the server writes them in).
		const start = client ? withoutMedia(head) : head;
		return dataModule({
			...start,
			meta: { ...start.meta, shareImage },
			edition,
			editions: languages.map(editionInfo),
			dateLabels: dateLabels(whole, edition.locale)
		});
	},
	/** A long story's later events: a loader for each part of 50 (none for a story shipped whole). */
	'/later': async ({ story }) => {
		const { parts } = await story();
		const loaders = parts.map((_, i) => `() => import(${JSON.stringify(PART + i)})`);
		return `export default [${loaders.join(', ')}];`;
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
	/** The basemap drawn for the story's region (tools/basemap/for-story.ts): the data, for the static maps. */
	'/basemap': ({ basemap }) => `export { default } from ${JSON.stringify(basemap())};`,
	/** The same basemap's address, for the live map to fetch. */
	'/basemap-url': ({ basemap }) => `export { default } from ${JSON.stringify(`${basemap()}?url`)};`,
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
	const check = () => (checked ??= loadStory(path, code));
	let loaded: Promise<Story> | undefined;
	const story = () =>
		(loaded ??= (async () => {
			const { story, languages } = check();
			const { manifest, files } = await media.get(story);
			const shown = withRichText(
				withMedia(story, manifest, { edition: code, fileBytes: (f) => files.get(f) })
			);
			return { story: shown, languages, ...splitStory(shown) };
		})());
	const basemap = () => basemapFileFor(check().story);

	/** Each module's source, by id; `client` for the browser's build (else the server's). */
	async function moduleSource(module: string, client: boolean): Promise<string | undefined> {
		if (module.startsWith(PART)) {
			const part = (await story()).parts[Number(module.slice(PART.length))];
			return part && dataModule(part);
		}
		const make = MODULES[module.slice(PREFIX.length)];
		if (!make) throw new Error(`${module}: no such module (tools/story/vite-plugin.ts)`);
		return make({ story, code, basemap, client });
	}

	const plugin: Plugin = {
		name: 'story-file',
		enforce: 'pre',
		resolveId(id) {
			return ours(id) ? resolved(id) : undefined;
		},
		load(id) {
			if (!id.startsWith('\0') || !ours(id.slice(1))) return undefined;
			this.addWatchFile(path);
			for (const edition of editionPaths(path)) this.addWatchFile(edition);
			return moduleSource(id.slice(1), this.environment.config.consumer === 'client');
		},
		hotUpdate({ file, server }) {
			if (resolve(file) !== path && !editionPaths(path).includes(resolve(file))) return undefined;
			[checked, loaded] = [undefined, undefined];
			media.reset();
			for (const module of this.environment.moduleGraph.idToModuleMap.values())
				if (module.id?.startsWith('\0') && ours(module.id.slice(1)))
					this.environment.moduleGraph.invalidateModule(module);
			if (this.environment.name === 'client') server.ws.send({ type: 'full-reload' });
			return [];
		}
	};
	return [plugin, storyMediaPlugin(media, () => check().story)];
}
