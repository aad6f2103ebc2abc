// `npm run edit -- [story.json]`: the desk's editor for a story file, on loopback only
// (PORT, default 5174), with the reader's page beside it as a preview (PREVIEW_PORT, default
// the next free port after PORT; `--no-preview` leaves it out). Offline: nothing here
// reaches beyond this machine.
import { unwatchFile, watchFile, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { BUILT_IN_STORY, storyLabel } from '../../tools/story/files.js';
import { devClient, ensureClient } from './client.ts';
import { handle, staticClient, type Context } from './http.ts';
import { freePort, startPreview, type Preview } from './preview.ts';
import { previewPath, Session } from './session.ts';

export async function main(args: string[], env = process.env): Promise<void> {
	const withPreview = !args.includes('--no-preview');
	const file = resolve(args.find((arg) => !arg.startsWith('--')) ?? BUILT_IN_STORY);
	const port = Number(env.PORT ?? 5174);
	const log = (line: string) => console.log(line);

	let preview: Preview | undefined;
	if (withPreview) {
		const previewPort = Number(env.PREVIEW_PORT ?? (await freePort(port + 1)));
		preview = startPreview(previewPath(file), previewPort);
	}
	const session = new Session(file, preview?.url ?? null);
	// The first open writes the preview's copy of the story, which the preview's server reads.
	await session.open();

	const server = createServer();
	const listeners = new Set<import('node:http').ServerResponse>();
	const tell = (event: Record<string, unknown>) => {
		for (const listener of listeners) listener.write(`data: ${JSON.stringify(event)}\n\n`);
	};
	let client: Context['client'];
	if (env.EDITOR_DEV) {
		const middlewares = await devClient(server);
		client = (req, res) => middlewares(req, res);
	} else client = staticClient(await ensureClient(log));
	const context: Context = { session, port, client, listeners };
	server.on('request', (req, res) => void handle(req, res, context));

	// A change on disk underneath (git, another editor): the page is told, and asks.
	const watched = [session.story, ...session.editions.values()].map((tracked) => tracked.path);
	let told = '';
	const check = () => {
		const changed = session.changedUnderneath();
		const key = changed.join(',');
		if (key && key !== told) tell({ kind: 'changed-on-disk', files: changed });
		told = key;
	};
	for (const path of watched) watchFile(path, { interval: 500 }, check);

	preview?.ready.then(
		() => tell({ kind: 'preview-ready' }),
		(error: Error) => {
			console.error(error.message);
			tell({ kind: 'preview-failed', message: error.message.split('\n')[0] });
		}
	);

	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => done());
	});
	log(`Editing ${storyLabel(file)} at http://127.0.0.1:${port}/ (Ctrl+C stops)`);
	if (preview) log(`The reader's page (the preview) starts at ${preview.url}`);

	const stop = () => {
		for (const path of watched) unwatchFile(path);
		preview?.stop();
		rmSync(previewPath(file), { force: true });
		for (const listener of listeners) listener.end();
		server.close();
		server.closeAllConnections();
		process.exit(0);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}
