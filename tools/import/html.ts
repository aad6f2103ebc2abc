// Other tools' HTML fields, read with a real HTML parser (parse5) into the story's
// Markdown subset (src/lib/text/rich-text.ts) or into plain text. Only words, http(s) and
// mailto links, emphasis, strong and lists survive; everything else is counted, so the
// report can say what went.
import { parseFragment } from 'parse5';
import { htmlLimitProblem } from './html-limits.ts';
import { escapeLineStart, writeRuns, type Run } from './markdown-writer.ts';

export { escapeText } from './markdown-writer.ts';

/** What cleaning one field removed, for the report. */
export interface Removals {
	/** Elements dropped with their content, by tag name. */
	elements: Map<string, number>;
	/** `on…` attributes (event handlers), by name. */
	handlers: Map<string, number>;
	styleAttributes: number;
	/** Links whose address is not http(s) or mailto: their words stay. */
	links: string[];
	/** Protocol-relative links (`//host/…`) read as https. */
	upgradedLinks: number;
	nestedLists: number;
	/** Whether the field held any element at all. */
	markup: boolean;
	/** Why the field was not parsed at all: more than a field may be (html-limits.ts). */
	refused?: string;
}

/** Elements dropped with everything inside them: code, styling, frames, forms, pictures. */
const DROPPED = new Set(
	[
		'script style iframe object embed template noscript svg math applet frame frameset',
		'form input button select textarea option optgroup datalist output fieldset legend label',
		'img picture video audio source track canvas map area param link meta base title head'
	]
		.join(' ')
		.split(' ')
);

/** Elements that end a paragraph (and start the next). */
const BREAKS = new Set(
	[
		'p div br blockquote h1 h2 h3 h4 h5 h6 hr pre section article aside header footer',
		'nav main figure figcaption address dl dt dd table caption tr thead tbody tfoot center'
	]
		.join(' ')
		.split(' ')
);

type Block =
	{ kind: 'paragraph'; runs: Run[] } | { kind: 'list'; ordered: boolean; items: Run[][] };

interface Node {
	nodeName: string;
	value?: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Node[];
}

export function emptyRemovals(): Removals {
	return {
		elements: new Map(),
		handlers: new Map(),
		styleAttributes: 0,
		links: [],
		upgradedLinks: 0,
		nestedLists: 0,
		markup: false
	};
}

