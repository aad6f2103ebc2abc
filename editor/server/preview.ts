// The preview: the reader's own page, from the project's own dev server (`vite dev`, the
// same code as `npm run dev`) run as a child on a loopback port, telling the preview's copy
// of the story (session.ts). Each good change rewrites that copy; the story plugin notices
// and has the page take a step's new words in place, or reloads it for anything else
// (tools/story/hot-story.ts). The page opens at the step being edited (`/#<step id>`).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A free loopback port, from `from` upwards. */
export async function freePort(from: number): Promise<number> {
	for (let port = from; port < from + 50; port++) {
		const free = await new Promise<boolean>((resolve) => {
			const probe = createServer()
				.once('error', () => resolve(false))
				.once('listening', () => probe.close(() => resolve(true)))
				.listen(port, '127.0.0.1');
		});
		if (free) return port;
	}
	throw new Error(`No free port from ${from} to ${from + 49} for the preview`);
}

/** What an answer other than the page says, in a line: its status and the start of its words. */
export function troubleOf(status: number, body: string): string {
	const words = body
		.replace(/<(script|style)[^]*?<\/\1>/gi, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const short = words.length > 160 ? `${words.slice(0, 159)}…` : words;
	return `it answers with an error (${status})${short ? `: ${short}` : ''}`;
}

/**
 * Resolves once `url` answers with a page (a 200), asking every 300 ms until `stopped()`;
 * each answer that is an error is told to `onTrouble` (once until it says something else).
 */
export async function waitForPage(
	url: string,
	stopped: () => boolean,
	onTrouble: (message: string) => void,
	every = 300
): Promise<void> {
	let told = '';
	while (!stopped()) {
		try {
			const answer = await fetch(url, { signal: AbortSignal.timeout(60_000) });
			if (answer.ok) return;
			const trouble = troubleOf(answer.status, await answer.text());
			if (trouble !== told) onTrouble((told = trouble));
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, every));
	}
}

export interface Preview {
	url: string;
	/** Resolves once the page answers; rejects when the server stopped first. */
	ready: Promise<void>;
	/** Stops the server; resolves once it has (and its port is free again). */
	stop(): Promise<void>;
}

/**
 * Starts the dev server on `port`, telling `storyFile`, in English or the edition `edition`
 * names. An edition's server keeps its files apart from the project's and the other
 * editions' (`BUILD_DIR`: Kit's working files and the interface's words, compiled for its
 * language; its own Vite cache: editions sharing one rewrote it at each start, and the page
 * came to load two copies of Svelte's internals). A server that answers, but with an error,
 * is told to `onTrouble` (it is still asked, until it answers with the page).
 */
export function startPreview(
	storyFile: string,
	port: number,
	edition?: string,
	onTrouble: (message: string) => void = () => {}
): Preview {
	const url = `http://127.0.0.1:${port}/`;
	const own = edition && {
		config: ['--config', fileURLToPath(new URL('edition-vite.config.ts', import.meta.url))],
		env: {
			EDITION: edition,
			BUILD_DIR: `${root}node_modules/.cache/editor-preview/${edition}/build`
		}
	};
	const child: ChildProcess = spawn(
		process.execPath,
		[
			fileURLToPath(new URL('node_modules/vite/bin/vite.js', `file://${root}/`)),
			'dev',
			'--port',
			String(port),
			'--strictPort',
			'--host',
			'127.0.0.1',
			'--logLevel',
			'warn',
			...(own ? own.config : [])
		],
		{
			cwd: root,
			env: { ...process.env, STORY: storyFile, ...(own ? own.env : {}) },
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	let output = '';
	const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	let stopped = false;
	const ready = new Promise<void>((resolve, reject) => {
		child.once('exit', (code) => {
			stopped = true;
			reject(new Error(`The preview's server stopped (${code}):\n${output}`));
		});
		waitForPage(url, () => stopped, onTrouble).then(resolve, reject);
	});
	return {
		url,
		ready,
		stop() {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			return exited;
		}
	};
}

/** What the page is told of an edition's preview. */
export type EditionNews = {
	kind: 'edition-preview';
	code: string;
	state: 'waiting' | 'starting' | 'trouble' | 'ready' | 'failed';
	url: string;
	message?: string;
};

/**
 * The edition's page beside its translations: one edition at a time (a dev server is
 * hundreds of MB), its own dev server with `EDITION=<code>` (each edition is a build of its
 * own: the interface's words are compiled for one language), on `port`, started when the
 * translator first asks for that edition and its copies stand; another edition asked for
 * replaces it on the same port.
 */
export function editionPreviews(
	copyOf: (code: string) => string,
	port: () => Promise<number>,
	tell: (news: EditionNews) => void
) {
	let shown: { code: string; preview?: Preview; port?: number } | undefined;
	let news: EditionNews | undefined;
	let queue = Promise.resolve();
	const say = (next: EditionNews) => tell((news = next));
	const start = async (code: string) => {
		const at = (shown!.port ??= await port());
		const url = `http://127.0.0.1:${at}/`;
		say({ kind: 'edition-preview', code, state: 'starting', url });
		const preview: Preview = (shown!.preview = startPreview(copyOf(code), at, code, (message) => {
			if (shown?.preview === preview)
				say({ kind: 'edition-preview', code, state: 'trouble', url, message });
		}));
		preview.ready.then(
			() =>
				shown?.preview === preview && say({ kind: 'edition-preview', code, state: 'ready', url }),
			(error: Error) => {
				if (shown?.preview !== preview) return;
				console.error(error.message);
				say({
					kind: 'edition-preview',
					code,
					state: 'failed',
					url,
					message: error.message.split('\n')[0]
				});
			}
		);
	};
	return {
		get news() {
			return news;
		},
		/** The translator looks at `code`: `copied` when its copies stand (else it waits for them). */
		show(code: string, copied: boolean) {
			queue = queue.then(async () => {
				if (shown?.code !== code) {
					const port = shown?.port;
					await shown?.preview?.stop();
					shown = { code, port };
				}
				if (shown.preview) return news && tell(news);
				if (copied) await start(code);
				else say({ kind: 'edition-preview', code, state: 'waiting', url: '' });
			});
			return queue;
		},
		/** The edition's copies were written: its server starts, if it is the one shown. */
		copied(code: string) {
			if (shown?.code === code && !shown.preview) void this.show(code, true);
		},
		stop: () => shown?.preview?.stop()
	};
}
