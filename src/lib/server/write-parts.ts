// Writing a page's parts into their empty elements (server-parts.ts renders them; the
// page names their elements: src/lib/server-part.ts). Pure: the hook runs it on the page.
import type { ServerPartName } from '$lib/server-part';

/** A page's parts, as HTML, by name. */
export type ServerParts = Map<ServerPartName, string>;

/** An empty element that names a part: [whole, its opening tag, the part's name]. */
const EMPTY_PART = /(<div\b[^>]*\bdata-server-part="([^"]+)"[^>]*>)<\/div>/g;

/**
 * Writes each part into its element (a part's own parts too: a day's media). If the page
 * no longer renders an element for one, the part would silently vanish from the HTML (the
 * first days, for readers without JavaScript); an element with no part would stay empty:
 * either fails the build, loudly.
 */
export function writeServerParts(html: string, parts: ServerParts): string {
	const written = new Set<string>();
	const write = (text: string): string =>
		text.replace(EMPTY_PART, (_, open: string, name: string) => {
			const part = parts.get(name as ServerPartName);
			if (part === undefined)
				throw new Error(`server-parts: the page has an element for part "${name}", and no part`);
			written.add(name);
			return open + write(part) + '</div>';
		});
	const page = write(html);
	for (const name of parts.keys())
		if (!written.has(name))
			throw new Error(
				`server-parts: the page has no empty <div data-server-part="${name}"> to write into: the component that shows it must render one (src/lib/server-part.ts)`
			);
	return page;
}