/** The field as Markdown paragraphs (a list is one paragraph of `- ` lines). */
export function htmlToMarkdown(html: string): { paragraphs: string[]; removals: Removals } {
	const { blocks, removals } = readBlocks(html);
	const paragraphs = blocks
		.map((block) =>
			block.kind === 'paragraph'
				? escapeLineStart(writeRuns(block.runs))
				: block.items
						.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${writeRuns(item)}`)
						.join('\n')
		)
		.filter((paragraph) => paragraph !== '');
	return { paragraphs, removals };
}

/** The field's words on one line: for titles, captions, credits and labels. */
export function htmlToPlain(html: string): { text: string; removals: Removals } {
	const { blocks, removals } = readBlocks(html);
	const words = blocks.flatMap((block) =>
		block.kind === 'paragraph' ? [runsText(block.runs)] : block.items.map(runsText)
	);
	return { text: words.filter((w) => w !== '').join(' '), removals };
}

function runsText(runs: Run[]): string {
	return runs.map((run) => run.text).join('');
}

/**
 * Walks the parsed fragment without recursion: hostile nesting cannot exhaust the stack.
 * A field over the limits is not parsed: it reads as nothing, and `removals.refused` says why.
 */
function readBlocks(html: string): { blocks: Block[]; removals: Removals } {
	const removals = emptyRemovals();
	const refused = htmlLimitProblem(html);
	if (refused) return { blocks: [], removals: { ...removals, refused } };
	const blocks: Block[] = [];
	let runs: Run[] = [];
	let list: { ordered: boolean; items: Run[][] } | undefined;
	let listDepth = 0;
	let em = 0;
	let strong = 0;
	const hrefs: (string | undefined)[] = [];

	const endBlock = () => {
		trimRuns(runs);
		if (list) {
			if (runs.length) list.items.push(runs);
		} else if (runs.length) blocks.push({ kind: 'paragraph', runs });
		runs = [];
	};
	// Inside a list a paragraph break is a space: the item goes on.
	const breakBlock = () => (list ? addText(' ') : endBlock());
	const addText = (raw: string) => {
		let text = collapse(raw);
		const last = runs[runs.length - 1];
		const atStart = !last || last.text.endsWith(' ');
		if (atStart && text.startsWith(' ')) text = text.slice(1);
		if (text === '') return;
		const style = { em: em > 0, strong: strong > 0, href: hrefs.findLast((h) => h !== undefined) };
		if (last && last.em === style.em && last.strong === style.strong && last.href === style.href)
			last.text += text;
		else runs.push({ text, ...style });
	};

	type Step = { node: Node; exit: boolean };
	const stack: Step[] = [...(parseFragment(html).childNodes as Node[])]
		.reverse()
		.map((node) => ({ node, exit: false }));
	while (stack.length) {
		const { node, exit } = stack.pop()!;
		const name = node.nodeName;
		if (name === '#text') {
			addText(node.value ?? '');
			continue;
		}
		if (name.startsWith('#')) continue; // comments, doctypes
		if (exit) {
			if (name === 'em' || name === 'i') em--;
			else if (name === 'strong' || name === 'b') strong--;
			else if (name === 'a') hrefs.pop();
			else if (name === 'ul' || name === 'ol') {
				listDepth--;
				if (listDepth === 0 && list) {
					endBlock();
					if (list.items.length) blocks.push({ kind: 'list', ...list });
					list = undefined;
				}
			} else if (name === 'li') endBlock();
			else if (BREAKS.has(name)) breakBlock();
			continue;
		}
		removals.markup = true;
		if (DROPPED.has(name)) {
			removals.elements.set(name, (removals.elements.get(name) ?? 0) + 1);
			continue;
		}
		for (const attr of node.attrs ?? []) {
			if (attr.name.startsWith('on'))
				removals.handlers.set(attr.name, (removals.handlers.get(attr.name) ?? 0) + 1);
			else if (attr.name === 'style') removals.styleAttributes++;
		}
		if (name === 'em' || name === 'i') em++;
		else if (name === 'strong' || name === 'b') strong++;
		else if (name === 'a') hrefs.push(linkAddress(node, removals));
		else if (name === 'ul' || name === 'ol') {
			if (listDepth === 0) {
				endBlock();
				list = { ordered: name === 'ol', items: [] };
			} else {
				removals.nestedLists++;
				endBlock();
			}
			listDepth++;
		} else if (name === 'li') endBlock();
		else if (BREAKS.has(name)) breakBlock();
		else if (name === 'td' || name === 'th') addText(' ');
		stack.push({ node, exit: true });
		for (const child of [...(node.childNodes ?? [])].reverse())
			stack.push({ node: child, exit: false });
	}
	endBlock();
	if (list?.items.length) blocks.push({ kind: 'list', ...list });
	return { blocks, removals };
}

/** The link's address when it is http(s) or mailto; otherwise its words stay, unlinked. */
function linkAddress(node: Node, removals: Removals): string | undefined {
	const href = node.attrs?.find((attr) => attr.name === 'href')?.value.trim();
	if (href === undefined || href === '') return undefined;
	if (href.startsWith('//') && !/[\s\\]/.test(href) && URL.canParse(`https:${href}`)) {
		removals.upgradedLinks++;
		return `https:${href}`;
	}
	const lower = href.toLowerCase();
	if (lower.startsWith('https://') || lower.startsWith('http://') || lower.startsWith('mailto:')) {
		if (URL.canParse(href)) return href;
		removals.links.push('an address that does not parse');
		return undefined;
	}
	removals.links.push(describeHref(href));
	return undefined;
}

/** A dropped address named by its scheme (`javascript:`), never in full: it may be hostile. */
function describeHref(href: string): string {
	// Browsers skip spaces and controls inside a scheme (`java\tscript:`), so the name does too.
	const squeezed = [...href].filter((c) => c.charCodeAt(0) > 32).join('');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed);
	if (scheme) return `${scheme[1]!.toLowerCase()}:`;
	if (href.startsWith('#')) return 'a link within the page (#…)';
	return 'a relative address';
}

/** Whitespace as HTML shows it: any run of it is one space (no-break spaces included). */
function collapse(text: string): string {
	let out = '';
	let space = false;
	for (const c of text) {
		if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\u00a0') {
			space = true;
			continue;
		}
		if (space) out += ' ';
		space = false;
		out += c;
	}
	return space ? `${out} ` : out;
}

function trimRuns(runs: Run[]): void {
	while (runs.length) {
		const last = runs[runs.length - 1]!;
		last.text = last.text.trimEnd();
		if (last.text !== '') break;
		runs.pop();
	}
}
