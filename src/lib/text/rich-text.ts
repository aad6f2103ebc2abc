// The story's own small Markdown: paragraphs, `- ` and `1. ` lists, **strong**, *emphasis*
// (or _emphasis_), [links](https://…) and backslash escapes. No raw HTML: `<` is a
// character. It ships to the browser, so it is dependency-free and runs in time linear in
// its input whatever the input is (no backtracking, no regular expressions over the text).

export type Inline =
	| { kind: 'text'; text: string }
	| { kind: 'emphasis' | 'strong'; content: Inline[] }
	| { kind: 'link'; href: string; content: Inline[] };

export type Block =
	{ kind: 'paragraph'; content: Inline[] } | { kind: 'list'; ordered: boolean; items: Inline[][] };

/** Markup nested deeper than this reads as its characters: no reader needs more. */
const MAX_DEPTH = 8;

/** The text's blocks: paragraphs and lists, each with its inline markup. */
export function parseRichText(text: string): Block[] {
	const blocks: Block[] = [];
	let paragraph: string[] = [];
	let list: { ordered: boolean; items: string[] } | undefined;
	const endParagraph = () => {
		if (paragraph.length)
			blocks.push({ kind: 'paragraph', content: parseInline(paragraph.join(' ')) });
		paragraph = [];
	};
	const endList = () => {
		if (list)
			blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
		list = undefined;
	};
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (line === '') {
			endParagraph();
			endList();
			continue;
		}
		const item = listItem(line);
		if (!item) {
			endList();
			paragraph.push(line);
			continue;
		}
		endParagraph();
		if (list && list.ordered !== item.ordered) endList();
		list ??= { ordered: item.ordered, items: [] };
		list.items.push(item.rest);
	}
	endParagraph();
	endList();
	return blocks;
}

/** `- item` or `12. item` at the start of a (trimmed) line. */
function listItem(line: string): { ordered: boolean; rest: string } | undefined {
	if (line.startsWith('- ')) return { ordered: false, rest: line.slice(2).trim() };
	let i = 0;
	while (i < line.length && i < 9 && isDigit(line.charCodeAt(i))) i++;
	if (i > 0 && line[i] === '.' && line[i + 1] === ' ')
		return { ordered: true, rest: line.slice(i + 2).trim() };
	return undefined;
}

/** The words without markup: paragraphs apart by a blank line, list items one a line. */
export function plainText(text: string): string {
	return parseRichText(text)
		.map((block) =>
			block.kind === 'paragraph'
				? inlineText(block.content)
				: block.items.map(inlineText).join('\n')
		)
		.join('\n\n');
}

/** True when the text has no markup or escapes: it reads exactly as written. */
export function isPlainText(text: string): boolean {
	return plainText(text) === text;
}

function inlineText(content: Inline[]): string {
	let out = '';
	const stack: Inline[][] = [content];
	const at: number[] = [0];
	while (stack.length) {
		const nodes = stack[stack.length - 1]!;
		const i = at[at.length - 1]!;
		if (i >= nodes.length) {
			stack.pop();
			at.pop();
			continue;
		}
		at[at.length - 1] = i + 1;
		const node = nodes[i]!;
		if (node.kind === 'text') out += node.text;
		else {
			stack.push(node.content);
			at.push(0);
		}
	}
	return out;
}

// Tokens live in typed arrays, not objects: a megabyte of delimiters is a million tokens,
// and allocating each would leave the garbage collector most of the work.
const TEXT = 0; // characters start..end
const ESCAPED = 1; // the one character at start
const STRONG = 2; // `**`
const STAR = 3; // `*`
const UNDERSCORE = 4; // `_`
const BRACKET = 5; // `[`
const CLOSE = 6; // `]`, with `(href)` from start + 2 to end - 1 when it has one

