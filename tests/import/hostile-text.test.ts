// Hostile text: quotation marks by the hundred thousand, HTML whose formatting the parser
// would open again in every paragraph, one headline forty thousand times, addresses that
// match a pattern but are none, captions with impossible characters, and escape
// sequences meant for the terminal. Each is refused naming the file, the event and the
// field, or read in time linear in its length (counted in hostile-work.test.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Story } from '$lib/story/types';
import { importedOk, importBytes, refusedLines, slide, timeline } from './hostile';
import { parseFragment } from 'parse5';
import { measureHtml } from '../../tools/import/html-limits';
import { uniqueSlug } from '../../tools/import/places';
import { formatReport } from '../../tools/import/report';
import { transcriptOf } from '../../tools/media/vtt';
import { validateStory } from '../../tools/story/problems';
import { piecesOf, quotationsIn, sentencesQuoting } from '../../tools/story/quotations';
import { fixture } from '../stories';

/** The fixture with its first event's first paragraph saying `text`. */
function withText(text: string): Story {
	const [first, ...rest] = fixture.events;
	const body = [{ ...first!.body[0]!, text }, ...first!.body.slice(1)];
	return { ...fixture, events: [{ ...first!, body }, ...rest] };
}
const FIRST = `story.json: events[0] "${fixture.events[0]!.id}"`;

describe('quotation marks by the hundred thousand', () => {
	it('the build refuses a paragraph of 300,000 marks, naming it (it took the build 226 s)', () => {
		expect(validateStory(withText('“'.repeat(300_000)))).toEqual([
			`${FIRST}: body[0].text is 300,000 characters long: more than the 50,000 a paragraph may hold (split it)`
		]);
		expect(validateStory(withText('“a” '.repeat(501)))).toEqual([
			`${FIRST}: body[0].text holds 1,002 quotation marks: more than the 1,000 a paragraph may hold`
		]);
		expect(validateStory(withText('“a” '.repeat(500)))).toEqual([]);
	});

	it('the importer refuses it too, so the build never sees it', () => {
		const file = timeline([slide('Marks', `<p>${'“'.repeat(300_000)}</p>`)]);
		expect(refusedLines(importBytes('marks.json', file))).toEqual([
			'marks.json: events[0] "Marks": text.text is 300,007 characters long: more than the 200,000 an imported text field may hold'
		]);
		const marks = timeline([slide('Marks', `<p>${'“'.repeat(60_000)}</p>`)]);
		expect(refusedLines(importBytes('marks.json', marks))).toEqual([
			'marks.json: events[0] "Marks": text.text paragraph 1 is 60,000 characters long: more than the 50,000 a paragraph may hold (split it)'
		]);
	});

	// The one-pass readers read as the patterns they replace did, on any text of these characters.
	const reference = {
		quotationsIn: (text: string) => [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1]!),
		sentencesQuoting(text: string) {
			const masked = text.replace(/“[^”]*”/g, (q) => `“${'x'.repeat(q.length - 2)}”`);
			const sentences: string[] = [];
			let start = 0;
			for (const match of masked.matchAll(/[.?!]”?(?=\s|$)/g)) {
				const end = match.index + match[0].length;
				sentences.push(text.slice(start, end).trim());
				start = end;
			}
			if (start < text.length) sentences.push(text.slice(start).trim());
			return sentences.filter((sentence) => sentence.includes('“'));
		},
		piecesOf: (quotation: string) =>
			quotation
				.replace(/[‘’ʼ]/g, "'")
				.replace(/[“”]/g, '"')
				.replace(/\s+/g, ' ')
				.trim()
				.replace(/[,.]$/, '')
				.split(/\s*(?:…|\.\.\.|\[[^\]]*\])\s*/)
				.map((piece) => piece.trim())
				.filter((piece) => piece.length > 0)
	};
	const texts = fc.string({ unit: fc.constantFrom(...'“”.?! \na[]…,’'.split('')), maxLength: 40 });
	it.each([['quotationsIn'], ['sentencesQuoting'], ['piecesOf']] as const)(
		'%s reads as its pattern did',
		(name) => {
			const read = { quotationsIn, sentencesQuoting, piecesOf }[name];
			fc.assert(
				fc.property(texts, (text) => {
					expect(read(text)).toEqual(reference[name](text));
				})
			);
		}
	);
});

