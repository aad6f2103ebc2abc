/**
 * Direct quotations in the story's text, and whether a source prints them word for
 * word. Typographic quotes and apostrophes count as their plain forms; a cut is marked
 * with an ellipsis and an insertion with square brackets, and each piece between them
 * must appear in the source, in order. Every reader here is one pass over the text (no
 * pattern that backtracks): a paragraph of a million quotation marks costs a million
 * steps, not a million squared.
 */

/** What one paragraph may hold: more is not a paragraph, and the build refuses it. */
export const PARAGRAPH_LIMITS = { characters: 50_000, quotationMarks: 1_000 } as const;

/** Why a paragraph's text is more than a paragraph, or undefined when it is within the limits. */
export function paragraphLimitProblem(text: string): string | undefined {
	const { characters, quotationMarks } = PARAGRAPH_LIMITS;
	if (text.length > characters)
		return `is ${text.length.toLocaleString('en')} characters long: more than the ${characters.toLocaleString('en')} a paragraph may hold (split it)`;
	let marks = 0;
	for (let at = 0; at < text.length; at++) {
		const c = text.charCodeAt(at);
		if (c === 0x201c || c === 0x201d) marks++;
	}
	if (marks > quotationMarks)
		return `holds ${marks.toLocaleString('en')} quotation marks: more than the ${quotationMarks.toLocaleString('en')} a paragraph may hold`;
	return undefined;
}

/**
 * Where each quotation stands: the index of its “ and of its ”, leftmost first, as
 * `“[^”]*”` reads them. After a “ with no ” behind it, none can close: the scan stops.
 */
function quotationSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (let from = 0; ;) {
		const open = text.indexOf('“', from);
		if (open < 0) break;
		const close = text.indexOf('”', open + 1);
		if (close < 0) break;
		spans.push([open, close]);
		from = close + 1;
	}
	return spans;
}

/** Every passage between “curly double quotes” in a text. */
export function quotationsIn(text: string): string[] {
	return quotationSpans(text).map(([open, close]) => text.slice(open + 1, close));
}

/** Whitespace as one space, typographic quotes and apostrophes as their plain forms, trimmed. */
function plain(text: string): string {
	let out = '';
	let space = false;
	for (const c of text) {
		if (/\s/.test(c)) {
			space = out !== '';
			continue;
		}
		if (space) out += ' ';
		space = false;
		out += c === '‘' || c === '’' || c === 'ʼ' ? "'" : c === '“' || c === '”' ? '"' : c;
	}
	return out;
}

/**
 * The runs of a quotation that must stand in the source, its cuts and insertions left
 * out. A final comma or full stop belongs to the story's sentence, not the quotation.
 */
export function piecesOf(quotation: string): string[] {
	let text = plain(quotation);
	if (text.endsWith(',') || text.endsWith('.')) text = text.slice(0, -1);
	const pieces: string[] = [];
	let start = 0;
	/** The next `]` at or after an index: looked up again only once passed. */
	let close = -1;
	const cut = (at: number, next: number) => {
		pieces.push(text.slice(start, at).trim());
		start = next;
	};
	for (let at = 0; at < text.length;) {
		if (text[at] === '…') cut(at, (at += 1));
		else if (text.startsWith('...', at)) cut(at, (at += 3));
		else if (text[at] === '[') {
			if (close !== Infinity && close < at) close = text.indexOf(']', at);
			if (close < 0) close = Infinity; // no `]` left: every later `[` is a character
			if (close === Infinity) at++;
			else cut(at, (at = close + 1));
		} else at++;
	}
	cut(text.length, text.length);
	return pieces.filter((piece) => piece.length > 0);
}

/** True when the source prints the quotation word for word (cuts and insertions aside). */
export function isQuotedFrom(quotation: string, source: string): boolean {
	const text = plain(source);
	const pieces = piecesOf(quotation);
	if (pieces.length === 0) return false;
	let from = 0;
	for (const piece of pieces) {
		const at = text.indexOf(piece, from);
		if (at < 0) return false;
		from = at + piece.length;
	}
	return true;
}

/** Whitespace, or the end of the text, as `(?=\s|$)` reads it. */
const endsWord = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * The sentences of a text that hold a quotation, whole: a question mark or full stop
 * inside quotation marks does not end the story's sentence. A sentence ends at `.`, `?`
 * or `!` outside quotation marks (with a stray `”` after it), before a space or the end.
 */
export function sentencesQuoting(text: string): string[] {
	const spans = quotationSpans(text);
	const sentences: string[] = [];
	let start = 0;
	let span = 0;
	for (let at = 0; at < text.length; at++) {
		if (span < spans.length && at === spans[span]![0]) {
			at = spans[span++]![1]; // over the quotation, to its closing mark
			continue;
		}
		const c = text[at];
		if (c !== '.' && c !== '?' && c !== '!') continue;
		let end = at + 1;
		if (text[end] === '”' && endsWord(text[end + 1])) end++;
		if (!endsWord(text[end])) continue;
		sentences.push(text.slice(start, end).trim());
		start = end;
		at = end - 1;
	}
	if (start < text.length) sentences.push(text.slice(start).trim());
	return sentences.filter((sentence) => sentence.includes('“'));
}

/** People a source quotes in translation (they spoke another language), and the note their words carry. */
export interface QuotedInTranslation {
	speakers: readonly string[];
	note: string;
}

/**
 * What each quoting sentence of a paragraph (in English, as the story file has it)
 * was translated from: the index of the group of `translated` whose speaker it names,
 * or -1 for a quotation in the source's own English.
 */
export function quotationOrigins(text: string, translated: readonly QuotedInTranslation[]) {
	return sentencesQuoting(text).map((sentence) => ({
		sentence,
		group: translated.findIndex((group) => group.speakers.some((name) => sentence.includes(name)))
	}));
}

/** How many times `note` stands in `text`. */
export const countOf = (text: string, note: string) => text.split(note).length - 1;
