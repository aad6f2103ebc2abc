import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyFile } from './src/lib/story/vite-plugin.ts';

export default defineConfig({
	// The story file (`STORY=path/to/story.json`, else the built-in one) as `virtual:story`.
	plugins: [storyFile(), sveltekit()],
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node'
	}
});
