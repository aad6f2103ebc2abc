// Loads a TypeScript module of tools/ from a plain Node script (Node 20 runs no TypeScript):
// through Vite's module runner, without the project's config or its tsconfig, which extends
// one SvelteKit writes (.svelte-kit/) and a fresh clone does not have.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/**
 * @template T
 * @param {string} path from the project's root, like `/tools/import/index.ts`
 * @returns {Promise<T>}
 */
export async function loadTs(path) {
	// Vite sets NODE_ENV (to `development`) while it resolves a config: a build this process
	// starts afterwards (the benchmark's) would inherit it and bundle Svelte's dev code.
	const nodeEnv = process.env.NODE_ENV;
	const { module } = await runnerImport(path, {
		root: fileURLToPath(new URL('..', import.meta.url)),
		configFile: false,
		// @ts-expect-error: Vite's types leave `tsconfig` out of these; its oxc transform reads it.
		oxc: { tsconfig: false },
		logLevel: 'error'
	});
	if (nodeEnv === undefined) delete process.env.NODE_ENV;
	else process.env.NODE_ENV = nodeEnv;
	return /** @type {T} */ (module);
}
