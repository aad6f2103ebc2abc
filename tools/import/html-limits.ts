// What an imported HTML field may cost, told before it is parsed. An HTML parser keeps
// the formatting elements a paragraph leaves open (`<b>`, `<i>`, `<a>`…) and opens them
// again in every later paragraph (the "reconstruction of the active formatting elements"),
// so 3,500 distinct `<b id=…>` then 3,500 paragraphs make twelve million elements from
// 64 KB. One pass over the field's tags, imitating the parser's bookkeeping closely
// enough to count what it would make, refuses such a field in time linear in its length.

/** What one imported HTML field may hold. */
export const HTML_LIMITS = {
	/** Characters in the field. */
	characters: 200_000,
	/** Elements open at once, the formatting the parser opens again counted in. */
	nesting: 100,
	/** Elements and text the parser would make, formatting opened again included. */
	elements: 50_000
} as const;

const FORMATTING = new Set('a b big code em font i nobr s small strike strong tt u'.split(' '));
const VOID = new Set(
	'area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr'.split(
		' '
	)
);
/** Their content is text up to their end tag. */
const RAW_TEXT = new Set(
	'script style textarea title xmp iframe noembed noframes noscript'.split(' ')
);
/** Start tags that close an open `<p>`. */
const CLOSES_P = new Set(
	'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary table ul li dd dt'.split(
		' '
	)
);
/** A start tag of these closes an open one of the same name (`<li>a<li>b`). */
const SIBLINGS = new Set('li dd dt option tr td th'.split(' '));
/** An open sibling is closed only inside its own container. */
const CONTAINERS = new Set('ul ol dl select table tbody thead tfoot tr'.split(' '));
const TABLE = new Set(['table']);

/** An active formatting element: open on the stack, left off it by a closed paragraph, or gone. */
type Formatting = { name: string; key: string; state: 'on' | 'off' | 'gone' };
type Open = { name: string; formatting?: Formatting };

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/**
 * Why the field is more than an imported field may be (size, nesting, or the elements a
 * parser would make of it), or undefined when it may be parsed.
 */
export const htmlLimitProblem = (html: string): string | undefined => measureHtml(html).problem;

/**
 * What a parser would make of the field: the deepest nesting and the elements (and text
 * and comments) it would make, stopping at the first limit passed, which `problem` names.
 */
