// A loopback web server for the fetch tests: it serves the fixture story's pictures (drawn
// by a script, invented for the tests: stories/fixtures/media/README.md) and every way a
// fetch can go wrong, and counts the requests each path gets.
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const MEDIA = fileURLToPath(new URL('../../stories/fixtures/media/', import.meta.url));
export const PICTURES = {
	'mountain-road.jpg': readFileSync(`${MEDIA}mountain-road.jpg`),
	'hillside-stairs.jpg': readFileSync(`${MEDIA}hillside-stairs.jpg`),
	'poster-card.png': readFileSync(`${MEDIA}poster-card.png`),
	'briefing.jpg': readFileSync(`${MEDIA}briefing.jpg`)
};
export const TONE = readFileSync(`${MEDIA}tone.mp3`);

export type Media = { url: string; caption?: string; credit?: string };

/** A TimelineJS file (invented events), one a day, each with one of these media. */
export function timeline(media: Media[]): string {
	return JSON.stringify({
		title: { text: { headline: 'Pictures coming home', text: 'Invented for the tests.' } },
		events: media.map((m, i) => ({
			start_date: { year: '1990', month: '3', day: String(i + 1) },
			text: { headline: `Day ${i + 1}`, text: `Invented event ${i + 1}.` },
			media: m
		}))
	});
}

export interface PictureServer {
	origin: string;
	port: number;
	/** Requests by path (with its query), in the order they came. */
	requests: string[];
	/** How many requests a path got. */
	count: (path: string) => number;
	/** Resolves when a path has been asked for (for the slow responses). */
	asked: (path: string) => Promise<void>;
	close: () => Promise<void>;
}

/**
 * Paths: `/pictures/<name>` the fixture's pictures, `/tone.mp3`, `/page.jpg` (an HTML
 * page), `/missing.jpg` (404), `/slow.jpg` (a picture's first bytes, then nothing),
 * `/big.jpg` (a picture's start, then `size` bytes more, no length given), `/redirect/<n>`
 * (n redirects, then a picture), `/to/<url-encoded address>` (a redirect there),
 * `/oembed.json` (an oEmbed answer, as Vimeo's), `/svg.jpg` (an SVG),
 * `/bomb.png` (a PNG that says it is 30000 × 30000), `/cookie` (sets one, then redirects).
 */
export async function startPictureServer(options: { big?: number } = {}): Promise<PictureServer> {
	const requests: string[] = [];
	const waiting = new Map<string, (() => void)[]>();
	const open = new Set<ServerResponse>();
	let origin = '';
	const server: Server = createServer((req, res) => {
		const path = req.url ?? '/';
		requests.push(path);
		for (const wake of waiting.get(path) ?? []) wake();
		waiting.delete(path);
		if (req.headers.cookie || req.headers.authorization) {
			res.writeHead(400).end('credentials sent');
			return;
		}
		const send = (type: string, body: Uint8Array | string) =>
			res
				.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body) })
				.end(body);
		// A picture's address may carry a query: the same bytes at another address.
		const picture = /^\/pictures\/([\w.-]+)(\?.*)?$/.exec(path)?.[1] as keyof typeof PICTURES;
		const redirects = /^\/redirect\/(\d+)$/.exec(path)?.[1];
		const target = /^\/to\/(.+)$/.exec(path)?.[1];
		if (picture && PICTURES[picture]) send('image/jpeg', PICTURES[picture]);
		else if (path === '/tone.mp3') send('audio/mpeg', TONE);
		else if (path === '/page.jpg')
			send('image/jpeg', '<!doctype html><title>Not a picture</title><p>A page named .jpg');
		else if (path === '/svg.jpg')
			send('image/jpeg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
		else if (path === '/slow.jpg') {
			open.add(res);
			res.writeHead(200, { 'content-type': 'image/jpeg' });
			res.write(PICTURES['briefing.jpg'].subarray(0, 100));
		} else if (path === '/big.jpg') {
			res.writeHead(200, { 'content-type': 'image/jpeg' });
			res.write(PICTURES['briefing.jpg'].subarray(0, 1000));
			const chunk = Buffer.alloc(64 * 1024);
			let left = options.big ?? 1e6;
			const more = () => {
				while (left > 0) {
					left -= chunk.length;
					if (!res.write(chunk)) return void res.once('drain', more);
				}
				res.end();
			};
			res.on('error', () => {});
			more();
		} else if (redirects !== undefined) {
			const n = Number(redirects);
			res
				.writeHead(302, {
					location: n > 1 ? `/redirect/${n - 1}` : `${origin}/pictures/hillside-stairs.jpg`
				})
				.end();
		} else if (target) res.writeHead(301, { location: decodeURIComponent(target) }).end();
		else if (path === '/cookie')
			res.writeHead(302, { 'set-cookie': 'session=1', location: '/pictures/briefing.jpg' }).end();
		else if (path === '/bomb.png') send('image/png', bombPng());
		else if (path === '/oembed.json')
			send(
				'application/json',
				JSON.stringify({ type: 'video', thumbnail_url: 'https://i.vimeocdn.com/video/1-d_640' })
			);
		else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as AddressInfo).port;
	origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		port,
		requests,
		count: (path) => requests.filter((r) => r === path).length,
		asked: (path) =>
			requests.includes(path)
				? Promise.resolve()
				: new Promise((resolve) => waiting.set(path, [...(waiting.get(path) ?? []), resolve])),
		close: () =>
			new Promise((resolve) => {
				for (const res of open) res.destroy();
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/** A PNG's header saying 30000 × 30000 pixels, and no picture: what a decompression bomb claims. */
function bombPng(): Buffer {
	const crcTable = Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		return c >>> 0;
	});
	const crc = (bytes: Buffer) => {
		let c = 0xffffffff;
		for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
		return (c ^ 0xffffffff) >>> 0;
	};
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const out = Buffer.alloc(body.length + 8);
		out.writeUInt32BE(data.length, 0);
		body.copy(out, 4);
		out.writeUInt32BE(crc(body), body.length + 4);
		return out;
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(30000, 0);
	header.writeUInt32BE(30000, 4);
	header.set([8, 2, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
		chunk('IEND', Buffer.alloc(0))
	]);
}
