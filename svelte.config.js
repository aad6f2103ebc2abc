import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// `BUILD_DIR=/some/dir` builds the site there, and keeps Kit's working files apart (inside
// the project, where they find node_modules), so a second story (or a test) builds without
// touching build/ or .svelte-kit/.
const buildDir = process.env.BUILD_DIR && resolve(process.env.BUILD_DIR);
const kitDir = buildDir
	? `node_modules/.cache/story-builds/${createHash('sha256').update(buildDir).digest('hex').slice(0, 12)}`
	: '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to plain files in build/, servable by any static host.
		adapter: adapter({
			pages: buildDir ?? 'build',
			assets: buildDir ?? 'build',
			fallback: undefined,
			strict: true
		}),
		outDir: kitDir,
		prerender: {
			// A short story sends every event with its page and has no month pages (see
			// tools/story/split.ts), a story without places no maps; any other route left
			// unprerendered is a mistake.
			handleUnseenRoutes: ({ routes, message }) => {
				const mayBeUnseen = ['/[month=month]', '/maps/[id].svg'];
				if (routes.some((route) => !mayBeUnseen.includes(route))) throw new Error(message);
			},
			// The links to the other editions (`./ru/`) lead to other builds (scripts/build.js).
			handleHttpError: ({ path, status, message }) => {
				if (status === 404 && /^\/[a-z]{2}\/$/.test(path)) return;
				throw new Error(message);
			}
		},
		// Inline the page's CSS (about 4 KB gzip): one round trip fewer before the text paints.
		inlineStyleThreshold: 20_000,
		// The page registers its service worker itself, once the map is in (src/lib/offline.ts).
		serviceWorker: { register: false },
		// Emitted as a <meta> tag in the static build. Scripts run only from this origin
		// (SvelteKit's own start-up script is allowed by its hash); nothing else is reached.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// The page's CSS is inlined (hashed by SvelteKit); Svelte also writes style
				// attributes (the timeline's positions), which style-src-attr allows.
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
