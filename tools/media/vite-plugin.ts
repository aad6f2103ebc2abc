// The story's media in the Vite build: the manifest made once per build (renditions kept
// between builds in node_modules/.cache/story-media, or STORY_MEDIA_CACHE), its files
// written into the site by the client build (`_app/immutable/media/…`, beside the page's
// other hashed files, so hosts cache them for good), served from memory by the dev server,
// and the offline copy's list handed to the service worker (`__STORY_OFFLINE_MEDIA__`: a
// define, not a module, as SvelteKit builds the worker without the project's plugins).
// The story plugin (tools/story/vite-plugin.ts) attaches the entries to the page's data.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildMediaManifest, filesBeside, type MediaManifest } from './manifest.ts';
import { editionCodeOf, editionPaths, storyLabel } from '../story/files.js';
import type { Story } from '../../src/lib/story/types';

/** Where the site's media files go: hashed names, so they can be cached for a year. */
export const MEDIA_DIR = '_app/immutable/media';

export type StoryMedia = {
	manifest: MediaManifest;
	/** Each file to write, by its name from the site's root. */
	files: Map<string, Uint8Array>;
	warnings: string[];
};

/** What a file is served as: the dev server's and the tests' answer. */
export const MEDIA_TYPES: Record<string, string> = {
	avif: 'image/avif',
	webp: 'image/webp',
	jpg: 'image/jpeg',
	png: 'image/png',
	mp4: 'video/mp4',
	webm: 'video/webm',
	mp3: 'audio/mpeg',
	m4a: 'audio/mp4',
	aac: 'audio/aac',
	ogg: 'audio/ogg',
	wav: 'audio/wav',
	vtt: 'text/vtt; charset=utf-8'
};

/**
 * The story's media, made at most once until `reset()` (the dev server's reload), from the
 * story as the build has checked it: the media checks run after the schema's.
 */
export function mediaOfStory(path: string) {
	let made: Promise<StoryMedia> | undefined;
	let unprinted: string[] = [];
	let print: ((line: string) => void) | undefined;
	const flush = () => {
		if (!print) return;
		for (const warning of unprinted) print(`warning: ${warning}`);
		unprinted = [];
	};
	return {
		get(story: Story): Promise<StoryMedia> {
			return (made ??= (async () => {
				// Caption tracks in the story's editions' languages, where they are beside the English.
				const editions = editionPaths(path).map(editionCodeOf);
				const { manifest, files, warnings } = await buildMediaManifest(story, {
					storyLabel: storyLabel(path),
					readFile: filesBeside(path),
					cacheDir: resolve(process.env.STORY_MEDIA_CACHE ?? 'node_modules/.cache/story-media'),
					editions,
					outputName: ({ name, hash, width, ext }) =>
						`${MEDIA_DIR}/${name}-${hash}${width === undefined ? '' : `-${width}`}.${ext}`
				});
				unprinted = warnings;
				flush();
				return { manifest, files: new Map(files.map((f) => [f.fileName, f.bytes])), warnings };
			})());
		},
		/** Forgets the media, after a change to the story: made again when next asked. */
		reset() {
			made = undefined;
		},
		/** Where the warnings go, once each time the media are made. */
		printWarnings(to: (line: string) => void) {
			print = to;
			flush();
		}
	};
}

export type MediaOfStory = ReturnType<typeof mediaOfStory>;

/**
 * The plugin: `media` is the story plugin's, `story` gives the story as it has checked it.
 * In a build, the media are made before anything else (the service worker's list is a
 * `define`, fixed with the config); the client build writes the files.
 */
export function storyMediaPlugin(media: MediaOfStory, story: () => Story): Plugin {
	return {
		name: 'story-media',
		async config(_config, env) {
			// Vitest loads this config too, and needs no media; nor does the dev server's
			// worker, which has no offline copy worth keeping.
			if (env.command !== 'build' || process.env.VITEST)
				return { define: { __STORY_OFFLINE_MEDIA__: '[]' } };
			const { manifest } = await media.get(story());
			return {
				define: {
					__STORY_OFFLINE_MEDIA__: JSON.stringify(manifest.offline.map((file) => `/${file}`))
				}
			};
		},
		configResolved(config) {
			// A build is two: its server half prints the warnings, the client half (which
			// makes the same media again, from the cache) does not repeat them.
			if (config.command === 'serve' || config.build.ssr)
				media.printWarnings((line) => config.logger.warn(line));
		},
		async generateBundle() {
			if (this.environment.config.consumer !== 'client') return;
			const { files } = await media.get(story());
			for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
		},
		configureServer(server) {
			server.middlewares.use(async (request, response, next) => {
				const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
				const at = path.indexOf(`/${MEDIA_DIR}/`);
				if (at < 0) return next();
				try {
					const bytes = (await media.get(story())).files.get(path.slice(at + 1));
					if (!bytes) return next();
					response.writeHead(200, {
						'content-type': MEDIA_TYPES[path.split('.').pop()!] ?? 'application/octet-stream',
						'content-length': bytes.length
					});
					response.end(bytes);
				} catch (error) {
					next(error);
				}
			});
		}
	};
}
