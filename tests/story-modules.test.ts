// Every input the app takes from the story is a `virtual:story/*` module (issue 29, point 5):
// the plugin's table, the declarations the app is typed by and the docs' table list the same
// modules, so a new one cannot hide from the docs or go untyped.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STORY_MODULES } from '../tools/story/vite-plugin';

const declared = [
	...readFileSync('src/types/virtual-story.d.ts', 'utf8').matchAll(/declare module '([^']+)'/g)
].map(([, id]) => id!);
const documented = [
	...readFileSync('docs/architecture.md', 'utf8').matchAll(/^\| `(virtual:story[^`]*)`/gm)
].map(([, id]) => id!);

describe('the story’s virtual modules', () => {
	it('are each declared for the app’s types, and nothing else is', () => {
		expect(declared.filter((id) => id.startsWith('virtual:story')).sort()).toEqual(
			[...STORY_MODULES].sort()
		);
	});

	it('are each listed in docs/architecture.md, and nothing else is', () => {
		expect(documented.sort()).toEqual([...STORY_MODULES].sort());
	});
});
