// A caption track's words as a transcript: browsers show no captions for <audio>, so a
// sound with captions gets its cues' text, written into the page at build time.

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	nbsp: '\u00a0',
	quot: '"',
	apos: "'",
	lrm: '\u200e',
	rlm: '\u200f'
};

/** A numeric character reference's character: U+FFFD for none (0, past U+10FFFF, a surrogate), as HTML reads it. */
function codePoint(digits: string, radix: number): string {
	const code = digits.length > 8 ? Infinity : parseInt(digits, radix);
	return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
		? '\ufffd'
		: String.fromCodePoint(code);
}

/** `&amp;`, `&#233;`, `&#xe9;` at `at` (the `&`), before `end`: the character and where it ends. */
function entityAt(s: string, at: number, end: number): { text: string; end: number } | undefined {
	let i = at + 1;
	const hex = s[i] === '#' && (s[i + 1] === 'x' || s[i + 1] === 'X');
	const numeric = s[i] === '#';
	if (numeric) i += hex ? 2 : 1;
	const from = i;
	const digit = hex ? /[0-9a-f]/i : numeric ? /[0-9]/ : /[a-z]/i;
	while (i < end && digit.test(s[i]!)) i++;
	if (i === from || i >= end || s[i] !== ';') return undefined;
	const name = s.slice(from, i);
	const text = numeric ? codePoint(name, hex ? 16 : 10) : ENTITIES[name.toLowerCase()];
	return text === undefined ? undefined : { text, end: i + 1 };
}

/**
 * One cue's text as a reader reads it: voices named (`<v Anna>` → "Anna: "), other markup
 * and timestamps dropped, character references read. One pass over the cue: captions
 * full of `<` or `&` cost time linear in their length.
 */
function cueText(lines: string[]): string {
	const s = lines.join(' ');
	let out = '';
	let at = 0;
	/** Text up to `end`, its character references read. */
	const words = (end: number) => {
		let text = '';
		while (at < end) {
			const amp = s.indexOf('&', at);
			const stop = amp < 0 || amp >= end ? end : amp;
			text += s.slice(at, stop);
			at = stop;
			if (at >= end) break;
			const entity = entityAt(s, at, end);
			text += entity ? entity.text : '&';
			at = entity ? entity.end : at + 1;
		}
		return text;
	};
	while (at < s.length) {
		const open = s.indexOf('<', at);
		const close = open < 0 ? -1 : s.indexOf('>', open + 1);
		// A `<` with no `>` after it is a character, as is every later one.
		if (close < 0) {
			out += words(s.length);
			break;
		}
		out += words(open);
		const voice = /^<v(?:\.[^\s>]*)?\s+/.exec(s.slice(open, close));
		at = open + (voice ? voice[0].length : 0);
		if (voice && at < close) out += `${words(close)}: `;
		at = close + 1;
	}
	return out.replace(/\s+/g, ' ').trim();
}

/**
 * The text of a WebVTT file's cues, one entry a cue, in order. The header, NOTE, STYLE and
 * REGION blocks and cue identifiers are left out; a cue that repeats the one before it
 * (captions split for timing) is kept once.
 */
export function transcriptOf(vtt: string): string[] {
	const blocks = vtt
		.replace(/^\ufeff/, '')
		.replace(/\r\n?/g, '\n')
		.split(/\n{2,}/);
	const cues: string[] = [];
	for (const block of blocks) {
		const lines = block.split('\n').filter((line) => line.trim() !== '');
		const timing = lines.findIndex((line) => line.includes('-->'));
		// A cue's timing line is its first or, after an identifier, its second.
		if (timing < 0 || timing > 1) continue;
		const text = cueText(lines.slice(timing + 1));
		if (text && cues.at(-1) !== text) cues.push(text);
	}
	return cues;
}