describe('formatting left open across paragraphs', () => {
	const bold = (tags: number, paragraphs: number) => {
		let html = '<p>';
		for (let i = 0; i < tags; i++) html += `<b id=b${i}>`;
		return html + '</p><p>x'.repeat(paragraphs);
	};

	it('refuses the 64 KB field that took parse5 36 s and 3.7 GB, naming it, before parsing', () => {
		const file = timeline([slide('Bold', bold(3_500, 3_500))]);
		expect(refusedLines(importBytes('bold.json', file))).toEqual([
			'bold.json: events[0] "Bold": text.text nests elements 101 deep (formatting left open counts in every later paragraph): more than the 100 an imported text field may nest'
		]);
	});

	it('refuses fewer tags over more paragraphs: what the parser would make is counted', () => {
		const file = timeline([slide('Bold', bold(90, 600))]);
		expect(refusedLines(importBytes('bold.json', file))).toEqual([
			'bold.json: events[0] "Bold": text.text would make more than 50,000 elements (formatting left open is made again in every later paragraph): more than an imported text field may make'
		]);
	});

	it('refuses it in embed code too, and in a headline', () => {
		const { report } = importedOk(
			importBytes(
				'embed.json',
				timeline([
					{ ...slide('Embed'), media: { url: `<blockquote>${bold(3_500, 10)}`, credit: 'x' } }
				])
			)
		);
		expect(report.dropped.find((l) => l.text === 'Media that cannot be carried')?.where).toEqual([
			'events[0] "Embed": media: embed code that nests elements 101 deep (formatting left open counts in every later paragraph): more than the 100 an imported text field may nest'
		]);
		expect(refusedLines(importBytes('h.json', timeline([slide(bold(200, 2))])))[0]).toMatch(
			/^h\.json: events\[0\]: text\.headline nests elements 101 deep/
		);
	});

	// The measure is the parser's bookkeeping, near enough: on any markup of these pieces,
	// parse5 makes at most twice the elements it counts, nested at most twice as deep.
	const pieces =
		'<p> </p> <b> </b> <b id=1> <b id=2> <i> </i> <a href=x> </a> <div> </div> <li> <ul> </ul> x <br> <table> <td> <tr> </table> <span> </span> <font> <!--c--> <script>a<b>c</script> <em> </em> <h1> </h1> <select> <option> <svg> </svg> <math>';
	it('counts what the parser makes, within a factor of two', () => {
		const count = (html: string) => {
			let [elements, deepest] = [0, 0];
			const stack: [{ childNodes?: unknown[] }, number][] = [[parseFragment(html), 0]];
			for (let top = stack.pop(); top; top = stack.pop()) {
				const [node, depth] = top;
				[elements, deepest] = [elements + 1, Math.max(deepest, depth)];
				for (const child of node.childNodes ?? []) stack.push([child as object, depth + 1]);
			}
			return { elements: elements - 1, nesting: deepest };
		};
		const markup = fc.array(fc.constantFrom(...pieces.split(' ')), { maxLength: 200 });
		fc.assert(
			fc.property(markup, (parts) => {
				const html = parts.join('');
				const [real, measured] = [count(html), measureHtml(html)];
				expect(real.elements).toBeLessThanOrEqual(2 * measured.elements + 2);
				expect(real.nesting).toBeLessThanOrEqual(2 * measured.nesting + 2);
			}),
			{ numRuns: 300 }
		);
	});

	it('reads ordinary formatting left open, as browsers do', () => {
		const { story } = importedOk(importBytes('ok.json', timeline([slide('Ok', bold(3, 3))])));
		expect(story.events[0]!.body.map((p) => p.text)).toEqual(['**x**', '**x**', '**x**']);
	});
});

describe('one headline forty thousand times', () => {
	it('numbers the ids, each base going on from where it got to (80 s for 40,000 before)', () => {
		const used = new Set<string>();
		const ids = Array.from({ length: 40_000 }, () => uniqueSlug('One headline', used, 'event'));
		expect(ids.slice(0, 3)).toEqual(['one-headline', 'one-headline-2', 'one-headline-3']);
		expect(ids.at(-1)).toBe('one-headline-40000');
		// Ids taken some other way (a chapter's own id) are still skipped.
		used.add('other-2');
		expect(['Other', 'Other', 'Other'].map((t) => uniqueSlug(t, used, 'x'))).toEqual([
			'other',
			'other-3',
			'other-4'
		]);
	});

	it('imports a file of one headline with every id its own', () => {
		const events = Array.from({ length: 2_000 }, () => slide('One headline'));
		const { story } = importedOk(importBytes('many.json', timeline(events)));
		expect(story.events.at(-1)!.id).toBe('one-headline-2000');
		expect(new Set(story.events.map((e) => e.id)).size).toBe(2_000);
	});
});

