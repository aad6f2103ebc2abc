// Other tools' HTML to the story's Markdown: each construct survives the round trip
// (HTML → Markdown → parseRichText), text reads literally whatever characters it holds,
// and everything that is not text is removed and counted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, htmlToPlain } from '../../tools/import/html';
import { parseRichText, plainText, type Block, type Inline } from '../../src/lib/text/rich-text';

const md = (html: string) => htmlToMarkdown(html).paragraphs;
const parsed = (html: string): Block[] => md(html).flatMap((p) => parseRichText(p));
const text = (t: string): Inline => ({ kind: 'text', text: t });
const para = (...content: Inline[]): Block => ({ kind: 'paragraph', content });

describe('each construct, there and back', () => {
	it.each<[string, string, string[], Block[]]>([
		['text', 'Plain words', ['Plain words'], [para(text('Plain words'))]],
		[
			'a link',
			'<a href="https://a.org/x">the text</a>',
			['[the text](https://a.org/x)'],
			[para({ kind: 'link', href: 'https://a.org/x', content: [text('the text')] })]
		],
		[
			'a mailto link',
			'<a href="mailto:desk@a.org">write</a>',
			['[write](mailto:desk@a.org)'],
			[para({ kind: 'link', href: 'mailto:desk@a.org', content: [text('write')] })]
		],
		[
			'emphasis',
			'<em>a</em> <i>b</i>',
			['*a* *b*'],
			[
				para({ kind: 'emphasis', content: [text('a')] }, text(' '), {
					kind: 'emphasis',
					content: [text('b')]
				})
			]
		],
		[
			'strong',
			'<strong>a</strong> <b>b</b>',
			['**a** **b**'],
			[
				para({ kind: 'strong', content: [text('a')] }, text(' '), {
					kind: 'strong',
					content: [text('b')]
				})
			]
		],
		[
			'a bulleted list',
			'<ul><li>one</li><li><b>two</b></li></ul>',
			['- one\n- **two**'],
			[
				{
					kind: 'list',
					ordered: false,
					items: [[text('one')], [{ kind: 'strong', content: [text('two')] }]]
				}
			]
		],
		[
			'a numbered list',
			'<ol><li>one</li><li>two</li></ol>',
			['1. one\n2. two'],
			[{ kind: 'list', ordered: true, items: [[text('one')], [text('two')]] }]
		],
		[
			'paragraph breaks',
			'<p>a</p><div>b</div>c<br>d<blockquote>e</blockquote>',
			['a', 'b', 'c', 'd', 'e'],
			['a', 'b', 'c', 'd', 'e'].map((t) => para(text(t)))
		]
	])('%s', (_, html, markdown, blocks) => {
		expect(md(html)).toEqual(markdown);
		expect(parsed(html)).toEqual(blocks);
	});

	it('nests emphasis in strong in a link, outermost the link', () => {
		expect(md('<em><a href="https://a.org"><b>x</b> y</a></em>')).toEqual([
			'[**_x_** _y_](https://a.org)'
		]);
		expect(parsed('<em><a href="https://a.org"><b>x</b> y</a></em>')).toEqual([
			para({
				kind: 'link',
				href: 'https://a.org',
				content: [
					{ kind: 'strong', content: [{ kind: 'emphasis', content: [text('x')] }] },
					text(' '),
					{ kind: 'emphasis', content: [text('y')] }
				]
			})
		]);
	});

	it('keeps delimiters that touch apart: strong then emphasis', () => {
		expect(md('<b>a</b><i>b</i>')).toEqual(['**a**_b_']);
		expect(parsed('<b>a</b><i>b</i>')).toEqual([
			para({ kind: 'strong', content: [text('a')] }, { kind: 'emphasis', content: [text('b')] })
		]);
	});

	it('moves spaces at a span’s edges outside its delimiters', () => {
		expect(md('a<b> bold </b>b')).toEqual(['a **bold** b']);
	});

	it('percent-encodes parentheses in addresses, as Wikipedia’s have', () => {
		const html = '<a href="https://en.wikipedia.org/wiki/Grand_Canal_(China)">canal</a>';
		expect(md(html)).toEqual(['[canal](https://en.wikipedia.org/wiki/Grand_Canal_%28China%29)']);
		expect(parsed(html)).toEqual([
			para({
				kind: 'link',
				href: 'https://en.wikipedia.org/wiki/Grand_Canal_%28China%29',
				content: [text('canal')]
			})
		]);
	});

	it('decodes entities and collapses whitespace', () => {
		expect(md('  Tom &amp; Jerry&nbsp;&nbsp;\n\t met  ')).toEqual(['Tom & Jerry met']);
	});
});

