// Which story file the build tells, and reading it: shared by the Vite plugin (vite-plugin.ts)
// and the scripts. Plain JavaScript so `node scripts/…` runs it without a compiler.
import { readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRefused, readInside, readRegularFile } from '../media/local-file.js';
import { problemError, visible } from '../visible.js';

/** Larger than this, a file is not a story (bytes; the 1,000-event story is about 2 MB). */
const MAX_STORY_BYTES = 50e6;

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
 * The file's text, a byte order mark left out (editors on Windows write one). Throws a
 * message naming the file when it is missing or is not a regular file (a FIFO would block
 * the build, a device never ends); `beside`, the story file, when this one must be a file
 * inside the story's folder (an edition), symbolic links resolved.
 * @param {string} path
 * @param {{ beside?: string }} [options]
 * @returns {string}
 */
export function readStoryText(path, { beside } = {}) {
	const file = beside
		? readInside(
				dirname(beside),
				relative(dirname(beside), path),
				"the story's folder",
				MAX_STORY_BYTES
			)
		: readRegularFile(path, MAX_STORY_BYTES, { followLink: true });
	if (!file) throw problemError(`${storyLabel(path)}: cannot read the story file: there is none`);
	if (isRefused(file)) throw problemError(visible(`${storyLabel(path)}: ${file.refused}`));
	const text = new TextDecoder().decode(file);
	return text.startsWith('\ufeff') ? text.slice(1) : text;
}

/**
 * The file's JSON, unchecked (see schema.ts). Throws a message naming the file when it is
 * missing or is not JSON.
 * @param {string} path
 * @param {{ beside?: string }} [options]
 * @returns {unknown}
 */
export function readStoryJson(path, options) {
	return parseStoryJson(readStoryText(path, options), path);
}

/**
 * Text as JSON, or an error naming the file (its characters made visible: JSON.parse
 * quotes the text around the fault).
 * @param {string} text
 * @param {string} path
 * @returns {unknown}
 */
export function parseStoryJson(text, path) {
	try {
		return JSON.parse(text);
	} catch (error) {
		throw problemError(
			visible(`${storyLabel(path)}: not valid JSON: ${/** @type {Error} */ (error).message}`),
			{ cause: error }
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
