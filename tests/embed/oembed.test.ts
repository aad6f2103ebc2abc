// oembed.json and the embed code: oEmbed 1.0's rich type, pointing at each edition's own
// address and share card; the embed code parses to the placeholder and the loader, with the
// story's words escaped; `meta.embed` is checked by the story's schema.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { Story } from '$lib/story/types';
import { validateStory } from '../../tools/story/problems';
import { embedCode, EMBED_HEIGHT, EMBED_WIDTH, oembedFor } from '../../tools/embed/oembed.ts';
import { fixture } from '../stories';

type Element = DefaultTreeAdapterMap['element'];
const attrs = (element: Element) =>
	Object.fromEntries(element.attrs.map(({ name, value }) => [name, value]));
const elements = (html: string) =>
	parseFragment(html).childNodes.filter((node): node is Element => 'tagName' in node);

describe('oembed.json', () => {
	it('is a rich oEmbed 1.0 response for the edition, its card as the thumbnail', () => {
		const story = fixture as Story;
		const url = story.meta.url;
		expect(oembedFor(story, 'en')).toEqual({
			type: 'rich',
			version: '1.0',
			title: story.meta.title,
			provider_name: new URL(url).hostname,
			provider_url: new URL('/', url).href,
			html: embedCode(url, story.meta.title),
			width: EMBED_WIDTH,
			height: EMBED_HEIGHT,
			thumbnail_url: new URL(story.meta.shareImage.path, url).href,
			thumbnail_width: story.meta.shareImage.width,
			thumbnail_height: story.meta.shareImage.height
		});
		const ru = oembedFor(story, 'ru');
		expect(ru.html).toContain(`data-story-embed="${url}ru/"`);
		expect(ru.html).toContain(`src="${url}ru/embed.js"`);
		expect(ru.thumbnail_url).toBe(`${url}ru/share.ru.png`);
	});

	it('names the publisher the story file gives', () => {
		const story = { ...fixture, meta: { ...fixture.meta, embed: { provider: 'The Daily' } } };
		expect(oembedFor(story as Story, 'en').provider_name).toBe('The Daily');
	});
});

describe('the embed code', () => {
	it('is a placeholder with a link to the story, and the loader from the story’s folder', () => {
		const title = 'Salt & "Sugar" <b>cane</b>';
		const [holder, script] = elements(embedCode('https://graphics.example.org/x/', title));
		expect(holder!.tagName).toBe('div');
		expect(attrs(holder!)).toEqual({ 'data-story-embed': 'https://graphics.example.org/x/' });
		const link = holder!.childNodes[0] as Element;
		expect(attrs(link)).toEqual({ href: 'https://graphics.example.org/x/' });
		// The title stays words: no element sneaks in through it.
		expect(link.childNodes.map((n) => ('value' in n ? n.value : n.nodeName))).toEqual([title]);
		expect(script!.tagName).toBe('script');
		expect(attrs(script!)).toEqual({ async: '', src: 'https://graphics.example.org/x/embed.js' });
	});
});

describe('meta.embed in the story file', () => {
	const withEmbed = (embed: unknown) => ({ ...fixture, meta: { ...fixture.meta, embed } });

	it('takes origins, a wildcard subdomain and a port', () => {
		expect(
			validateStory(
				withEmbed({
					allowedHosts: [
						'https://www.example.com',
						'https://*.example.net',
						'http://localhost:8080'
					],
					provider: 'The Daily'
				})
			)
		).toEqual([]);
	});

	it('refuses an address with a path, a bare host or a keyword, naming the field', () => {
		for (const host of ['https://example.com/news', 'example.com', "'self'", 'https://EXAMPLE.com'])
			expect(validateStory(withEmbed({ allowedHosts: [host] }))).toEqual([
				expect.stringMatching(
					/^story\.json: meta\.embed\.allowedHosts\[0\] must be an origin like "https:\/\/www\.example\.com"/
				)
			]);
		expect(validateStory(withEmbed({ allowHosts: [] }))).toEqual([
			expect.stringContaining('meta.embed')
		]);
	});
});
