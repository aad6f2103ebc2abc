// The editor's page (editor/client/, Svelte 5), built by Vite into node_modules/.cache and
// served as files; built again only when one of the files it was built from has changed
// (the build records them). `EDITOR_DEV=1` serves it from Vite's dev server instead, with
// hot reload, for work on the editor itself.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer, type Connect, type Plugin } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = resolve(root, 'editor/vite.config.ts');
export const CLIENT_DIR = resolve(root, 'node_modules/.cache/editor-client');
const INPUTS = join(CLIENT_DIR, 'inputs.json');

/** A fingerprint of the files the page was built from (and of the installed packages). */
function fingerprint(files: string[]): string {
	const hash = createHash('sha256');
	for (const file of [...files, resolve(root, 'package-lock.json'), CONFIG].sort()) {
		hash.update(file);
		try {
			hash.update(readFileSync(file));
		} catch {
			hash.update('missing');
		}
	}
	return hash.digest('hex');
}

/** Records the project's own files that went into the build. */
const recordInputs = (files: Set<string>): Plugin => ({
	name: 'editor-record-inputs',
	buildEnd() {
		for (const id of this.getModuleIds()) {
			const file = id.split('?')[0]!;
			if (file.startsWith(root) && !file.includes('/node_modules/')) files.add(file);
		}
	}
});

/** Builds the page unless the build on disk was made from the same files. */
export async function ensureClient(log: (line: string) => void): Promise<string> {
	if (existsSync(INPUTS)) {
		const { files, hash } = JSON.parse(readFileSync(INPUTS, 'utf8')) as {
			files: string[];
			hash: string;
		};
		if (fingerprint(files) === hash && existsSync(join(CLIENT_DIR, 'index.html')))
			return CLIENT_DIR;
	}
	log('Building the editor’s page (once, until its code changes)…');
	const files = new Set<string>();
	await build({
		configFile: CONFIG,
		logLevel: 'warn',
		build: { outDir: CLIENT_DIR, emptyOutDir: true },
		plugins: [recordInputs(files)]
	});
	writeFileSync(INPUTS, JSON.stringify({ files: [...files], hash: fingerprint([...files]) }));
	return CLIENT_DIR;
}

/** Vite's dev server for the page, as middleware of the editor's server (EDITOR_DEV=1). */
export async function devClient(server: Server): Promise<Connect.Server> {
	const vite = await createServer({
		configFile: CONFIG,
		server: { middlewareMode: true, hmr: { server } },
		appType: 'spa'
	});
	return vite.middlewares;
}
