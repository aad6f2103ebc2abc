// What a build weighs: the page, its start-up scripts, MapLibre, the basemap, the later
// events, the static maps, the offline copy (the service worker's list) and the embed loader.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const gzipKB = (/** @type {string} */ file) =>
	gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** @param {string} build the build directory, ending in / */
export function buildSizes(build) {
	const html = readFileSync(`${build}index.html`, 'utf8');
	// Every script the page names in its HTML: what it loads to start, once its text has
	// painted (Lighthouse counts the scripts fetched before that paint).
	const startScripts = [...new Set(html.match(/_app\/immutable\/[^"')\s]+\.js/g) ?? [])];
	const chunks = readdirSync(`${build}_app/immutable/chunks`).map(
		(f) => `${build}_app/immutable/chunks/${f}`
	);
	const maplibreChunk = chunks.find((f) => readFileSync(f, 'utf8').includes('maplibregl'));
	const assets = readdirSync(`${build}_app/immutable/assets`);
	const maplibreWorker = assets.find((f) => f.startsWith('maplibre-gl-worker'));
	const basemap = assets.find((f) => f.startsWith('basemap'));
	// A long story's later events: the modules that begin with their JSON (after the
	// compile hint every chunk but MapLibre's starts with: vite.config.ts).
	const later = chunks.filter((f) =>
		readFileSync(f, 'utf8')
			.replace(/^\/\/# allFunctionsCalledOnLoad\n/, '')
			.startsWith('var e=JSON.parse(`[{"id"')
	);
	// The offline copy: every path the service worker stores.
	const worker = readFileSync(`${build}service-worker.js`, 'utf8');
	// Its lists are minified as template literals after the base: e+`/_app/…`.
	const stored = [...new Set(worker.match(/[`"]\/[^`"]*[`"]/g) ?? [])]
		// A long list (the media's) may be minified into one string, joined by commas.
		.flatMap((p) => p.slice(2, -1).split(',/'))
		// Month pages and share cards are left out at install (service-worker.ts).
		.filter((p) => !/^\d{4}-\d{2}$/.test(p) && !/(^|\/)share(\.[a-z]{2})?\.png$/.test(p));
	const fileOf = (/** @type {string} */ p) => {
		const file = `${build}${p}`;
		try {
			return statSync(file).isDirectory() ? `${file}/index.html` : file;
		} catch {
			return `${file}.html`;
		}
	};
	const offlineKB = stored.reduce(
		(sum, p) => {
			try {
				return sum + statSync(fileOf(p)).size / 1024;
			} catch {
				return sum;
			}
		},
		statSync(`${build}index.html`).size / 1024
	);
	return {
		htmlKB: gzipKB(`${build}index.html`),
		startJsKB: startScripts.reduce((sum, file) => sum + gzipKB(`${build}${file}`), 0),
		maplibreAtStart: startScripts.some((f) => maplibreChunk?.endsWith(f)),
		maplibreKB:
			(maplibreChunk ? gzipKB(maplibreChunk) : 0) +
			(maplibreWorker ? gzipKB(`${build}_app/immutable/assets/${maplibreWorker}`) : 0),
		basemapKB: basemap ? gzipKB(`${build}_app/immutable/assets/${basemap}`) : NaN,
		// The loader a host page runs to embed the story (tools/embed/), not the page's.
		embedKB: existsSync(`${build}embed.js`) ? gzipKB(`${build}embed.js`) : NaN,
		laterKB: later.reduce((sum, f) => sum + gzipKB(f), 0),
		// A story without places has no map: no static maps, no basemap, no MapLibre.
		hasMap: existsSync(`${build}maps`),
		staticMaps: existsSync(`${build}maps`) ? readdirSync(`${build}maps`).length : 0,
		offlineMB: offlineKB / 1024
	};
}
