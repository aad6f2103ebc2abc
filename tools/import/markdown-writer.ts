// Writes runs of styled text as the story's Markdown (src/lib/text/rich-text.ts reads it
// back): links outermost, then strong, then emphasis, special characters escaped.

/** A stretch of text and the styles it has. */
export interface Run {
	text: string;
	em: boolean;
	strong: boolean;
	href: string | undefined;
}

type Piece =
	| { kind: 'text'; text: string }
	| { kind: 'mark'; mark: 'em' | 'strong' | 'link'; open: boolean; id: number; href?: string };

/**
 * Runs to Markdown: links outermost, then strong, then emphasis, each spanning the longest
 * stretch of runs that share it. Spaces at a span's edges move outside its delimiters.
 */
export function writeRuns(runs: Run[]): string {
	const pieces: Piece[] = [];
	let id = 0;
	const group = <K extends 'href' | 'strong' | 'em'>(
		items: Run[],
		key: K,
		inner: (items: Run[]) => void
	) => {
		let i = 0;
		while (i < items.length) {
			let j = i;
			while (j < items.length && items[j]![key] === items[i]![key]) j++;
			const value = items[i]![key];
			const span = items.slice(i, j);
			if (value) {
				const lead = span[0]!.text.startsWith(' ');
				const trail = span[span.length - 1]!.text.endsWith(' ');
				if (lead) pieces.push({ kind: 'text', text: ' ' });
				const mark = key === 'href' ? 'link' : (key as 'em' | 'strong');
				const n = id++;
				const href = key === 'href' ? (value as string) : undefined;
				pieces.push({ kind: 'mark', mark, open: true, id: n, href });
				inner(edgeTrimmed(span, lead, trail));
				pieces.push({ kind: 'mark', mark, open: false, id: n, href });
				if (trail) pieces.push({ kind: 'text', text: ' ' });
			} else inner(span);
			i = j;
		}
	};
	group(runs, 'href', (a) =>
		group(a, 'strong', (b) =>
			group(b, 'em', (c) =>
				c.forEach((run) => pieces.push({ kind: 'text', text: escapeText(run.text) }))
			)
		)
	);
	return serialize(pieces);
}

function edgeTrimmed(span: Run[], lead: boolean, trail: boolean): Run[] {
	const copy = span.map((run) => ({ ...run }));
	if (lead) copy[0]!.text = copy[0]!.text.slice(1);
	if (trail) copy[copy.length - 1]!.text = copy[copy.length - 1]!.text.slice(0, -1);
	return copy.filter((run) => run.text !== '');
}

/**
 * Emphasis is `*…*` unless it touches another delimiter, where `***` would be ambiguous:
 * there it is `_…_`. Empty spans are left out.
 */
function serialize(pieces: Piece[]): string {
	const underscore = new Set<number>();
	pieces.forEach((piece, i) => {
		if (piece.kind !== 'mark' || piece.mark !== 'em') return;
		const before = pieces[i - 1];
		const after = pieces[i + 1];
		if (before?.kind === 'mark' || after?.kind === 'mark') underscore.add(piece.id);
	});
	let out = '';
	for (const piece of pieces) {
		if (piece.kind === 'text') out += piece.text;
		else if (piece.mark === 'strong') out += '**';
		else if (piece.mark === 'em') out += underscore.has(piece.id) ? '_' : '*';
		else out += piece.open ? '[' : `](${encodeHref(piece.href ?? '')})`;
	}
	return out.trim();
}

/** Characters that would end or break `(href)` are percent-encoded: the address is the same. */
function encodeHref(href: string): string {
	let out = '';
	for (const c of href) {
		const code = c.charCodeAt(0);
		out +=
			c === '(' || c === ')' || c === '\\' || code <= 32 || code === 127
				? `%${code.toString(16).toUpperCase().padStart(2, '0')}`
				: c;
	}
	return out;
}

const SPECIAL = new Set(['\\', '*', '_', '[', ']', '(', ')', '#']);

/** Markdown's special characters read literally, each after a backslash. */
export function escapeText(text: string): string {
	let out = '';
	for (const c of text) out += SPECIAL.has(c) ? `\\${c}` : c;
	return out;
}

/** A paragraph that begins like a list item (`- ` or `1. `) stays a paragraph. */
export function escapeLineStart(paragraph: string): string {
	if (paragraph.startsWith('- ')) return `\\${paragraph}`;
	let i = 0;
	while (i < paragraph.length && paragraph[i]! >= '0' && paragraph[i]! <= '9') i++;
	if (i > 0 && paragraph[i] === '.' && paragraph[i + 1] === ' ')
		return `${paragraph.slice(0, i)}\\${paragraph.slice(i)}`;
	return paragraph;
}
