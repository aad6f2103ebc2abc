// The build gives the page each marked-up paragraph's blocks (tools/story/rich-text.ts), so
// the page renders links, emphasis and lists without shipping the parser; a paragraph of
// plain words carries none and is one <p> of its text.
import { describe, expect, it } from 'vitest';
import { parseRichText } from '$lib/text/rich-text';
import { blocksOf, withRichText } from '../tools/story/rich-text';
import { fixture } from './stories';

describe('a paragraph’s blocks', () => {
	it('are none for one paragraph of plain words', () => {
		expect(blocksOf('Invented delegates met in Lima.')).toBeUndefined();
		expect(blocksOf('Brackets [without an address] stay words')).toBeUndefined();
	});

	it('are the parsed text wherever the words are not the text as written', () => {
		for (const text of [
			'See [the notes](https://example.org/notes).',
			'A *word*',
			'- a\n- b',
			'One\n\nTwo',
			'Escaped \\* star',
			''
		])
			expect(blocksOf(text), text).toEqual(parseRichText(text));
	});
});

describe('the story the page receives', () => {
	it('carries blocks only beside the paragraphs with markup', () => {
		// The fixture's paragraphs are plain words; one of them is given a link here.
		expect(
			withRichText(fixture)
				.events.flatMap((e) => e.body)
				.some((p) => 'blocks' in p)
		).toBe(false);
		const [first, ...rest] = fixture.events;
		const linked = {
			...first!,
			body: first!.body.map((p, i) =>
				i === 0 ? { ...p, text: `${p.text} [The notes](https://example.org/notes).` } : p
			)
		};
		const story = withRichText({ ...fixture, events: [linked, ...rest] });
		const paragraphs = [...story.meta.intro, ...story.events.flatMap((e) => e.body)];
		const marked = paragraphs.filter((p) => 'blocks' in p);
		expect(marked.map((p) => p.text)).toEqual([linked.body[0]!.text]);
		expect(marked[0]).toMatchObject({ blocks: parseRichText(linked.body[0]!.text) });
	});
});
