// Writes stories/story.schema.json and stories/edition.schema.json, the JSON Schemas an
// editor reads through a story (or edition) file's `$schema`, from the zod schemas
// (src/lib/story/schema/, and the editions' read from it by tools/story/). Run with `npm run schema` after changing one; a unit test fails while
// the files are out of date.
import { writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('/tools/story/schema.ts', {
	configFile: false,
	logLevel: 'error'
});
const out = new URL('../stories/story.schema.json', import.meta.url);
writeFileSync(out, JSON.stringify(module.storyJsonSchema(), null, '\t') + '\n');
console.log(`schema -> ${out.pathname}`);

const { module: editions } = await runnerImport('/tools/story/edition-schema.ts', {
	configFile: false,
	logLevel: 'error'
});
const editionOut = new URL('../stories/edition.schema.json', import.meta.url);
writeFileSync(editionOut, JSON.stringify(editions.editionJsonSchema(), null, '\t') + '\n');
console.log(`schema -> ${editionOut.pathname}`);
