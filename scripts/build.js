// npm run build: the story's English edition into build/ (or BUILD_DIR), then each edition
// beside the story file (`story.ru.json`) into its folder there (build/ru/), each a whole
// site of its own: its page, scripts, static maps and offline copy. English goes first:
// its build empties the output folder.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTs } from '../tools/load-ts.js';
import { editionCodeOf, editionPaths, storyPath } from '../tools/story/files.js';

const out = resolve(process.env.BUILD_DIR ?? 'build');
// The project's tsconfig extends .svelte-kit/tsconfig.json, which a build into BUILD_DIR
// (Kit's files elsewhere) never writes: a fresh clone has none until Kit syncs once.
if (!existsSync('.svelte-kit/tsconfig.json')) {
	const env = { ...process.env };
	delete env.BUILD_DIR;
	execFileSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit', env });
}
const codes = editionPaths(storyPath()).map((file) => editionCodeOf(file));
for (const code of ['en', ...codes]) {
	const started = performance.now();
	execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit',
		// English where it was asked for (by default build/, with Kit's files in .svelte-kit/,
		// which the project's tsconfig extends); the others in its folders.
		env:
			code === 'en'
				? { ...process.env, EDITION: code }
				: { ...process.env, EDITION: code, BUILD_DIR: `${out}/${code}` }
	});
	console.log(`${code}: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** @type {typeof import('../tools/hosting/write.ts')} */
const hosting = await loadTs('/tools/hosting/write.ts');
/** @type {typeof import('../tools/story/load.ts')} */
const { loadStory } = await loadTs('/tools/story/load.ts');
const { beside, warnings } = hosting.writeHostingFiles(out, loadStory(storyPath(), 'en').story, [
	'en',
	...codes
]);
for (const warning of warnings) console.warn(warning);
console.log(`hosting files: ${out}/_headers, and beside the site in ${beside}/`);