interface Tokens {
	count: number;
	kind: Uint8Array;
	start: Int32Array;
	end: Int32Array;
	/** 1: may open, 2: may close; for CLOSE, 1 when an href follows. */
	flags: Uint8Array;
	/** The paired token's index, or -1. */
	match: Int32Array;
}

const SCHEMES = ['https://', 'http://', 'mailto:'];

/** Inline markup of one paragraph or list item. */
export function parseInline(text: string): Inline[] {
	const tokens = tokenize(text);
	pair(tokens);
	return build(text, tokens);
}

function tokenize(s: string): Tokens {
	const size = s.length + 1;
	const t: Tokens = {
		count: 0,
		kind: new Uint8Array(size),
		start: new Int32Array(size),
		end: new Int32Array(size),
		flags: new Uint8Array(size),
		match: new Int32Array(size).fill(-1)
	};
	const push = (kind: number, start: number, end: number, flags = 0) => {
		const k = t.count++;
		t.kind[k] = kind;
		t.start[k] = start;
		t.end[k] = end;
		t.flags[k] = flags;
	};
	let stops: Int32Array | undefined;
	let start = 0;
	const flush = (end: number) => {
		if (end > start) push(TEXT, start, end);
	};
	let i = 0;
	while (i < s.length) {
		const c = s.charCodeAt(i);
		if (c === 92 && i + 1 < s.length && isPunctuation(s.charCodeAt(i + 1))) {
			flush(i);
			push(ESCAPED, i + 1, i + 2);
			i += 2;
			start = i;
		} else if (c === 42 || c === 95) {
			const strong = c === 42 && s.charCodeAt(i + 1) === 42;
			const length = strong ? 2 : 1;
			const canOpen = i + length < s.length && !isSpace(s.charCodeAt(i + length));
			const canClose = i > 0 && !isSpace(s.charCodeAt(i - 1));
			flush(i);
			push(
				strong ? STRONG : c === 42 ? STAR : UNDERSCORE,
				i,
				i + length,
				(canOpen ? 1 : 0) | (canClose ? 2 : 0)
			);
			i += length;
			start = i;
		} else if (c === 91) {
			flush(i);
			push(BRACKET, i, i + 1, 1);
			start = ++i;
		} else if (c === 93) {
			flush(i);
			let end = i + 1;
			if (s.charCodeAt(i + 1) === 40) {
				stops ??= hrefStops(s);
				const stop = stops[i + 2]!;
				if (s.charCodeAt(stop) === 41 && isHref(s, i + 2, stop)) end = stop + 1;
			}
			push(CLOSE, i, end, end > i + 1 ? 1 : 0);
			i = end;
			start = i;
		} else i++;
	}
	flush(s.length);
	return t;
}

/**
 * Pairs openers with closers in one pass over a stack: each opener is pushed and popped
 * at most once, so the work is linear however the delimiters are arranged. An opener left
 * above a closing pair, or never closed, stays as its characters.
 */
function pair(t: Tokens): void {
	const open = new Int32Array(t.count);
	let top = 0;
	// Per kind (STRONG…BRACKET), the openers still usable, as a stack of token indices.
	const byKind = [STRONG, STAR, UNDERSCORE, BRACKET].map(() => ({
		items: new Int32Array(t.count),
		top: 0
	}));
	const kindStack = (kind: number) => byKind[kind - STRONG]!;
	const popTo = (index: number) => {
		while (top > 0) {
			const k = open[--top]!;
			const same = kindStack(t.kind[k]!);
			if (same.top > 0 && same.items[same.top - 1] === k) same.top--;
			if (k === index) return;
		}
	};
	for (let k = 0; k < t.count; k++) {
		const kind = t.kind[k]!;
		if (kind === TEXT || kind === ESCAPED) continue;
		if (kind === CLOSE) {
			const brackets = kindStack(BRACKET);
			if (brackets.top === 0) continue;
			const opener = brackets.items[brackets.top - 1]!;
			if (t.flags[k] === 0 || opener === k - 1) {
				// `[…]` without a link address (or with nothing inside) is only brackets.
				brackets.top--;
				continue;
			}
			popTo(opener);
			t.match[opener] = k;
			t.match[k] = opener;
			brackets.top = 0; // no link inside a link
			continue;
		}
		const same = kindStack(kind);
		const opener = same.top > 0 ? same.items[same.top - 1]! : -1;
		if (kind !== BRACKET && t.flags[k]! & 2 && opener >= 0 && opener !== k - 1) {
			popTo(opener);
			t.match[opener] = k;
			t.match[k] = opener;
		} else if (t.flags[k]! & 1) {
			open[top++] = k;
			same.items[same.top++] = k;
		}
	}
}

