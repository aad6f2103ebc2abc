// Writes a story of any length, made from the built-in one (tools/story/generate.ts):
//   node scripts/generate-story.js --events 1000 --out path/to/story.json
// then `STORY=path/to/story.json npm run build` builds it. The benchmark and the long
// story's browser tests use it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BUILT_IN_STORY } from '../tools/story/files.js';
import { loadTs } from '../tools/load-ts.js';

/** @type {typeof import('../tools/story/generate.ts')} */
const { generateStory } = await loadTs('/tools/story/generate.ts');

const args = process.argv.slice(2);
const option = (/** @type {string} */ name) =>
	args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
const events = Number(option('--events'));
const out = option('--out');
if (!out || !Number.isInteger(events) || events < 1) {
	console.error('Usage: node scripts/generate-story.js --events N --out path/to/story.json');
	process.exit(2);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
	out,
	JSON.stringify(generateStory(JSON.parse(readFileSync(BUILT_IN_STORY, 'utf8')), events))
);
console.log(`${out}: ${events} events`);
