// npm run edit -- [story.json] [--no-preview]: the desk's editor (editor/, docs/editor.md).
import { loadTs } from '../tools/load-ts.js';

/** @type {{ main: (args: string[]) => Promise<void> }} */
const editor = await loadTs('/editor/server/main.ts');
await editor.main(process.argv.slice(2));
