// The maps' data in the Vite build (build.ts makes it once per build): its files (tiles,
// layers) written into the site by the client build under `_app/immutable/`, served from
// memory by the dev server, its warnings printed once, and the files the map may fetch
// handed to the service worker as `__STORY_OFFLINE_MAP__` (it keeps them as they are read).
import type { Plugin } from 'vite';
import type { MapDataBuild } from './build.ts';

const TYPES: Record<string, string> = {
	png: 'image/png',
	jpg: 'image/jpeg',
	webp: 'image/webp',
	mvt: 'application/vnd.mapbox-vector-tile',
	geojson: 'application/geo+json'
};

/** `mapData` gives the story plugin's map data, made at most once until the story changes. */
/** Lines printed by this process: the same warning is not repeated when the config is read again. */
const printed = new Set<string>();

export function storyMapDataPlugin(mapData: () => Promise<MapDataBuild>): Plugin {
	return {
		name: 'story-map-data',
		async config(_config, env) {
			if (env.command !== 'build' || process.env.VITEST)
				return { define: { __STORY_OFFLINE_MAP__: '[]' } };
			const { data } = await mapData();
			return {
				define: { __STORY_OFFLINE_MAP__: JSON.stringify(data.offline.map((f) => `/${f}`)) }
			};
		},
		async configResolved(config) {
			// A build is two halves: the server's prints the warnings, the client's does not repeat them.
			if (process.env.VITEST || (config.command === 'build' && !config.build.ssr)) return;
			const { warnings, notes } = await mapData();
			const fresh = (line: string) => !printed.has(line) && printed.add(line);
			for (const note of notes.filter(fresh)) config.logger.info(note);
			for (const warning of warnings.filter(fresh)) config.logger.warn(`warning: ${warning}`);
		},
		async generateBundle() {
			if (this.environment.config.consumer !== 'client') return;
			const { files } = await mapData();
			for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
		},
		configureServer(server) {
			server.middlewares.use(async (request, response, next) => {
				const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
				const at = path.search(/\/_app\/immutable\/(tiles|layers)\//);
				if (at < 0) return next();
				try {
					const bytes = (await mapData()).files.get(path.slice(at + 1));
					if (!bytes) return next();
					response.writeHead(200, {
						'content-type': TYPES[path.split('.').pop()!] ?? 'application/octet-stream',
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
