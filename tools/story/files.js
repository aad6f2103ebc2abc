// Which story file the build tells, and reading it: shared by the Vite plugin (vite-plugin.ts)
// and the scripts. Plain JavaScript so `node scripts/…` runs it without a compiler.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The story the project tells unless `STORY` names another file. */
export const BUILT_IN_STORY = fileURLToPath(
	new URL('../../stories/road-to-astana.json', import.meta.url)
);

/**
 * The story file to build: `STORY=path/to/story.json` (relative to the working directory),
 * else the built-in one. An absolute path.
 * @param {Record<string, string | undefined>} [env]
 */
export function storyPath(env = process.env) {
	return env.STORY ? resolve(env.STORY) : BUILT_IN_STORY;
}

/**
 * How messages name a story file: its path from the working directory when it is inside it,
 * else its absolute path.
 * @param {string} path
 */
export function storyLabel(path) {
	const inside = relative(process.cwd(), path);
	return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

/**
 * The file's JSON, unchecked (see schema.ts). Throws a message naming the file when it is
 * missing or is not JSON.
 * @param {string} path
 * @returns {unknown}
 */
export function readStoryJson(path) {
	let text;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new Error(`${storyLabel(path)}: cannot read the story file`, { cause: error });
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new Error(
			`${storyLabel(path)}: not valid JSON: ${/** @type {Error} */ (error).message}`,
			{
				cause: error
			}
		);
	}
}

/**
 * The story's editions in other languages: `story.ru.json`, `story.ar.json` beside
 * `story.json` (absolute paths, sorted).
 * @param {string} path the story file
 */
export function editionPaths(path) {
	const stem = basename(path, '.json');
	const edition = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[a-z]{2}\\.json$`);
	return readdirSync(dirname(path))
		.filter((name) => edition.test(name))
		.sort()
		.map((name) => join(dirname(path), name));
}

/**
 * The language code in an edition file's name: `story.ru.json` → `ru`.
 * @param {string} file
 */
export const editionCodeOf = (file) => basename(file).slice(-'xx.json'.length, -'.json'.length);