describe('escape sequences for the terminal', () => {
	const ESC = '\u001b';
	// A window title, red text, a hidden link (OSC 8) and a line that forges a report line.
	const headline = `${ESC}]0;owned${ESC}\\${ESC}[31mRed${ESC}]8;;https://evil.example${ESC}\\ link\n- Nothing.`;

	it('prints a headline’s escapes as characters in the import’s report, and forges no line', () => {
		const media = { url: `nowhere\n- Nothing.${ESC}[2J.jpg`, credit: 'x' };
		const { report } = importedOk(
			importBytes('esc.json', timeline([{ ...slide(headline), media }]))
		);
		const printed = formatReport(report);
		// No control character but the report's own line breaks.
		const controls = [...printed].filter(
			(c) => c !== '\n' && (c < ' ' || (c >= '\u007f' && c <= '\u009f'))
		);
		expect(controls).toEqual([]);
		expect(printed).toContain(
			'- Local media not found beside the input (1): events[0] "\\u001b]0;owned\\u001b\\\\u001b[31mRed\\u001b]8;;https://evil.example\\u001b\\ link - Nothin…": media: nowhere\\n- Nothing.\\u001b[2J.jpg'
		);
		expect(printed.split('\n')).not.toContain('- Nothing.');
	});

	it('prints them as characters in a refusal', () => {
		const file = timeline([{ ...slide(headline), start_date: { year: `${ESC}[2J` } }]);
		const [problem] = refusedLines(importBytes('esc.json', file));
		expect(problem).toMatch(
			/^esc\.json: events\[0\] "\\u001b\]0;owned.*start_date\.year "\\u001b\[2J"/
		);
		expect(problem).not.toContain(ESC);
	});

	it('prints them as characters in the build’s problems', () => {
		const events = fixture.events.map((e, i) => (i === 0 ? { ...e, id: `${ESC}[31mred` } : e));
		const problems = validateStory({ ...fixture, events });
		expect(problems[0]).toBe(
			'story.json: events[0] "\\u001b[31mred": id must be a lower-case slug (like "deir-ez-zor")'
		);
	});
});

describe('addresses that match a pattern but are none', () => {
	const broken = (change: (story: Story) => void) => {
		const story = structuredClone(fixture) as Story;
		change(story);
		return validateStory(story);
	};

	it('refuses meta.url with an impossible port or host, which crashed the prerender', () => {
		for (const url of ['https://example.org:99999/', 'https://[/'])
			expect(broken((s) => (s.meta.url = url))).toEqual([
				`story.json: meta.url "${url}" is not a valid address`
			]);
	});

	it('refuses a share picture, a source, a medium or a link no browser can read', () => {
		expect(broken((s) => (s.meta.shareImage.path = 'http://['))).toEqual([
			'story.json: meta.shareImage.path "http://[" is not a path or address a browser can read'
		]);
		expect(broken((s) => (s.sources[0]!.url = 'https://['))).toEqual([
			`story.json: sources[0] "${fixture.sources[0]!.id}": url "https://[" is not a valid address`
		]);
		expect(broken((s) => (s.meta.media![0]!.src = 'https://[x]/'))).toEqual([
			'story.json: meta.media[0].src "https://[x]/" is not a valid address'
		]);
		expect(
			broken((s) => (s.events[0]!.body[0]!.text += ' [a link](https://a.org:70000/x).'))
		).toEqual([
			`${FIRST}: body[0].text links to "https://a.org:70000/x", which is not a valid address`
		]);
	});

	it('keeps the words of such a link in an import, and says so', () => {
		const { story, report } = importedOk(
			importBytes('a.json', timeline([slide('Link', '<a href="https://[/">the words</a>')]))
		);
		expect(story.events[0]!.body[0]!.text).toBe('the words');
		expect(report.dropped.find((l) => l.text.startsWith('Links that are not'))?.where).toEqual([
			'events[0] "Link": text.text: an address that does not parse'
		]);
	});
});

describe('captions with impossible characters', () => {
	const cue = (text: string) => `WEBVTT\n\n00:00.000 --> 00:01.000\n${text}\n`;

	it('reads a character past U+10FFFF, a surrogate or NUL as U+FFFD (it threw a RangeError)', () => {
		expect(transcriptOf(cue('a &#x110000; b &#xD800; c &#0; d &#99999999999999999999;'))).toEqual([
			'a \ufffd b \ufffd c \ufffd d \ufffd'
		]);
	});

	it('keeps an unclosed tag or a stray ampersand as characters', () => {
		expect(transcriptOf(cue('<v Anna>x &amp y < z &lt; <b'))).toEqual(['Anna: x &amp y < z < <b']);
	});
});
