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

export interface Preview {
	url: string;
	/** Resolves once the page answers; rejects when the server stopped first. */
	ready: Promise<void>;
	stop(): void;
}

/** Starts the dev server on `port`, telling `storyFile`. */
export function startPreview(storyFile: string, port: number): Preview {
	const url = `http://127.0.0.1:${port}/`;
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
			'warn'
		],
		{ cwd: root, env: { ...process.env, STORY: storyFile }, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let output = '';
	const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const ready = new Promise<void>((resolve, reject) => {
		let stopped = false;
		child.once('exit', (code) => {
			stopped = true;
			reject(new Error(`The preview's server stopped (${code}):\n${output}`));
		});
		const poll = async () => {
			if (stopped) return;
			try {
				const answer = await fetch(url, { signal: AbortSignal.timeout(60_000) });
				if (answer.ok) return resolve();
			} catch {
				// Not listening yet.
			}
			setTimeout(poll, 300);
		};
		void poll();
	});
	return {
		url,
		ready,
		stop() {
			if (child.exitCode === null) child.kill('SIGTERM');
		}
	};
}
