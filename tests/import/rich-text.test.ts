// The story's Markdown subset: what each construct parses to, what stays literal, and
// that hostile input costs time linear in its length.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPlainText, parseRichText, plainText, type Inline } from '../../src/lib/text/rich-text';
import { growth, startCounting, stopCounting } from '../work';

const text = (t: string): Inline => ({ kind: 'text', text: t });
const paragraph = (...content: Inline[]) => ({ kind: 'paragraph', content });

describe('hostile input in linear work', { timeout: 30_000 }, () => {
	beforeAll(startCounting, 30_000);
	afterAll(stopCounting);
	// First in the file: the counting sees only code compiled after it starts, so the
	// parser must not have run before (a test above would make the steps fall short).
	// Work counted in the parser’s own steps (tests/work.ts), never timed: 64 KB and
	// 256 KB of each pattern; linear work is about four times the steps,
	// quadratic sixteen. At least a step a character: the parser reads each one itself.
	it.each([['*['], ['['], [']('], ['**_'], ['[x]('], ['\\'], ['*a '], ['*a *b ']])(
		'parses 64 KB and 256 KB of %s in linear work',
		async (unit) => {
			const { small, ratio } = await growth(
				'lib/text/rich-text',
				(n) => unit.repeat(n / unit.length),
				parseRichText,
				2 ** 16
			);
			expect(small).toBeGreaterThanOrEqual(2 ** 16);
			expect(ratio).toBeGreaterThan(3);
			expect(ratio).toBeLessThan(5);
		}
	);
});

describe('blocks', () => {
	it('reads paragraphs apart by a blank line; a single newline is a space', () => {
		expect(parseRichText('One\ntwo\n\nThree')).toEqual([
			paragraph(text('One two')),
			paragraph(text('Three'))
		]);
	});

	it('reads `- ` lines as a bulleted list and `1. ` lines as a numbered one', () => {
		expect(parseRichText('Before\n- a\n- b\n12. c\n3. d\nAfter')).toEqual([
			paragraph(text('Before')),
			{ kind: 'list', ordered: false, items: [[text('a')], [text('b')]] },
			{ kind: 'list', ordered: true, items: [[text('c')], [text('d')]] },
			paragraph(text('After'))
		]);
	});

	it('keeps an escaped list marker as a paragraph', () => {
		expect(parseRichText('\\- not a list')).toEqual([paragraph(text('- not a list'))]);
		expect(parseRichText('1984\\. A year')).toEqual([paragraph(text('1984. A year'))]);
	});

	it('needs a space after the marker', () => {
		expect(parseRichText('-a')).toEqual([paragraph(text('-a'))]);
		expect(parseRichText('1.5 million')).toEqual([paragraph(text('1.5 million'))]);
	});
});

describe('inline', () => {
	const inline = (source: string) => (parseRichText(source)[0] as { content: Inline[] }).content;

	it('reads strong, emphasis of both kinds, and links', () => {
		expect(inline('**a** *b* _c_ [d](https://e.org/f)')).toEqual([
			{ kind: 'strong', content: [text('a')] },
			text(' '),
			{ kind: 'emphasis', content: [text('b')] },
			text(' '),
			{ kind: 'emphasis', content: [text('c')] },
			text(' '),
			{ kind: 'link', href: 'https://e.org/f', content: [text('d')] }
		]);
	});

	it('nests emphasis in strong in links', () => {
		expect(inline('[**x _y_**](mailto:a@b.org)')).toEqual([
			{
				kind: 'link',
				href: 'mailto:a@b.org',
				content: [
					{ kind: 'strong', content: [text('x '), { kind: 'emphasis', content: [text('y')] }] }
				]
			}
		]);
	});

	it('reads a backslash before punctuation as that character', () => {
		expect(inline('\\*not\\* \\[x\\]\\(y\\) \\\\ \\# \\_')).toEqual([text('*not* [x](y) \\ # _')]);
		expect(inline('a\\b')).toEqual([text('a\\b')]);
	});

	it('leaves links to other schemes as their characters', () => {
		for (const source of [
			'[x](javascript:alert(1))',
			'[x](data:text/html,hi)',
			'[x](/relative)',
			'[x](https://)',
			'[x](https://a.org b)'
		])
			expect(inline(source)).toEqual([text(source)]);
	});

	it('reads `<` as a character: there is no HTML', () => {
		expect(inline('<script>alert(1)</script> <b>x</b>')).toEqual([
			text('<script>alert(1)</script> <b>x</b>')
		]);
	});

	it('leaves unclosed, empty and space-bound delimiters as they are', () => {
		for (const source of ['**a', '*a', '[a', 'a]', '****', '2 * 3 * 4', '[](https://a.org)'])
			expect(plainText(source)).toBe(source);
	});

	it('makes no link inside a link', () => {
		expect(inline('[a [b](https://b.org) c](https://c.org)')).toEqual([
			text('[a '),
			{ kind: 'link', href: 'https://b.org', content: [text('b')] },
			text(' c](https://c.org)')
		]);
	});

	it('reads markup nested past eight levels as its characters', () => {
		// A `*` after a space cannot close, so it opens one level deeper.
		const deep = '*a '.repeat(12) + 'x' + '*a'.repeat(12);
		let depth = 0;
		let node: Inline | undefined = inline(deep)[0];
		while (node && node.kind !== 'text') {
			depth++;
			node = node.content.find((child) => child.kind !== 'text') ?? node.content[0];
		}
		expect(depth).toBe(8);
		expect(plainText(deep)).toBe(
			'a '.repeat(8) + '*a '.repeat(4) + 'x' + '*a'.repeat(4) + 'a'.repeat(8)
		);
	});
});

describe('plainText and isPlainText', () => {
	it('gives the words without markup', () => {
		expect(plainText('**Bold** [link](https://a.org) \\*star\\*\n\n- one\n- two')).toBe(
			'Bold link *star*\n\none\ntwo'
		);
	});

	it('says whether text reads exactly as written', () => {
		expect(isPlainText('Plain words, and a <tag>.')).toBe(true);
		expect(isPlainText('Some *emphasis*')).toBe(false);
		expect(isPlainText('An escaped \\*')).toBe(false);
	});
});

// A megabyte is a few seconds' work on a machine shared with other test files.
describe('hostile input', { timeout: 30_000 }, () => {
	it('reads a megabyte of *[ as emphasised brackets and brackets, losing none', () => {
		const mb = '*['.repeat(2 ** 19);
		const [block] = parseRichText(mb);
		expect(block?.kind === 'paragraph' && block.content.slice(0, 2)).toEqual([
			{ kind: 'emphasis', content: [text('[')] },
			text('[')
		]);
		expect(plainText(mb)).toBe('['.repeat(2 ** 19));
	});
});