function build(s: string, t: Tokens): Inline[] {
	/** Text so far is `parts` then the source range from..to (contiguous text stays one slice). */
	interface Frame {
		content: Inline[];
		closeAt: number;
		parts: string[];
		from: number;
		to: number;
	}
	const frame = (content: Inline[], closeAt: number): Frame => ({
		content,
		closeAt,
		parts: [],
		from: 0,
		to: 0
	});
	const root = frame([], -1);
	const frames: Frame[] = [root];
	const literal = new Uint8Array(t.count);
	const addRange = (f: Frame, from: number, to: number) => {
		if (f.to === from && f.to > f.from) f.to = to;
		else {
			if (f.to > f.from) f.parts.push(s.slice(f.from, f.to));
			f.from = from;
			f.to = to;
		}
	};
	const flushText = (f: Frame) => {
		if (f.to > f.from) f.parts.push(s.slice(f.from, f.to));
		if (f.parts.length) f.content.push({ kind: 'text', text: f.parts.join('') });
		f.parts = [];
		f.from = f.to = 0;
	};
	for (let k = 0; k < t.count; k++) {
		const current = frames[frames.length - 1]!;
		const kind = t.kind[k]!;
		if (k === current.closeAt) {
			flushText(current);
			frames.pop();
			continue;
		}
		const match = t.match[k]!;
		const paired = kind !== TEXT && kind !== ESCAPED && match > k && !literal[k];
		if (paired && frames.length <= MAX_DEPTH) {
			flushText(current);
			const content: Inline[] = [];
			if (kind === BRACKET) {
				const href = s.slice(t.start[match]! + 2, t.end[match]! - 1);
				current.content.push({ kind: 'link', href, content });
			} else current.content.push({ kind: kind === STRONG ? 'strong' : 'emphasis', content });
			frames.push(frame(content, match));
			continue;
		}
		if (paired) literal[match] = 1;
		// Text, an escaped character, or a delimiter read literally: its own characters.
		addRange(current, t.start[k]!, t.end[k]!);
	}
	flushText(root);
	return root.content;
}

/** For each index, where an href starting there must end: `)`, a space or a control. */
function hrefStops(s: string): Int32Array {
	const stops = new Int32Array(s.length + 1);
	stops[s.length] = s.length;
	for (let i = s.length - 1; i >= 0; i--) {
		const c = s.charCodeAt(i);
		stops[i] = c === 41 || c <= 32 || c === 127 ? i : stops[i + 1]!;
	}
	return stops;
}

function isHref(s: string, from: number, to: number): boolean {
	const lower = s.slice(from, Math.min(to, from + 16)).toLowerCase();
	return SCHEMES.some((scheme) => lower.startsWith(scheme) && to - from > scheme.length);
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function isSpace(code: number): boolean {
	return code === 32 || (code >= 9 && code <= 13) || code === 160;
}

/** ASCII punctuation: what a backslash may escape. */
function isPunctuation(code: number): boolean {
	return (
		(code >= 33 && code <= 47) ||
		(code >= 58 && code <= 64) ||
		(code >= 91 && code <= 96) ||
		(code >= 123 && code <= 126)
	);
}