export function measureHtml(html: string): { nesting: number; elements: number; problem?: string } {
	const { characters, nesting, elements } = HTML_LIMITS;
	const n = (value: number) => value.toLocaleString('en');
	if (html.length > characters)
		return {
			nesting: 0,
			elements: 0,
			problem: `is ${n(html.length)} characters long: more than the ${n(characters)} an imported text field may hold`
		};
	if (!html.includes('<')) return { nesting: 0, elements: html ? 1 : 0 };
	const lower = html.toLowerCase();
	const stack: Open[] = [];
	const active: Formatting[] = [];
	/** Active formatting elements a closed paragraph left off the stack. */
	let offStack = 0;
	let made = 0;
	let deepest = 0;
	let problem: string | undefined;
	const tooDeep = () => {
		const depth = stack.length + offStack;
		deepest = Math.max(deepest, depth);
		if (depth > nesting && !problem)
			problem = `nests elements ${n(depth)} deep (formatting left open counts in every later paragraph): more than the ${n(nesting)} an imported text field may nest`;
	};
	const make = (count: number) => {
		made += count;
		if (made > elements && !problem)
			problem = `would make more than ${n(elements)} elements (formatting left open is made again in every later paragraph): more than an imported text field may make`;
	};
	/** Pops the stack down to index `at` (removed too): formatting popped stays active, off the stack. */
	const popTo = (at: number) => {
		while (stack.length > at) {
			const formatting = stack.pop()!.formatting;
			if (formatting?.state === 'on') {
				formatting.state = 'off';
				offStack++;
			}
		}
	};
	const lastOpen = (name: string, stopAt?: Set<string>) => {
		for (let i = stack.length - 1; i >= 0; i--) {
			if (stack[i]!.name === name) return i;
			if (stopAt?.has(stack[i]!.name)) return -1;
		}
		return -1;
	};
	/** The parser opens again, inside the current element, the formatting left off the stack. */
	const reconstruct = () => {
		if (offStack === 0) return;
		for (const formatting of active)
			if (formatting.state === 'off') {
				formatting.state = 'on';
				stack.push({ name: formatting.name, formatting });
			}
		make(offStack);
		offStack = 0;
		tooDeep();
	};
	/** No longer active: the parser will not open it again. */
	const forget = (formatting: Formatting) => {
		if (formatting.state === 'off') offStack--;
		formatting.state = 'gone';
	};
	const startTag = (name: string, key: string) => {
		if (name === 'p' || CLOSES_P.has(name)) {
			const p = lastOpen('p');
			if (p >= 0) popTo(p);
		}
		if (SIBLINGS.has(name)) {
			const sibling = lastOpen(name, CONTAINERS);
			if (sibling >= 0) popTo(sibling);
		}
		if (!CLOSES_P.has(name)) reconstruct();
		// A table's rows and cells stand in a body and a row the parser makes when missing.
		if ((name === 'td' || name === 'th') && lastOpen('tr', TABLE) < 0) implied('tbody', 'tr');
		else if (name === 'tr' && !['tbody', 'thead', 'tfoot'].some((b) => lastOpen(b, TABLE) >= 0))
			implied('tbody');
		else if (name === 'col' && lastOpen('colgroup', TABLE) < 0) implied('colgroup');
		make(1);
		if (VOID.has(name)) return;
		const open: Open = { name };
		if (FORMATTING.has(name)) {
			// The parser keeps at most three identical formatting elements (its "Noah's Ark").
			const same = active.filter((f) => f.key === key);
			if (same.length >= 3) {
				active.splice(active.indexOf(same[0]!), 1);
				forget(same[0]!);
			}
			open.formatting = { name, key, state: 'on' };
			active.push(open.formatting);
		}
		stack.push(open);
		tooDeep();
	};
	const implied = (...names: string[]) => {
		for (const name of names) stack.push({ name });
		make(names.length);
		tooDeep();
	};
	const endTag = (name: string) => {
		// `</p>` with no paragraph open makes an empty one, and `</br>` a line break.
		if ((name === 'p' && lastOpen('p') < 0) || name === 'br') return make(1);
		if (FORMATTING.has(name)) {
			const at = active.findLastIndex((f) => f.name === name);
			if (at >= 0) {
				const formatting = active.splice(at, 1)[0]!;
				const wasOn = formatting.state === 'on';
				forget(formatting);
				if (!wasOn) return;
				// Closed across other elements, it is cloned into them (the "adoption agency").
				const index = stack.findLastIndex((open) => open.formatting === formatting);
				make(stack.length - 1 - index);
				popTo(index);
				return;
			}
		}
		const at = lastOpen(name);
		if (at >= 0) popTo(at);
	};

	let at = 0;
	let textFrom = 0;
	const text = (to: number) => {
		if (to > textFrom) {
			reconstruct();
			make(1);
		}
	};
	while (at < html.length && !problem) {
		const lt = html.indexOf('<', at);
		if (lt < 0) break;
		const next = html.charCodeAt(lt + 1);
		if (html.startsWith('<!--', lt)) {
			text(lt);
			make(1);
			const end = html.indexOf('-->', lt + 4);
			at = textFrom = end < 0 ? html.length : end + 3;
			continue;
		}
		const closing = next === 47; // `/`
		const nameFrom = closing ? lt + 2 : lt + 1;
		if (!isLetter(html.charCodeAt(nameFrom))) {
			if (next === 33 || next === 63 || closing) {
				// `<!doctype>`, `<?…>`, `</ …>`: a comment to the next `>`.
				text(lt);
				const end = html.indexOf('>', lt + 1);
				at = textFrom = end < 0 ? html.length : end + 1;
			} else at = lt + 1; // a `<` that is only a character
			continue;
		}
		text(lt);
		let nameTo = nameFrom;
		for (let c = html.charCodeAt(nameTo); nameTo < html.length; c = html.charCodeAt(++nameTo))
			if (isSpace(c) || c === 47 || c === 62) break;
		const name = lower.slice(nameFrom, nameTo);
		const tagEnd = endOfTag(html, nameTo);
		at = textFrom = tagEnd;
		if (closing) {
			endTag(name);
			continue;
		}
		startTag(name, lower.slice(lt, tagEnd));
		const foreign = lastOpen('svg') >= 0 || lastOpen('math') >= 0;
		if (RAW_TEXT.has(name) && !foreign) {
			const close = lower.indexOf(`</${name}`, at);
			const end = close < 0 ? html.length : close;
			if (end > at) make(1); // its text
			at = textFrom = end;
		} else if (name === 'plaintext') at = textFrom = html.length;
	}
	if (!problem) text(html.length);
	return { nesting: deepest, elements: made, ...(problem ? { problem } : {}) };
}

/** Where a tag ends: after its `>`, a `>` inside a quoted attribute value aside. */
function endOfTag(html: string, from: number): number {
	let quote = 0;
	let afterEquals = false;
	for (let at = from; at < html.length; at++) {
		const c = html.charCodeAt(at);
		if (quote) {
			if (c === quote) quote = 0;
		} else if (c === 62) return at + 1;
		else if (afterEquals && (c === 34 || c === 39)) quote = c;
		if (!isSpace(c)) afterEquals = c === 61;
	}
	return html.length;
}