describe('text reads literally', () => {
	it('escapes Markdown’s special characters', () => {
		const html = 'a * b _c_ [d](e) #f \\ g';
		expect(md(html)).toEqual(['a \\* b \\_c\\_ \\[d\\]\\(e\\) \\#f \\\\ g']);
		expect(plainText(md(html)[0]!)).toBe(html);
	});

	it('keeps a paragraph that starts like a list item a paragraph', () => {
		expect(md('<p>- not a list</p><p>1984. A year</p>')).toEqual([
			'\\- not a list',
			'1984\\. A year'
		]);
		expect(parsed('<p>- not a list</p>')).toEqual([para(text('- not a list'))]);
	});

	it('for any text, the words come back as they went in', () => {
		const escapeHtml = (t: string) =>
			t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 80 }), (raw) => {
				const words = raw.replace(/[\s\u00a0]+/g, ' ').trim();
				const out = md(escapeHtml(raw));
				expect(out.map((p) => plainText(p)).join(' ')).toBe(words);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('what is not text is removed, and counted', () => {
	it('drops scripts, styles, frames and other non-text elements with their content', () => {
		const html =
			'<p>Kept<script>alert(1)</script><style>p{}</style><iframe src="https://x.org">frame</iframe>' +
			'<object>o</object><embed src="x"><template>t</template><noscript>n</noscript>' +
			'<svg><script>alert(2)</script></svg><math>m</math><form><input value="v"><button>b</button></form>' +
			'<img src="x.png" alt="pic"></p>';
		const { paragraphs, removals } = htmlToMarkdown(html);
		expect(paragraphs).toEqual(['Kept']);
		expect(Object.fromEntries(removals.elements)).toEqual({
			script: 1,
			style: 1,
			iframe: 1,
			object: 1,
			embed: 1,
			template: 1,
			noscript: 1,
			svg: 1,
			math: 1,
			form: 1,
			img: 1
		});
	});

	it('carries no attributes: handlers and styles are counted, never kept', () => {
		const { paragraphs, removals } = htmlToMarkdown(
			'<p onclick="steal()" style="color:red"><b onmouseover="x()">a</b><img src=x onerror="alert(1)"></p>'
		);
		expect(paragraphs).toEqual(['**a**']);
		expect(Object.fromEntries(removals.handlers)).toEqual({ onclick: 1, onmouseover: 1 });
		expect(removals.styleAttributes).toBe(1);
		expect(removals.elements.get('img')).toBe(1);
	});

	it('keeps the words of links to other schemes, and names the scheme only', () => {
		const { paragraphs, removals } = htmlToMarkdown(
			'<a href="javascript:alert(1)">one</a> <a href=" JaVa\tScript:alert(2)">two</a> ' +
				'<a href="data:text/html,<b>x</b>">three</a> <a href="#top">four</a> <a href="/p">five</a>'
		);
		expect(paragraphs).toEqual(['one two three four five']);
		expect(removals.links).toEqual([
			'javascript:',
			'javascript:',
			'data:',
			'a link within the page (#…)',
			'a relative address'
		]);
	});

	it('gives protocol-relative links https', () => {
		const { paragraphs, removals } = htmlToMarkdown('<a href="//a.org/x">x</a>');
		expect(paragraphs).toEqual(['[x](https://a.org/x)']);
		expect(removals.upgradedLinks).toBe(1);
	});

	it('flattens lists inside lists into one', () => {
		const { paragraphs, removals } = htmlToMarkdown(
			'<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>'
		);
		expect(paragraphs).toEqual(['- a\n- b\n- c']);
		expect(removals.nestedLists).toBe(1);
	});

	it('reads nesting as deep as a field may nest (100), without recursion', () => {
		const html = '<div><b>'.repeat(50) + 'deep' + '</b></div>'.repeat(50);
		const { text, removals } = htmlToPlain(html);
		expect(text).toBe('deep');
		expect(removals.refused).toBeUndefined();
	});

	it('refuses deeper nesting before parsing it, saying why', () => {
		const html = '<div><b>'.repeat(5_000) + 'deep' + '</b></div>'.repeat(5_000);
		expect(htmlToPlain(html)).toMatchObject({
			text: '',
			removals: {
				refused:
					'nests elements 101 deep (formatting left open counts in every later paragraph): more than the 100 an imported text field may nest'
			}
		});
	});

	it('reads the largest field it takes (200,000 characters), and refuses a larger one', () => {
		const unit = '<i>x</i><b onclick=y>*</b><a href="javascript:z">[</a>';
		const html = unit.repeat(Math.floor(200_000 / unit.length));
		const { paragraphs, removals } = htmlToMarkdown(html);
		expect(removals.handlers.get('onclick')).toBe(3703);
		expect(plainText(paragraphs[0]!)).toBe('x*['.repeat(3703));
		expect(htmlToMarkdown(html + unit).removals.refused).toBe(
			'is 200,016 characters long: more than the 200,000 an imported text field may hold'
		);
	});
});

describe('plain text', () => {
	it('gives a field’s words on one line', () => {
		expect(
			htmlToPlain('US Manifest Destiny <small>Mean center</small><p>of <b>it</b></p>').text
		).toBe('US Manifest Destiny Mean center of it');
	});
});
