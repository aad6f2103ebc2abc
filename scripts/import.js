// `npm run import -- <file> --out <dir-or-story.json>`: imports another tool's story file
// (TimelineJS .json or sheet .csv, StoryMapJS .json, storytelling config .js) with
// tools/import, writes the story, copies the local media it names into media/ beside the
// story, and prints the report. Problems print one a line, and exit 1.
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadTs } from '../tools/load-ts.js';
import { isRefused, readInside, readRegularFile } from '../tools/media/local-file.js';
import { visible } from '../tools/visible.js';

/** Larger than this, a file is not a story's text (the importer reads 20 million characters at most). */
const MAX_INPUT_BYTES = 80e6;

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
writeFileSync(storyPath, JSON.stringify(result.story, null, '\t') + '\n');
for (const { from, to } of result.mediaFiles) {
	const source = read.get(from);
	if (!source || isRefused(source)) continue;
	const target = join(dirname(storyPath), to);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, source);
}
console.log(module.formatReport(result.report));
console.log(`\nstory -> ${storyPath}`);
