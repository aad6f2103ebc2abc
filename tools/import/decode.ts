// The input file's bytes as text: UTF-8 (with or without a byte order mark), UTF-16 with
// its byte order mark, and, for a file that is not UTF-8, Windows-1252 (Latin-1 as Excel
// on Windows saves a CSV), said in the report, never turned into U+FFFD silently.

export type Decoded =
	{ text: string; encoding?: 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252' } | { problem: string };

const starts = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** The file's text, the encoding it was read in when not UTF-8, or why it cannot be read. */
export function decodeInput(bytes: Uint8Array): Decoded {
	if (starts(bytes, 0xff, 0xfe, 0, 0) || starts(bytes, 0, 0, 0xfe, 0xff))
		return { problem: 'is UTF-32 (its byte order mark says so): save it as UTF-8' };
	if (starts(bytes, 0xff, 0xfe))
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
	if (starts(bytes, 0xfe, 0xff))
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
	// NUL bytes in text are UTF-16 (or UTF-32) that lost its byte order mark, or not text.
	if (bytes.includes(0))
		return {
			problem:
				'is neither UTF-8 nor text in one byte a character (it holds NUL bytes: UTF-16 without its byte order mark?): save it as UTF-8'
		};
	const bom = starts(bytes, 0xef, 0xbb, 0xbf) ? 3 : 0;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bom)) };
	} catch {
		if (bom) return { problem: 'starts with UTF-8’s byte order mark but is not UTF-8' };
	}
	return { text: windows1252(bytes), encoding: 'Windows-1252' };
}

/** 0x80 to 0x9f in Windows-1252 (WHATWG's table; five bytes stand for themselves). */
const HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252, as browsers read it: Node's TextDecoder reads the label as ISO-8859-1, which
 * would turn a curly quote (0x93) into a control character.
 */
const windows1252 = (bytes: Uint8Array): string =>
	new TextDecoder('latin1')
		.decode(bytes)
		.replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]!);
