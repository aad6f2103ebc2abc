import { staticMapSvg } from '$lib/server/static-map-files';

/** The empty element StoryMap renders for the first step's map: `<div … data-inline-map="{step}"></div>`. */
const PLACEHOLDER = /(<div\b[^>]*\bdata-inline-map="([a-z0-9-]+)"[^>]*>)(<\/div>)/;

/**
 * Puts the first step's static map into the page as markup, so the map paints with the
 * text and no request of its own. It is sent once: as page data it would be sent again,
 * escaped, inside the start-up script. Hydration leaves the element's children alone
 * (the component renders it empty), and the client never needs the markup itself.
 */
export function inlineFirstMap(html: string): string {
	const found = PLACEHOLDER.exec(html);
	if (!found) return html;
	const svg = staticMapSvg(found[2]!, { inline: true });
	if (!svg) throw new Error(`inlineFirstMap: no static map for step "${found[2]}"`);
	return html.replace(
		PLACEHOLDER,
		(_, open: string, _id: string, close: string) => open + svg + close
	);
}
