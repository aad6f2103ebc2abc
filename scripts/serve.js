// Serves a built story (build/, or the directory named) on loopback with gzip, as a static
// host would: `node scripts/serve.js [port] [dir]`. Used by the benchmark and by the fixture
// story's browser tests (build-fixture/); handy for checking a build.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const BUILD = new URL('../build/', import.meta.url).pathname;
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	// The story's media (tools/media/).
	'.avif': 'image/avif',
	'.webp': 'image/webp',
	'.jpg': 'image/jpeg',
	'.mp4': 'video/mp4',
	'.webm': 'video/webm',
	'.mp3': 'audio/mpeg',
	'.m4a': 'audio/mp4',
	'.vtt': 'text/vtt; charset=utf-8'
};
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.webmanifest',
	'.svg',
	'.vtt'
]);

/** Starts the server for `dir`; resolves with its address and a close() function. */
export function serve(port = 4300, dir = BUILD) {
	const ROOT = resolve(dir) + sep;
	const server = createServer((request, response) => {
		let path;
		try {
			path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		} catch {
			// A malformed request (`//`, a stray `%`) gets an answer, not a crashed server.
			return void response.writeHead(400).end('Bad request');
		}
		let file = normalize(join(ROOT, path));
		if (!file.startsWith(ROOT)) return void response.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return void response.writeHead(404).end('Not found');
		const ext = extname(file);
		const headers = {
			'content-type': TYPES[/** @type {keyof TYPES} */ (ext)] ?? 'application/octet-stream',
			// Hashed build files never change; everything else is revalidated.
			'cache-control': path.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		const gzip =
			COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
		if (gzip) {
			response.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
			createReadStream(file)
				.pipe(createGzip({ level: 9 }))
				.pipe(response);
		} else {
			response.writeHead(200, { ...headers, 'content-length': statSync(file).size });
			createReadStream(file).pipe(response);
		}
	});
	return new Promise((resolve) =>
		server.listen(port, '127.0.0.1', () =>
			resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() })
		)
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[3] ?? BUILD;
	if (!existsSync(join(dir, 'index.html'))) {
		console.error(`${dir} holds no built story: build it first`);
		process.exit(1);
	}
	const { url } = await serve(Number(process.argv[2] ?? 4300), dir);
	console.log(`Serving ${dir} with gzip at ${url}`);
}
