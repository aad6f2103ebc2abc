// `npm run import -- <file> --out <dir-or-story.json> [--fetch-media …]`: imports another
// tool's story file (TimelineJS .json or sheet .csv, StoryMapJS .json, storytelling config
// .js) with tools/import, writes the story, copies the local media it names into media/
// beside the story, with --fetch-media brings its remote media home too
// (tools/import/bring-home.ts), and prints the report. Problems print one a line, and exit 1.
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadTs } from '../tools/load-ts.js';
import { isRefused, readInside, readRegularFile } from '../tools/media/local-file.js';
import { visible } from '../tools/visible.js';

/** Larger than this, a file is not a story's text (the importer reads 20 million characters at most). */
const MAX_INPUT_BYTES = 80e6;

const USAGE =
	'usage: npm run import -- <file> --out <dir-or-story.json> [--fetch-media [--allow-private] [--max-media-size 25MB] [--media-timeout 30] [--media-cache <dir>]]';

/** The command's arguments: the input, and each flag (with its value where it takes one). */
function parseArgs(/** @type {string[]} */ args) {
	const takesValue = ['--out', '--max-media-size', '--media-timeout', '--media-cache'];
	const switches = ['--fetch-media', '--allow-private'];
	/** @type {Record<string, string | true>} */
	const flags = {};
	const inputs = [];
	for (let i = 0; i < args.length; i++) {
		const arg = /** @type {string} */ (args[i]);
		if (takesValue.includes(arg)) {
			if (args[i + 1] === undefined) fail(`${arg} needs a value`);
			flags[arg] = /** @type {string} */ (args[++i]);
		} else if (switches.includes(arg)) flags[arg] = true;
		else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
		else inputs.push(arg);
	}
	if (inputs.length !== 1 || typeof flags['--out'] !== 'string') fail();
	// Read now, so a mistyped value stops the command before it does anything.
	const size = flags['--max-media-size'];
	const timeout = flags['--media-timeout'];
	return {
		input: /** @type {string} */ (inputs[0]),
		flags,
		maxBytes: typeof size === 'string' ? bytesOf(size) : undefined,
		timeoutMs: typeof timeout === 'string' ? secondsOf(timeout) * 1000 : undefined
	};
}

/** One line: what is wrong, or how the command is used. @param {string} [message] @returns {never} */
function fail(message) {
	console.error(message ?? USAGE);
	process.exit(1);
}

/** `25MB`, `500 KB`, `1e6`: bytes, counted as disks count them (1 MB = 10⁶ bytes). */
function bytesOf(/** @type {string} */ text) {
	const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(text.trim());
	if (!match) fail(`--max-media-size ${text} is not a size like 25MB`);
	const unit = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9 }[(match[2] ?? 'b').toLowerCase()] ?? 1;
	return Math.round(Number(match[1]) * unit);
}

function secondsOf(/** @type {string} */ text) {
	const seconds = Number(text);
	if (!(seconds > 0)) fail(`--media-timeout ${text} is not a number of seconds`);
	return seconds;
}

const { input: given, flags, maxBytes, timeoutMs } = parseArgs(process.argv.slice(2));
const out = /** @type {string} */ (flags['--out']);
const input = resolve(given);
const name = basename(input);
// A regular file only: a FIFO would wait for a writer forever, a device never ends.
const bytes = readRegularFile(input, MAX_INPUT_BYTES, { followLink: true });
if (!(bytes instanceof Uint8Array)) {
	console.error(visible(`${name}: ${bytes ? bytes.refused : 'cannot be read (ENOENT)'}`));
	process.exit(1);
}

/** @type {typeof import('../tools/import/decode.ts')} */
const { decodeInput } = await loadTs('/tools/import/decode.ts');
const decoded = decodeInput(bytes);
if ('problem' in decoded) {
	console.error(visible(`${name}: ${decoded.problem}`));
	process.exit(1);
}

/** The input's folder, symlinks resolved: local media must stay inside it. */
const folder = realpathSync(dirname(input));
/** Local media read, by their path beside the input: copied as read, never read again. */
const read = new Map();

/** @type {typeof import('../tools/import/index.ts')} */
const module = await loadTs('/tools/import/index.ts');
const result = module.importStory({
	fileName: name,
	text: decoded.text,
	encoding: decoded.encoding,
	readLocalFile: (/** @type {string} */ relPath) => {
		const file = readInside(folder, relPath, "the input's folder");
		if (file instanceof Uint8Array) read.set(relPath, file);
		return file;
	}
});
if ('problems' in result) {
	for (const line of result.problems) console.error(line);
	process.exit(1);
}

const storyPath = resolve(out.endsWith('.json') ? out : join(out, 'story.json'));
if (storyPath === input) {
	console.error(`${name}: --out would overwrite the input`);
	process.exit(1);
}
mkdirSync(dirname(storyPath), { recursive: true });
for (const { from, to } of result.mediaFiles) {
	const source = read.get(from);
	if (!source || isRefused(source)) continue;
	const target = join(dirname(storyPath), to);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, source);
}

/** @type {typeof import('../tools/import/bring-home.ts')} */
const home = await loadTs('/tools/import/bring-home.ts');
if (flags['--fetch-media']) {
	const defaults = home.DEFAULT_FETCH_OPTIONS;
	const cache = flags['--media-cache'];
	await home.bringMediaHome(result.remoteMedia, result.report, {
		storyDir: dirname(storyPath),
		cacheDir: typeof cache === 'string' ? cache : home.DEFAULT_MEDIA_CACHE,
		fileName: name,
		fetch: {
			...defaults,
			allowPrivate: flags['--allow-private'] === true,
			...(maxBytes ? { maxBytes } : {}),
			...(timeoutMs
				? { timeoutMs, connectTimeoutMs: Math.min(defaults.connectTimeoutMs, timeoutMs) }
				: {})
		}
	});
} else home.reportFetchable(result.remoteMedia, result.report);

writeFileSync(storyPath, JSON.stringify(result.story, null, '\t') + '\n');
console.log(module.formatReport(result.report));
console.log(`\nstory -> ${storyPath}`);
