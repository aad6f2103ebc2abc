// What each file of a built site is sent with, as rules a static host reads: the cache
// (hashed files under _app/immutable/ for a year; everything else revalidated, the edge
// keeping it a minute), which sites may frame the story's pages (CSP `frame-ancestors`,
// which a <meta> tag cannot set), and CORS for oembed.json. Pure: given the site's file list.
// The formats each host reads are formats.ts's; docs/publishing.md explains the choices.

/** Hashed by the build: a new build never changes one, it writes another. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else: browsers ask again each time (an ETag makes that a 304), shared caches
 * (a CDN's edge) keep it a minute, so a crowd of readers reaches the origin once a minute
 * an edge, and a correction is out within one.
 */
export const REVALIDATE = 'public, max-age=0, s-maxage=60, must-revalidate';
export const NOSNIFF: [string, string] = ['X-Content-Type-Options', 'nosniff'];

export interface HeaderRule {
	/** A path from the site's root, `/` first; a trailing `*` stands for any rest (Netlify's splat). */
	path: string;
	headers: [name: string, value: string][];
	/** Files of the site it covers, for the tests and the other formats. */
	kind: 'immutable' | 'page' | 'oembed' | 'file';
}

/** Who may frame the pages: any site, or the story's own and those listed (`meta.embed.allowedHosts`). */
export const frameAncestors = (allowedHosts: readonly string[] | undefined) =>
	allowedHosts === undefined ? '*' : ["'self'", ...allowedHosts].join(' ');

/** Where a page file is asked for: `index.html` as its folder, `2017-01.html` as `2017-01` too. */
export function pageAddresses(file: string): string[] {
	if (file === 'index.html') return ['', 'index.html'];
	if (file.endsWith('/index.html')) return [file.slice(0, -'index.html'.length), file];
	return [file.slice(0, -'.html'.length), file];
}

/**
 * One rule for each group of files, no two rules for one address: hosts disagree on what
 * two matching rules make of one header (Netlify keeps the last, Cloudflare joins them with
 * a comma), so every address matches exactly one rule and the rule says everything.
 * `files` are the site's files, relative to its root with `/` between folders; `editions`
 * the folders of the editions built inside it (`ru/`, `ar/`), each a site of its own.
 */
export function headerRules(
	files: readonly string[],
	editions: readonly string[],
	allowedHosts: readonly string[] | undefined
): HeaderRule[] {
	const page: [string, string][] = [
		['Cache-Control', REVALIDATE],
		NOSNIFF,
		['Content-Security-Policy', `frame-ancestors ${frameAncestors(allowedHosts)}`]
	];
	const plain: [string, string][] = [['Cache-Control', REVALIDATE], NOSNIFF];
	const rules: HeaderRule[] = [];
	const seen = new Set<string>();
	const add = (path: string, kind: HeaderRule['kind'], headers: [string, string][]) => {
		if (seen.has(path)) return;
		seen.add(path);
		rules.push({ path, kind, headers });
	};
	for (const prefix of ['', ...editions]) {
		const own = files
			.filter((file) => file.startsWith(prefix))
			.map((file) => file.slice(prefix.length))
			// The root's files less its editions' folders, which have their own rules.
			.filter((file) => prefix !== '' || !editions.some((e) => file.startsWith(e)))
			.filter((file) => file !== '_headers');
		for (const file of own.sort()) {
			const [top, ...rest] = file.split('/');
			if (file.startsWith('_app/immutable/')) {
				add(`/${prefix}_app/immutable/*`, 'immutable', [['Cache-Control', IMMUTABLE], NOSNIFF]);
			} else if (rest.length && top !== '_app' && !file.endsWith('.html')) {
				// A folder of the build's own (static maps, icons): one rule for it.
				add(`/${prefix}${top}/*`, 'file', plain);
			} else if (file.endsWith('.html')) {
				for (const address of pageAddresses(file)) add(`/${prefix}${address}`, 'page', page);
			} else if (file === 'oembed.json') {
				// Read by CMSs; some fetch it from the editor's browser.
				add(`/${prefix}${file}`, 'oembed', [...plain, ['Access-Control-Allow-Origin', '*']]);
			} else {
				add(`/${prefix}${file}`, 'file', plain);
			}
		}
	}
	return rules;
}
