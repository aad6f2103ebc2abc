import { dev } from '$app/environment';
import { asset } from '$app/paths';

/**
 * Registers the service worker that keeps the story readable offline. The page calls
 * this once its map has come in (live, or static for good): the worker's precache, about
 * 2.4 MB, then finds most files in the HTTP cache instead of competing with the text and
 * the map for a phone's slow line.
 */
export function keepOfflineCopy(): void {
	if (!('serviceWorker' in navigator)) return;
	// Framed in another page, the story is the host's to keep: a cross-site frame may not
	// register a worker at all (the refusal was the console's only warning), and a reader
	// who wants it offline opens the full story.
	if (window.parent !== window) return;
	navigator.serviceWorker
		.register('./service-worker.js', { type: dev ? 'module' : 'classic' })
		.catch((error: unknown) => console.warn('No offline copy of the story:', error));
}

/**
 * Links the manifest, once the page is live: a browser fetches it (and an icon it names) as
 * soon as it sees the link, which before the first paint competes with the text. Installing
 * the story needs the scripts anyway (its offline copy does). Returns what unlinks it.
 */
export function linkManifest(): () => void {
	const link = document.createElement('link');
	link.rel = 'manifest';
	link.href = asset('/manifest.webmanifest');
	document.head.append(link);
	return () => link.remove();
}
