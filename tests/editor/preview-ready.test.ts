// The preview's "ready" check: a server that answers with an error is said to be in trouble
// (not "starting" for ever), and the page is shown once it answers with the page.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { troubleOf, waitForPage } from '../../editor/server/preview.ts';

let server: Server | undefined;
afterEach(
	() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
);

/** A server whose answers are `statuses`, one per request, the last repeated. */
async function answering(statuses: number[]): Promise<string> {
	let asked = 0;
	server = createServer((_, res) => {
		const status = statuses[Math.min(asked++, statuses.length - 1)]!;
		res.writeHead(status, { 'content-type': 'text/html' });
		res.end(
			status === 200
				? '<p>The page</p>'
				: '<html><head><style>p{}</style></head><body><h1>Internal Error</h1><p>Cannot read properties of undefined</p></body></html>'
		);
	});
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
}

describe('troubleOf', () => {
	it('says the status and the start of the answer, without its markup or styles', () => {
		expect(troubleOf(500, '<style>a{}</style><h1>Internal Error</h1>\n<p>x  y</p>')).toBe(
			'it answers with an error (500): Internal Error x y'
		);
		expect(troubleOf(502, '')).toBe('it answers with an error (502)');
		expect(troubleOf(500, 'a'.repeat(400))).toHaveLength(
			'it answers with an error (500): '.length + 160
		);
	});
});

describe('waitForPage', () => {
	it('tells the trouble of a server that answers 500, once, and resolves when it answers 200', async () => {
		const url = await answering([500, 500, 500, 200]);
		const told: string[] = [];
		await waitForPage(
			url,
			() => false,
			(message) => told.push(message),
			5
		);
		expect(told).toEqual([
			'it answers with an error (500): Internal Error Cannot read properties of undefined'
		]);
	});

	it('stops asking a server that always answers 500 once it is stopped, having said so', async () => {
		const url = await answering([500]);
		let stopped = false;
		const told: string[] = [];
		await waitForPage(
			url,
			() => stopped,
			(message) => {
				told.push(message);
				stopped = true;
			},
			5
		);
		expect(told).toHaveLength(1);
		expect(told[0]).toMatch(/^it answers with an error \(500\)/);
	});
});
