// `npm run import -- … --fetch-media`: the command's flags, end to end, against a loopback
// server of our own: without and with --allow-private, and a second time from the cache.
// The command runs as a child process, asynchronously, so the server here can answer it.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PICTURES, startPictureServer, timeline, type PictureServer } from './picture-server';

const SCRIPT = fileURLToPath(new URL('../../scripts/import.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'fetch-cli-'));
let server: PictureServer;
beforeAll(async () => {
	server = await startPictureServer();
	writeFileSync(
		join(scratch, 'pictures.json'),
		timeline([
			{ url: `${server.origin}/pictures/mountain-road.jpg`, credit: 'Invented' },
			{ url: `${server.origin}/page.jpg` },
			{ url: `${server.origin}/pictures/briefing.jpg`, caption: 'A drawn road' }
		])
	);
});
afterAll(async () => {
	await server.close();
	rmSync(scratch, { recursive: true, force: true });
});

function run(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
	return new Promise((resolve) =>
		execFile(
			process.execPath,
			[SCRIPT, 'pictures.json', ...args],
			{ cwd: scratch },
			(error, stdout, stderr) =>
				resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr })
		)
	);
}

const storyIn = (dir: string) => JSON.parse(readFileSync(join(scratch, dir, 'story.json'), 'utf8'));
const FLAGS = [
	'--fetch-media',
	'--max-media-size',
	'500KB',
	'--media-timeout',
	'5',
	'--media-cache',
	'cache'
];

describe('npm run import --fetch-media', { timeout: 60_000 }, () => {
	it('fetches nothing without the flag, and says how many it could', async () => {
		const { status, stdout } = await run('--out', 'plain');
		expect(status).toBe(0);
		expect(stdout).toContain(
			'\n\nFetched media\n- Nothing fetched: 3 remote media items could be brought home with --fetch-media'
		);
		expect(server.requests).toEqual([]);
	});

	it('refuses loopback without --allow-private, then brings the pictures home with it, twice', async () => {
		const refused = await run('--out', 'refused', ...FLAGS);
		expect(refused.status).toBe(0);
		expect(refused.stdout).toContain('\n\nFetched media\n- 0 fetched into media/');
		expect(refused.stdout).toContain(
			'refused: 127.0.0.1 is a loopback address (it stays a link card)'
		);
		expect(server.requests).toEqual([]);

		const first = await run('--out', 'first', ...FLAGS, '--allow-private');
		expect(first.stderr).toBe('');
		expect(first.stdout).toMatch(/\n- 2 fetched into media\/ \(2 files, .* 1 refused, 0 failed/);
		expect(first.stdout).toContain(
			`${server.origin}/page.jpg: refused: its bytes are an HTML page`
		);
		const [road, page, drawn] = storyIn('first').events.map(
			(e: { media: unknown[] }) => e.media[0]
		);
		expect(road).toMatchObject({
			credit: 'Invented',
			fetchedFrom: `${server.origin}/pictures/mountain-road.jpg`
		});
		expect(readFileSync(join(scratch, 'first', road.src))).toEqual(PICTURES['mountain-road.jpg']);
		expect(page.src).toBe(`https://127.0.0.1:${server.port}/page.jpg`);
		expect(drawn).toMatchObject({ alt: 'A drawn road', credit: '127.0.0.1' });
		expect(existsSync(join(scratch, 'cache', 'addresses.json'))).toBe(true);
		expect(server.requests.sort()).toEqual([
			'/page.jpg',
			'/pictures/briefing.jpg',
			'/pictures/mountain-road.jpg'
		]);

		const again = await run('--out', 'again', ...FLAGS, '--allow-private');
		expect(again.stdout).toMatch(/0 MB downloaded now, 2 from the cache in cache\)/);
		// Only the page, refused the first time, is asked for again.
		expect(server.requests.slice(3)).toEqual(['/page.jpg']);
		expect(storyIn('again').events[0].media).toEqual(storyIn('first').events[0].media);
	});

	it('explains a flag it cannot read', async () => {
		const { status, stderr } = await run('--out', 'x', '--fetch-media', '--max-media-size', 'huge');
		expect(status).toBe(1);
		expect(stderr).toBe('--max-media-size huge is not a size like 25MB\n');
	});
});
