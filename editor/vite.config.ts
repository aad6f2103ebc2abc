// The editor's page: a Svelte 5 app of its own (editor/client/), apart from the story's site.
// It borrows the page's map style and text rendering from src/lib ($lib), so the map and the
// Markdown preview look as the reader will see them.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
	root: here('./client'),
	base: '/',
	plugins: [svelte({ configFile: false })],
	resolve: { alias: [{ find: '$lib', replacement: here('../src/lib') }] },
	build: {
		target: 'es2022',
		chunkSizeWarningLimit: 2000,
		reportCompressedSize: false,
		// A build the reporter waits for once: its timings are the editor's developers' business.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	cacheDir: here('../node_modules/.vite-editor')
});
