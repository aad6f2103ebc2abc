// `npm run import -- <file> --out <dir-or-story.json>`: imports another tool's story file
// (TimelineJS .json or sheet .csv, StoryMapJS .json, storytelling config .js) with
// tools/import, writes the story, copies the local media it names into media/ beside the
// story, and prints the report. Problems print one a line, and exit 1.
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

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const inputs = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
if (inputs.length !== 1 || !out) {
	console.error('usage: npm run import -- <file> --out <dir-or-story.json>');
	process.exit(1);
}

const input = resolve(/** @type {string} */ (inputs[0]));
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
writeFileSync(storyPath, JSON.stringify(result.story, null, '\t') + '\n');
for (const { from, to } of result.mediaFiles) {
	const source = inside(from);
	if (!source) continue;
	const target = join(dirname(storyPath), to);
	mkdirSync(dirname(target), { recursive: true });
	copyFileSync(source, target);
}
console.log(module.formatReport(result.report));
console.log(`\nstory -> ${storyPath}`);
