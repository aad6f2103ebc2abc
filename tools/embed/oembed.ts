// The embed code a desk pastes, and each edition's oembed.json (oEmbed 1.0, a `rich`
// response), which CMSs that discover oEmbed (WordPress among them) turn a pasted address
// into. Both point at the edition's own address, from the story's `meta.url` (which the
// schema requires: an absolute address ending in /).
import { editionFile, editionInfo } from '../editions.js';
import type { Story } from '../../src/lib/story/types.ts';

/** The frame's width and height before the story reports its own (the loader's too). */
export const EMBED_WIDTH = 640;
export const EMBED_HEIGHT = 720;

/** Text for an HTML attribute or element, escaped. */
export const escapeHtml = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);

/** An edition's address: the story's, or its language's folder there. */
export const editionUrl = (story: Story, code: string) =>
	new URL(editionInfo(code).path, story.meta.url).href;

/**
 * The embed code: a placeholder holding a link to the story (what a reader sees where
 * scripts do not run: an RSS reader, a CMS preview) and the loader, which turns it into
 * the story's frame (src/lib/embed/loader.js).
 */
export function embedCode(pageUrl: string, title: string): string {
	const page = escapeHtml(pageUrl);
	const loader = escapeHtml(new URL('embed.js', pageUrl).href);
	return (
		`<div data-story-embed="${page}"><a href="${page}">${escapeHtml(title)}</a></div>` +
		`<script async src="${loader}"></script>`
	);
}

/** An edition's oembed.json: oEmbed's `rich` type, its `html` the embed code. */
export function oembedFor(story: Story, code: string) {
	const { meta } = story;
	const page = editionUrl(story, code);
	return {
		type: 'rich',
		version: '1.0',
		title: meta.title,
		provider_name: meta.embed?.provider ?? new URL(meta.url).hostname,
		provider_url: new URL('/', meta.url).href,
		html: embedCode(page, meta.title),
		width: EMBED_WIDTH,
		height: EMBED_HEIGHT,
		// Each edition shares its own card, drawn in its language (scripts/build-images.js).
		thumbnail_url: new URL(editionFile(meta.shareImage.path, code), page).href,
		thumbnail_width: meta.shareImage.width,
		thumbnail_height: meta.shareImage.height
	};
}
