// Which service a link card points at, by the address's host, so the card can say
// "YouTube" rather than a bare address: the page never loads anything from it.

/** Hosts (and their subdomains) by the name a reader knows the service by. */
const SERVICES: [hosts: string[], service: string][] = [
	[['youtube.com', 'youtu.be', 'youtube-nocookie.com'], 'YouTube'],
	[['vimeo.com'], 'Vimeo'],
	[['twitter.com', 'x.com'], 'X'],
	[['instagram.com'], 'Instagram'],
	[['flickr.com', 'flic.kr'], 'Flickr'],
	[['soundcloud.com'], 'SoundCloud'],
	[['commons.wikimedia.org'], 'Wikimedia Commons'],
	[['wikipedia.org'], 'Wikipedia'],
	[['open.spotify.com', 'play.spotify.com'], 'Spotify'],
	[['maps.google.com', 'maps.app.goo.gl'], 'Google Maps'],
	[['tiktok.com'], 'TikTok'],
	[['bsky.app'], 'Bluesky']
];

/** The service a link points at, or its bare host name (`www.` dropped) for any other. */
export function remoteService(href: string): string {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return href;
	}
	const host = url.hostname.toLowerCase().replace(/\.$/, '');
	const on = (domain: string) => host === domain || host.endsWith(`.${domain}`);
	for (const [hosts, service] of SERVICES) if (hosts.some(on)) return service;
	// Google's maps live under a path of its main site, in every country's domain.
	if (/^(www\.)?google\.[a-z.]+$/.test(host) && /^\/maps(\/|$)/.test(url.pathname))
		return 'Google Maps';
	if (host === 'goo.gl' && url.pathname.startsWith('/maps')) return 'Google Maps';
	return host.replace(/^www\./, '');
}
