// Writes stories/story.schema.json, the JSON Schema an editor reads through a story file's
// `$schema`, from the zod schema in src/lib/story/schema.ts. Run with `npm run schema` after
// changing that schema; a unit test fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('/src/lib/story/schema.ts', {
	configFile: false,
	logLevel: 'error'
});
const out = new URL('../stories/story.schema.json', import.meta.url);
writeFileSync(out, JSON.stringify(module.storyJsonSchema(), null, '\t') + '\n');
console.log(`schema -> ${out.pathname}`);
