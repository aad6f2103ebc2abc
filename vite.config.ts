import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { editionCode } from './src/lib/editions.js';
import { storyFile } from './src/lib/story/vite-plugin.ts';

export default defineConfig({
	plugins: [
		// The story file (`STORY=path/to/story.json`, else the built-in one) as `virtual:story`,
		// in the edition `EDITION` names (English by default).
		storyFile(),
		// The interface's words (messages/*.json), compiled for this build's edition alone:
		// each edition is a build of its own (scripts/build.js), so its pages carry only its
		// language's strings.
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['baseLocale'],
			experimentalStaticLocale: JSON.stringify(editionCode()),
			emitGitIgnore: false,
			emitReadme: false
		}),
		sveltekit()
	],
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node'
	}
});
