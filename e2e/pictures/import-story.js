// `node e2e/pictures/import-story.js <template.json> <story.json>`: imports the pictures
// fixture as `npm run import -- <file> --out <dir> --fetch-media --allow-private` does,
// its pictures served by a loopback server started here (the fixture story's drawings,
// invented: stories/fixtures/media/README.md). The template's `{{origin}}` becomes the
// server's address. YouTube's thumbnail address is answered by the same server, so the
// card's picture comes home and the test reaches no one else.
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { loadTs } from '../../tools/load-ts.js';

const [template, storyPath] = process.argv.slice(2);
if (!template || !storyPath) {
	console.error('usage: node e2e/pictures/import-story.js <template.json> <story.json>');
	process.exit(1);
}
const MEDIA = new URL('../../stories/fixtures/media/', import.meta.url);

const server = createServer((req, res) => {
	const name = /^\/pictures\/([\w-]+\.jpg)(\?.*)?$/.exec(req.url ?? '')?.[1];
	if (name)
		res.writeHead(200, { 'content-type': 'image/jpeg' }).end(readFileSync(new URL(name, MEDIA)));
	else if (req.url === '/page.jpg')
		res.writeHead(200, { 'content-type': 'image/jpeg' }).end('<!doctype html><p>A page named .jpg');
	else res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

try {
	const folder = dirname(storyPath);
	// A fresh story each run: nothing left from an earlier one.
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	const text = readFileSync(template, 'utf8').replaceAll('{{origin}}', origin);
	/** @type {typeof import('../../tools/import/index.ts')} */
	const importer = await loadTs('/tools/import/index.ts');
	/** @type {typeof import('../../tools/import/bring-home.ts')} */
	const home = await loadTs('/tools/import/bring-home.ts');
	/** @type {typeof import('../../tools/import/fetcher.ts')} */
	const { fetchFile } = await loadTs('/tools/import/fetcher.ts');
	const result = importer.importStory({
		fileName: 'pictures.json',
		text,
		readLocalFile: () => null
	});
	if ('problems' in result) throw new Error(result.problems.join('\n'));
	await home.bringMediaHome(result.remoteMedia, result.report, {
		storyDir: folder,
		cacheDir: join(folder, 'cache'),
		fileName: 'pictures.json',
		fetch: { ...home.DEFAULT_FETCH_OPTIONS, allowPrivate: true },
		fetchFile: (url, accept, options) =>
			fetchFile(
				url.startsWith('https://img.youtube.com/') ? `${origin}/pictures/briefing.jpg` : url,
				accept,
				options
			)
	});
	writeFileSync(storyPath, JSON.stringify(result.story, null, '\t') + '\n');
	console.log(importer.formatReport(result.report));
} finally {
	server.close();
}
