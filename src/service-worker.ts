/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Offline reading: the first visit stores the whole story (page, scripts, styles,
// MapLibre and its worker, the basemap, the font, the static maps, the media's offline
// files), and the desk's map tiles as they are read; after that it loads and works with
// the network gone. Each build has its own
// cache, and a new build's worker deletes the old one when it takes over.
import { base, build, files, prerendered, version } from '$service-worker';
import { keptRendition } from '$lib/media/offline';

/**
 * The story's media the offline copy keeps, from the build (tools/media/vite-plugin.ts):
 * each picture and poster at one width that serves a phone, and the caption tracks; not
 * every rendition, and no video or sound.
 */
declare const __STORY_OFFLINE_MEDIA__: string[];
const MEDIA = __STORY_OFFLINE_MEDIA__.map((path) => base + path);
/** Offline, a picture at any width or format is answered with the one rendition kept. */
const keptFor = keptRendition(MEDIA);

/**
 * The map's own files cut at build (tools/map-data/): the story's data layers, kept whole at
 * install, small as they are, so a step read offline has its layers; and a desk's tiles, kept
 * as the map fetches them, not at install: they can run to megabytes, and the chapters the
 * reader has read are the ones to bring back offline.
 */
declare const __STORY_OFFLINE_MAP__: string[];
const MAP_FILES = new Set(__STORY_OFFLINE_MAP__.map((path) => base + path));
const LAYERS = [...MAP_FILES].filter((path) => path.startsWith(`${base}/_app/immutable/layers/`));

const sw = self as unknown as ServiceWorkerGlobalScope;
// One cache per edition (each is served from its own folder, with its own worker) and
// build: a worker replaces only its own edition's older caches.
const EDITION_CACHES = `road-to-astana ${sw.registration.scope} `;
const CACHE = `${EDITION_CACHES}${version}`;
// A long story's month pages are for readers without JavaScript; the offline copy is the
// story's page, which carries every event (its later ones in a script of their own).
const MONTH_PAGE = /\/\d{4}-\d{2}$/;
// The share cards (one per edition) are for link previews, which fetch them online;
// the page never shows them.
const SHARE_CARD = /\/share(\.[a-z]{2})?\.png$/;
const ASSETS = [
	...new Set([
		...build,
		...files.filter((path) => !SHARE_CARD.test(path)),
		...prerendered.filter((path) => !MONTH_PAGE.test(path)),
		...MEDIA,
		...LAYERS
	])
];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys
						.filter((key) => key.startsWith(EDITION_CACHES) && key !== CACHE)
						.map((key) => caches.delete(key))
				)
			)
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// The story's files never change within a build: the cache answers first.
			const cached = await cache.match(url.pathname, { ignoreSearch: true });
			if (cached) return cached;
			try {
				const response = await fetch(request);
				// Whole answers only: the Cache API refuses a range's 206.
				if (response.status === 200 && MAP_FILES.has(url.pathname))
					event.waitUntil(cache.put(url.pathname, response.clone()));
				return response;
			} catch (error) {
				// Offline, a page that is not the story opens the story.
				const story = request.mode === 'navigate' && (await cache.match(sw.registration.scope));
				if (story) return story;
				// ...and a picture at any width or format is the one rendition kept of it.
				const kept = keptFor(url.pathname);
				const picture = kept && (await cache.match(kept));
				if (picture) return picture;
				throw error;
			}
		})()
	);
});
