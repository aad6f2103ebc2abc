/**
 * Direct quotations in the story's text, and whether a source prints them word for
 * word. Typographic quotes and apostrophes count as their plain forms; a cut is marked
 * with an ellipsis and an insertion with square brackets, and each piece between them
 * must appear in the source, in order.
 */

/** Every passage between “curly double quotes” in a text. */
export function quotationsIn(text: string): string[] {
	return [...text.matchAll(/“([^”]*)”/g)].map((match) => match[1]!);
}

const plain = (text: string) =>
	text.replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/**
 * The runs of a quotation that must stand in the source, its cuts and insertions left
 * out. A final comma or full stop belongs to the story's sentence, not the quotation.
 */
export function piecesOf(quotation: string): string[] {
	return plain(quotation)
		.replace(/[,.]$/, '')
		.split(/\s*(?:…|\.\.\.|\[[^\]]*\])\s*/)
		.map((piece) => piece.trim())
		.filter((piece) => piece.length > 0);
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

/**
 * The sentences of a text that hold a quotation, whole: a question mark or full stop
 * inside quotation marks does not end the story's sentence.
 */
export function sentencesQuoting(text: string): string[] {
	const masked = text.replace(/“[^”]*”/g, (quote) => `“${'x'.repeat(quote.length - 2)}”`);
	const sentences: string[] = [];
	let start = 0;
	for (const match of masked.matchAll(/[.?!]”?(?=\s|$)/g)) {
		const end = match.index + match[0].length;
		sentences.push(text.slice(start, end).trim());
		start = end;
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
