// Each edition's embed files, written by its build at its root beside index.html: embed.js
// (the loader, minified: loader-build.ts) and oembed.json (oembed.ts). Any `vite build` of
// a story writes them (the fixtures' builds too); the dev server answers both, so a host
// page can embed `npm run dev`'s story. They stay out of the offline copy: the service
// worker stores Kit's files, the static folder's and the prerendered pages, not these.
import type { Plugin } from 'vite';
import type { Story } from '../../src/lib/story/types.ts';
import { buildLoader } from './loader-build.ts';
import { oembedFor } from './oembed.ts';

const json = (data: unknown) => JSON.stringify(data, null, '\t') + '\n';

export function storyEmbedPlugin(story: () => Story, code: string): Plugin {
	return {
		name: 'story-embed',
		async generateBundle() {
			if (this.environment.config.consumer !== 'client') return;
			this.emitFile({ type: 'asset', fileName: 'embed.js', source: await buildLoader() });
			this.emitFile({
				type: 'asset',
				fileName: 'oembed.json',
				source: json(oembedFor(story(), code))
			});
		},
		configureServer(server) {
			server.middlewares.use(async (request, response, next) => {
				const path = new URL(request.url ?? '/', 'http://x').pathname;
				try {
					if (path === '/embed.js') {
						response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
						return void response.end(await buildLoader());
					}
					if (path === '/oembed.json') {
						response.writeHead(200, { 'content-type': 'application/json' });
						return void response.end(json(oembedFor(story(), code)));
					}
				} catch (error) {
					return next(error);
				}
				next();
			});
		}
	};
}
