import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// src/ is the core (what ships, and the story's shape): tools/ (build time) depends on
		// it, never the reverse. The page reads the story's schema for its types only, so zod
		// never ships (docs/architecture.md, "Three places, three jobs").
		files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^|/)tools(/|$)',
							message: 'src/ is the core: tools/ may import it, never the reverse.'
						},
						{
							regex: '^zod$|(^|/)story/schema(/|$)',
							allowTypeImports: true,
							message:
								'The page takes only types from the story schema: zod is for the build (tools/) and the schema itself.'
						}
					]
				}
			]
		}
	},
	{
		// The schema itself is made with zod.
		files: ['src/lib/story/schema/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^|/)tools(/|$)',
							message: 'src/ is the core: tools/ may import it, never the reverse.'
						}
					]
				}
			]
		}
	},
	{
		ignores: [
			'build/',
			'build-fixture/',
			'src/lib/paraglide/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench-results/'
		]
	}
);
