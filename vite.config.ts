import { availableParallelism } from 'node:os';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { editionCode } from './tools/editions.js';
import { messagesFolder, messagesFrom } from './tools/messages-folder.ts';
import { compileHints } from './tools/patches/compile-hints.ts';
import { kitHistoryKeyChecked } from './tools/patches/kit-history.ts';
import { cachedPluralRules, staticLocaleLiteral } from './tools/patches/paraglide.ts';
import { layoutMedia } from './tools/layout-media.ts';
import { storyFile } from './tools/story/vite-plugin.ts';
import svelteConfig from './svelte.config.js';

// A build into BUILD_DIR compiles the messages into a folder of its own (tools/messages-folder.ts).
const messages = messagesFolder(svelteConfig.kit?.outDir);

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
			outdir: messages,
			strategy: ['baseLocale'],
			experimentalStaticLocale: JSON.stringify(editionCode()),
			emitGitIgnore: false,
			emitReadme: false
		}),
		staticLocaleLiteral(),
		// The layout's screens, named in the CSS (`@media (--portrait-phone)`), written out
		// from src/lib/layout.js.
		layoutMedia(),
		cachedPluralRules(),
		sveltekit(),
		messagesFrom(messages),
		kitHistoryKeyChecked(),
		compileHints()
	],
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		// Two at least: on two cores Vitest would take one, and the files that run real builds
		// and imports (in processes of their own) leave the other core idle.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		// npm test runs these beside the sites' builds on two cores: a test that takes 1 s
		// alone can take 6. The limit only catches a hang; speed is the bench's business.
		testTimeout: 30_000
	}
});
