// `npm run edit -- [story.json]`: the desk's editor for a story file, on loopback only
// (PORT, default 5174), with the reader's page beside it as a preview (PREVIEW_PORT, default
// the next free port after PORT; `--no-preview` leaves it out). Offline: nothing here
// reaches beyond this machine.
import { mkdirSync, rmSync, unwatchFile, watchFile } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { BUILT_IN_STORY, storyLabel } from '../../tools/story/files.js';
import { devClient, ensureClient } from './client.ts';
import { handle, staticClient, type Context } from './http.ts';
import { editionPreviews, freePort, startPreview, type Preview } from './preview.ts';
import { editionPreviewPaths, previewPath, Session } from './session.ts';

export async function main(args: string[], env = process.env): Promise<void> {
	const withPreview = !args.includes('--no-preview');
	const file = resolve(args.find((arg) => !arg.startsWith('--')) ?? BUILT_IN_STORY);
	// A new story's folder (its media and editions go beside it).
	mkdirSync(dirname(file), { recursive: true });
	const port = Number(env.PORT ?? 5174);
	const log = (line: string) => console.log(line);

	const previewPort = withPreview
		? Number(env.PREVIEW_PORT ?? (await freePort(port + 1)))
		: undefined;
	let preview: Preview | undefined;
	/** What the preview's server has said: told to each page that starts listening. */
	let previewNews: Record<string, unknown> | undefined;
	// The preview's server starts once there is a good version to show (a new story has none).
	const startOnce = () => {
		if (preview || previewPort === undefined) return;
		preview = startPreview(previewPath(file), previewPort, undefined, (message) =>
			tell((previewNews = { kind: 'preview-trouble', message }))
		);
		preview.ready.then(
			() => tell((previewNews = { kind: 'preview-ready' })),
			(error: Error) => {
				console.error(error.message);
				tell((previewNews = { kind: 'preview-failed', message: error.message.split('\n')[0] }));
			}
		);
	};
	const listeners = new Set<import('node:http').ServerResponse>();
	const tell = (event: object) => {
		for (const listener of listeners) listener.write(`data: ${JSON.stringify(event)}\n\n`);
	};
	// An edition's page (the Translations view): its own server, on EDITION_PREVIEW_PORT (else
	// the next free port after the preview's), started when first asked for.
	const editions = editionPreviews(
		(code) => editionPreviewPaths(file, code).story,
		async () => Number(env.EDITION_PREVIEW_PORT ?? (await freePort(previewPort! + 1))),
		tell
	);
	const session = new Session(
		file,
		previewPort === undefined ? null : `http://127.0.0.1:${previewPort}/`,
		startOnce,
		(code) => editions.copied(code)
	);
	// The first open writes the preview's copy of a good story, and so starts its server.
	await session.open();

	const server = createServer();
	let client: Context['client'];
	if (env.EDITOR_DEV === '1') {
		const middlewares = await devClient(server);
		client = (req, res) => middlewares(req, res);
	} else client = staticClient(await ensureClient(log));
	const context: Context = {
		session,
		port,
		client,
		listeners,
		current: () => [previewNews, editions.news].filter((news) => news !== undefined),
		showEdition: (code) => editions.show(code, session.previewEdition(code))
	};
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

	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => done());
	});
	log(`Editing ${storyLabel(file)} at http://127.0.0.1:${port}/ (Ctrl+C stops)`);
	if (session.previewUrl) log(`The reader's page (the preview) is served at ${session.previewUrl}`);

	const stop = () => {
		for (const path of watched) unwatchFile(path);
		void preview?.stop();
		void editions.stop();
		for (const copy of session.previewFiles()) rmSync(copy, { force: true });
		for (const listener of listeners) listener.end();
		server.close();
		server.closeAllConnections();
		process.exit(0);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}
