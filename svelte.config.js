import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to plain files in build/, servable by any static host.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true })
	}
};

export default config;
