// The host pages for the embedding tests (e2e/embed/hosts/), served on an origin of their
// own: http://localhost:PORT/, while the story is served at http://127.0.0.1:OTHER/, so the
// story is framed cross-site as on a newspaper's page.
//   node e2e/embed/host-server.js [port]     (then open http://localhost:PORT/pym.html?story=…)
// Serves the pages, pym.js from the npm package (/vendor/pym.v1.min.js, as a CMS would load
// it) and oembed.html with the story's oembed.json fetched and written in (as WordPress does,
// from the server). It fetches only from loopback: it is a test server, never a proxy.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';

const HOSTS = new URL('./hosts/', import.meta.url);
const PYM = new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url);
const PAGES = ['pym.html', 'plain.html', 'loader.html', 'oembed.html', 'article.css'];
/** @type {Record<string, string>} */
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * A story address the server may fetch from: http on loopback.
 * @param {string | null} value
 */
function loopbackStory(value) {
	try {
		const url = new URL(value ?? '');
		const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
		return url.protocol === 'http:' && loopback ? url : null;
	} catch {
		return null;
	}
}

/**
 * oembed.html with the story's embed code in it: the `html` of its oembed.json, every
 * address of the published story (`meta.url`'s, in the file) pointed at the local build.
 * @param {URL} story
 */
async function oembedPage(story) {
	const response = await fetch(new URL('oembed.json', story));
	if (!response.ok) throw new Error(`${story}oembed.json: ${response.status}`);
	const { html } = await response.json();
	const published = /data-story-embed="([^"]+)"/.exec(html)?.[1];
	if (!published) throw new Error(`${story}oembed.json: no data-story-embed in its html`);
	const page = readFileSync(new URL('oembed.html', HOSTS), 'utf8');
	return page.replace('%OEMBED%', () => html.replaceAll(published, story.href));
}

/** Starts the host server on loopback (port 0: a free one); resolves with its address and a close() function. */
export function serveHosts(port = 5010) {
	const server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const name = url.pathname.slice(1);
		try {
			if (name === 'vendor/pym.v1.min.js') {
				response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
				return void response.end(readFileSync(PYM));
			}
			// No icon, and no error in a test's console for the one the browser asks for.
			if (name === 'favicon.ico') return void response.writeHead(204).end();
			if (!PAGES.includes(name)) return void response.writeHead(404).end('Not found');
			if (name === 'oembed.html') {
				const story = loopbackStory(url.searchParams.get('story'));
				if (!story)
					return void response.writeHead(400).end('story= wants an http://127.0.0.1 address');
				response.writeHead(200, { 'content-type': TYPES['.html'] });
				return void response.end(await oembedPage(story));
			}
			response.writeHead(200, { 'content-type': TYPES[extname(name)] });
			response.end(readFileSync(new URL(name, HOSTS)));
		} catch (error) {
			response.writeHead(502).end(String(error));
		}
	});
	// Port 0: any free port (each browser test's worker starts its own server).
	return new Promise((resolve) =>
		server.listen(port, '127.0.0.1', () => {
			const { port: bound } = /** @type {import('node:net').AddressInfo} */ (server.address());
			resolve({ url: `http://localhost:${bound}/`, close: () => server.close() });
		})
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { url } = await serveHosts(Number(process.argv[2] ?? 5010));
	console.log(`Host pages at ${url} (pym.html, plain.html, loader.html, oembed.html ?story=…)`);
}
