// What --fetch-media does with each remote address: a file is fetched (what it is, its
// bytes decide); a YouTube or Vimeo video stays a link card with its thumbnail as the
// card's picture; a Wikimedia file page is fetched through Special:FilePath; any other
// service's page (Flickr, Instagram, X, SoundCloud…) stays a link card. No call here
// needs a key: YouTube's thumbnails sit at an address made from the video's id, and
// Vimeo's oEmbed answers without one.
import { serviceName } from './media.ts';

export type FetchPlan =
	/** Fetched; the item becomes the file. */
	| { kind: 'file'; url: string }
	/** Fetched; the picture on the item's link card (YouTube: at an address made from the id). */
	| { kind: 'thumbnail'; service: string; url: string; stem: string }
	/** Vimeo: its oEmbed answer names the thumbnail, which is then fetched. */
	| { kind: 'oembed'; service: string; url: string; stem: string }
	/** Not fetched: a page of a service, not a file; it stays a link card. */
	| { kind: 'page'; service: string };

/** The widest a Wikimedia file is asked for: wider than the widest rendition the build makes. */
export const WIKIMEDIA_WIDTH = 1600;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** A YouTube video's id, from any of the addresses YouTube gives it. */
export function youtubeId(url: URL): string | undefined {
	const host = url.hostname.toLowerCase().replace(/^(www|m|music)\./, '');
	const parts = url.pathname.split('/').filter(Boolean);
	let id: string | undefined;
	if (host === 'youtu.be') id = parts[0];
	else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
		if (parts[0] === 'watch') id = url.searchParams.get('v') ?? undefined;
		else if (['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')) id = parts[1];
	}
	return id && YOUTUBE_ID.test(id) ? id : undefined;
}

/** A Vimeo video's number, from its page or its player's address. */
export function vimeoId(url: URL): string | undefined {
	const host = url.hostname.toLowerCase().replace(/^www\./, '');
	if (host !== 'vimeo.com' && host !== 'player.vimeo.com') return undefined;
	const parts = url.pathname.split('/').filter(Boolean);
	const number = host === 'player.vimeo.com' ? parts[0] === 'video' && parts[1] : parts.at(-1);
	return number && /^\d{1,12}$/.test(number) ? number : undefined;
}

/**
 * A Wikimedia file page's file, by Special:FilePath (which redirects to the file, at a
 * width the build can use): `commons.wikimedia.org/wiki/File:X.jpg`, or a Wikipedia
 * article's media viewer (`…/wiki/Article#/media/File:X.jpg`).
 */
export function wikimediaFile(url: URL): string | undefined {
	const host = url.hostname.toLowerCase();
	if (host !== 'commons.wikimedia.org' && !/^[a-z-]+\.(m\.)?wikipedia\.org$/.test(host))
		return undefined;
	const fromPath = /^\/wiki\/(?:File|Image):(.+)$/.exec(url.pathname)?.[1];
	const fromViewer = /^#\/media\/(?:File|Image):(.+)$/.exec(url.hash)?.[1];
	const name = fromPath ?? fromViewer;
	if (!name) return undefined;
	const site = fromViewer && !fromPath ? host.replace('.m.', '.') : host;
	return `https://${site}/wiki/Special:FilePath/${name}?width=${WIKIMEDIA_WIDTH}`;
}

/** What fetching does with an address (already free of credentials). */
export function planFetch(address: string): FetchPlan {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return { kind: 'page', service: 'not a valid address' };
	}
	const service = serviceName(url);
	const youtube = youtubeId(url);
	if (youtube)
		return {
			kind: 'thumbnail',
			service,
			url: `https://img.youtube.com/vi/${youtube}/hqdefault.jpg`,
			stem: `youtube-${youtube}`
		};
	const vimeo = vimeoId(url);
	if (vimeo)
		return {
			kind: 'oembed',
			service,
			url: `https://vimeo.com/api/oembed.json?url=${encodeURIComponent(`https://vimeo.com/${vimeo}`)}`,
			stem: `vimeo-${vimeo}`
		};
	const wikimedia = wikimediaFile(url);
	if (wikimedia) return { kind: 'file', url: wikimedia };
	// A picture at Imgur's file host is a file; its other pages are pages.
	if (service === 'Imgur' && url.hostname.toLowerCase() === 'i.imgur.com')
		return { kind: 'file', url: url.href };
	// Any other service's page, a PDF or a map: nothing the page could show as a file.
	if (!service.endsWith(' file') && service !== 'web page') return { kind: 'page', service };
	return { kind: 'file', url: url.href };
}

/** The thumbnail Vimeo's oEmbed answer names, if it is an https address. */
export function oembedThumbnail(bytes: Uint8Array): string | undefined {
	try {
		const answer = JSON.parse(new TextDecoder().decode(bytes)) as { thumbnail_url?: unknown };
		const thumbnail = answer.thumbnail_url;
		return typeof thumbnail === 'string' && new URL(thumbnail).protocol === 'https:'
			? thumbnail
			: undefined;
	} catch {
		return undefined;
	}
}
