// A TimelineJS file written to attack: scripts, handlers, styles, frames, javascript: and
// data: addresses, huge and deeply nested strings. None of it may reach the story, and
// the report must say what was removed and where.
import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../src/lib/text/rich-text';
import { imported, line, refused } from './fixtures';

describe('hostile HTML', () => {
	const hostile = imported('timelinejs/hostile.json');
	const json = JSON.stringify(hostile.story);

	it('carries no script, handler, style, frame or dangerous address into the story', () => {
		for (const bad of [
			'<script',
			'onerror',
			'onclick',
			'onmouseover',
			'data:',
			'<iframe',
			'<style',
			'evil.example',
			'<img'
		])
			expect(json).not.toContain(bad);
		// The one javascript: left is the text of a Markdown link, escaped to read literally.
		expect(json.split('javascript:')).toHaveLength(2);
		expect(json).toContain('\\\\(javascript:alert');
		expect(hostile.story.meta.title).toBe('Hostile text');
		expect(hostile.story.events[0]!.title).toBe('Links');
	});

	it('keeps the words of bad links, and a Markdown link to javascript: stays literal', () => {
		const blocks = parseRichText(hostile.story.events[0]!.body[0]!.text);
		const links = blocks.flatMap((b) =>
			b.kind === 'paragraph' ? b.content.filter((i) => i.kind === 'link') : []
		);
		expect(links).toEqual([
			{ kind: 'link', href: 'https://example.org/ok', content: [{ kind: 'text', text: 'fine' }] }
		]);
		expect(hostile.story.events[0]!.body[0]!.text).toContain('click data');
		expect(hostile.story.events[0]!.body[0]!.text).toContain(
			'\\[x\\]\\(javascript:alert\\(6\\)\\)'
		);
	});

	it('lists what it removed, by kind and field', () => {
		const r = hostile.report;
		expect(line(r, 'dropped', 'Scripts').where).toEqual([
			'title: text.headline: 1 <script>',
			'title "Hostile text": text.text: 1 <script>',
			'events[0] "Links": media.caption: 1 <script>'
		]);
		expect(line(r, 'dropped', 'Event handler attributes').where).toEqual([
			'title "Hostile text": text.text: 1 onclick',
			'events[0] "Links": text.text: 1 onmouseover, media.credit: 1 onclick'
		]);
		expect(line(r, 'dropped', 'Pictures, video and sound inside text').where).toEqual([
			'title "Hostile text": text.text: 1 <img>',
			'events[0]: text.headline: 1 <img>'
		]);
		expect(line(r, 'dropped', 'Other elements that are not text').where).toEqual([
			'events[1] "Data media": text.text: 1 <form>, 1 <svg>'
		]);
		expect(line(r, 'dropped', 'Styles').where).toEqual([
			'title "Hostile text": text.text: 1 <style>'
		]);
		expect(line(r, 'dropped', 'Style attributes').where).toEqual([
			'title "Hostile text": text.text: 1'
		]);
		expect(line(r, 'dropped', 'Embedded frames').where).toEqual([
			'title "Hostile text": text.text: 1 <iframe>',
			'events[1] "Data media": text.text: 1 <object>, 1 <embed>'
		]);
		expect(line(r, 'dropped', 'Links that are not http(s)').where).toEqual([
			'events[0] "Links": text.text: javascript:, data:'
		]);
		expect(line(r, 'dropped', 'Media that cannot be carried').where).toEqual([
			'events[0] "Links": media: a javascript: address, not http(s)',
			'events[1] "Data media": media: a data: address, not http(s)'
		]);
	});

	it('reads strings as large and nesting as deep as a field may hold, and escapes them', () => {
		const huge = '*[_'.repeat(8_000);
		const deep = '<b><i><a href="https://a.org">'.repeat(30) + 'x';
		const result = imported('timelinejs/hostile.json', (text) => {
			const doc = JSON.parse(text);
			doc.events[0].text.text = huge;
			doc.events[1].text.text = deep;
			doc.events[1].text.headline = 'h'.repeat(200_000);
			return JSON.stringify(doc);
		});
		expect(result.story.events[0]!.body[0]!.text).toBe('\\*\\[\\_'.repeat(8_000));
		expect(result.story.events[1]!.body[0]!.text).toBe('[**_x_**](https://a.org)');
		expect(result.story.events[1]!.title).toHaveLength(200_000);
	});

	it('refuses larger strings and deeper nesting, naming each field', () => {
		const problems = refused('timelinejs/hostile.json', (text) => {
			const doc = JSON.parse(text);
			doc.events[0].text.text = '*[_'.repeat(20_000);
			doc.events[1].text.text = '<b><i><a href="https://a.org">'.repeat(100) + 'x';
			doc.events[1].text.headline = 'h'.repeat(1_000_000);
			return JSON.stringify(doc);
		});
		expect(problems).toEqual([
			'hostile.json: events[0] "Links": text.text paragraph 1 is 120,000 characters long: more than the 50,000 a paragraph may hold (split it)',
			'hostile.json: events[1]: text.headline is 1,000,000 characters long: more than the 200,000 an imported text field may hold',
			'hostile.json: events[1]: text.text nests elements 101 deep (formatting left open counts in every later paragraph): more than the 100 an imported text field may nest'
		]);
	});
});
