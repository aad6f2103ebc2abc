// One file fetched at import time, against a loopback server of our own: what comes home,
// and every way the rules keep a fetch out (addresses, redirects, sizes, time, bytes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptMedia } from '../../tools/import/bring-home';
import {
	DEFAULT_FETCH_OPTIONS,
	fetchFile,
	type FetchOptions,
	type Resolver
} from '../../tools/import/fetcher';
import { PICTURES, startPictureServer, type PictureServer } from './picture-server';

let server: PictureServer;
beforeAll(async () => {
	server = await startPictureServer({ big: 2e6 });
});
afterAll(() => server.close());

const accept = acceptMedia('media');
/** Loopback allowed: the server is ours. */
const open: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, allowPrivate: true };
/** Private addresses refused, but for our server's own (what only tests may do). */
const guarded: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, allowAddresses: ['127.0.0.1'] };
const at = (path: string) => `${server.origin}${path}`;

describe('fetching a file at import time', () => {
	it('brings a picture home, byte for byte, sending no cookie back', async () => {
		const outcome = await fetchFile(at('/pictures/mountain-road.jpg'), accept, open);
		expect(outcome).toMatchObject({ ok: true, redirects: 0 });
		expect(outcome.ok && Buffer.from(outcome.bytes).equals(PICTURES['mountain-road.jpg'])).toBe(
			true
		);
		// Credentials in the address are not sent.
		const before = server.requests.length;
		await fetchFile(at('/pictures/briefing.jpg?access_token=secret&size=2'), accept, open);
		expect(server.requests.slice(before)).toEqual(['/pictures/briefing.jpg?size=2']);
		// The server sets a cookie and redirects: a client that kept it would be answered 400.
		expect(await fetchFile(at('/cookie'), accept, open)).toMatchObject({ ok: true, redirects: 1 });
	});

	it('refuses loopback without --allow-private, before connecting', async () => {
		const before = server.requests.length;
		for (const url of [
			at('/pictures/briefing.jpg'),
			`http://localhost:${server.port}/pictures/briefing.jpg`,
			`http://2130706433:${server.port}/pictures/briefing.jpg`,
			`http://[::ffff:127.0.0.1]:${server.port}/pictures/briefing.jpg`
		]) {
			const outcome = await fetchFile(url, accept, DEFAULT_FETCH_OPTIONS);
			expect(outcome).toMatchObject({ ok: false, refused: true });
			expect(!outcome.ok && outcome.why).toMatch(/loopback/);
		}
		expect(server.requests.length).toBe(before);
	});

	it('decides by the bytes: a page named .jpg and an SVG are refused', async () => {
		expect(await fetchFile(at('/page.jpg'), accept, open)).toEqual({
			ok: false,
			refused: true,
			why: 'its bytes are an HTML page (or other markup)'
		});
		expect(await fetchFile(at('/svg.jpg'), accept, open)).toEqual({
			ok: false,
			refused: true,
			why: 'its bytes are an SVG file, which can carry scripts'
		});
	});

	it('says what the server answered', async () => {
		expect(await fetchFile(at('/missing.jpg'), accept, open)).toEqual({
			ok: false,
			refused: false,
			why: 'the server answered 404'
		});
	});

	it('gives up on a file slower than the time allowed', async () => {
		const outcome = await fetchFile(at('/slow.jpg'), accept, { ...open, timeoutMs: 300 });
		expect(outcome).toEqual({ ok: false, refused: false, why: 'it took longer than 0.3 s' });
	});

	it('stops a file past the size allowed, whether it says its size or not', async () => {
		// Sent in chunks with no length: stopped as the bytes pass the cap.
		expect(await fetchFile(at('/big.jpg'), accept, { ...open, maxBytes: 200_000 })).toEqual({
			ok: false,
			refused: true,
			why: 'it is more than the 200000 bytes allowed'
		});
		// A length over the cap: refused before a byte is read.
		const declared = PICTURES['mountain-road.jpg'].length;
		expect(
			await fetchFile(at('/pictures/mountain-road.jpg'), accept, { ...open, maxBytes: 10_000 })
		).toEqual({
			ok: false,
			refused: true,
			why: `it is ${declared} bytes, more than the 10000 allowed`
		});
	});

	it('follows three redirects, not four', async () => {
		expect(await fetchFile(at('/redirect/3'), accept, open)).toMatchObject({
			ok: true,
			redirects: 3,
			url: at('/pictures/hillside-stairs.jpg')
		});
		const before = server.count('/pictures/hillside-stairs.jpg');
		expect(await fetchFile(at('/redirect/4'), accept, open)).toEqual({
			ok: false,
			refused: true,
			why: 'more than 3 redirects'
		});
		expect(server.count('/pictures/hillside-stairs.jpg')).toBe(before);
	});

	it('checks every redirect again: none may lead inside the network', async () => {
		const to = (target: string) => at(`/to/${encodeURIComponent(target)}`);
		const cases: [string, RegExp][] = [
			['http://169.254.169.254/latest/meta-data/', /a cloud metadata address/],
			[`http://127.0.0.2:${server.port}/pictures/briefing.jpg`, /a loopback address/],
			[`http://localhost:${server.port}/pictures/briefing.jpg`, /a loopback name/],
			[`http://[::ffff:a00:1]/x.jpg`, /a private address \(10\.0\.0\.1/],
			['http://metadata.google.internal/computeMetadata/v1/', /a cloud metadata name/],
			['file:///etc/passwd', /file: is not http or https/],
			[`http://user:secret@example.org/x.jpg`, /carries a password/]
		];
		for (const [target, why] of cases) {
			const outcome = await fetchFile(to(target), accept, guarded);
			expect(outcome).toMatchObject({ ok: false, refused: true });
			expect(!outcome.ok && outcome.why).toMatch(why);
		}
		// The same redirect to our own server's address is followed: only the target was refused.
		expect(await fetchFile(to(at('/pictures/briefing.jpg')), accept, guarded)).toMatchObject({
			ok: true,
			redirects: 1
		});
	});

	it('checks every address a name resolves to, and connects to the one it checked', async () => {
		let calls = 0;
		// A name that answers our server first, then an address inside the network (DNS rebinding).
		const rebinding: Resolver = async () =>
			calls++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.9.9.9', family: 4 }];
		const named = (path: string) => `http://pictures.test:${server.port}${path}`;
		const before = server.count('/pictures/briefing.jpg');
		expect(
			await fetchFile(named('/pictures/briefing.jpg'), accept, { ...guarded, resolve: rebinding })
		).toMatchObject({ ok: true });
		// Resolved once, and the connection went where the check said: no second lookup.
		expect(calls).toBe(1);
		expect(server.count('/pictures/briefing.jpg')).toBe(before + 1);
		// A redirect to the same name resolves it again, and this time it is refused.
		calls = 0;
		const redirected = await fetchFile(
			named(`/to/${encodeURIComponent(named('/pictures/briefing.jpg'))}`),
			accept,
			{ ...guarded, resolve: rebinding }
		);
		expect(redirected).toEqual({
			ok: false,
			refused: true,
			why: 'pictures.test is 10.9.9.9, a private address'
		});
		// One public answer and one private: refused.
		const mixed: Resolver = async () => [
			{ address: '127.0.0.1', family: 4 },
			{ address: 'fd00::1', family: 6 }
		];
		expect(
			await fetchFile(named('/pictures/briefing.jpg'), accept, { ...guarded, resolve: mixed })
		).toMatchObject({
			ok: false,
			why: 'pictures.test is fd00::1, a private (unique local) address'
		});
	});

	it('fails, with a reason, on a name that does not resolve', async () => {
		const nowhere: Resolver = async () => {
			throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
		};
		expect(
			await fetchFile('https://img.example.invalid/x.jpg', accept, { ...open, resolve: nowhere })
		).toEqual({
			ok: false,
			refused: false,
			why: 'img.example.invalid cannot be resolved (ENOTFOUND)'
		});
	});
});
