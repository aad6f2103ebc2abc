// `npm run import -- <file> --out <dir-or-story.json> [--fetch-media …]`: imports another
// tool's story file (TimelineJS .json or sheet .csv, StoryMapJS .json, storytelling config
// .js) with tools/import, writes the story, copies the local media it names into media/
// beside the story, with --fetch-media brings its remote media home too
// (tools/import/bring-home.ts), and prints the report. Problems print one a line, and exit 1.
import {
	copyFileSync,
	mkdirSync,
	readFileSync,
	realpathSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { loadTs } from '../tools/load-ts.js';

/** A media file larger than this is not copied (a story's picture is far smaller). */
const MAX_MEDIA_BYTES = 200 * 1024 * 1024;

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
let text;
try {
	text = readFileSync(input, 'utf8');
} catch (error) {
	console.error(
		`${name}: cannot be read (${error instanceof Error && 'code' in error ? error.code : error})`
	);
	process.exit(1);
}

/** The input's folder, symlinks resolved: local media must stay inside it. */
const folder = realpathSync(dirname(input));

/**
 * A regular file inside the input's folder, or null (paths are already free of `../`).
 * @param {string} relPath
 */
function inside(relPath) {
	try {
		const real = realpathSync(join(folder, relPath));
		const rel = relative(folder, real);
		if (rel === '' || rel.startsWith('..') || rel.startsWith(sep) || resolve(folder, rel) !== real)
			return null;
		const stat = statSync(real);
		return stat.isFile() && stat.size <= MAX_MEDIA_BYTES ? real : null;
	} catch {
		return null;
	}
}

/** @type {typeof import('../tools/import/index.ts')} */
const module = await loadTs('/tools/import/index.ts');
const result = module.importStory({
	fileName: name,
	text,
	readLocalFile: (/** @type {string} */ relPath) => {
		const file = inside(relPath);
		return file ? readFileSync(file) : null;
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
	const source = inside(from);
	if (!source) continue;
	const target = join(dirname(storyPath), to);
	mkdirSync(dirname(target), { recursive: true });
	copyFileSync(source, target);
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
