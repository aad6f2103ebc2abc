// What a media file really is, from its first bytes rather than its name: a phone photo
// renamed .mp4, or a HEIC saved as .jpg, would otherwise reach the page and fail there.

/** A file format the checks can tell apart by its magic bytes. */
export type SniffedKind =
	| 'jpeg'
	| 'png'
	| 'gif'
	| 'webp'
	| 'avif'
	| 'heic'
	| 'mp4'
	| 'mov'
	| 'webm'
	| 'mp3'
	| 'aac'
	| 'm4a'
	| 'ogg'
	| 'wav'
	| 'vtt'
	| 'html'
	| 'unknown';

/** What an item shows as on the page. */
export type MediaCategory = 'picture' | 'video' | 'sound';

/** How messages name each format, and which kind of media it is. */
/** The extension a file of each format the page shows is saved under (an import, the editor). */
export const SAVED_EXTENSION: Partial<Record<SniffedKind, string>> = {
	jpeg: 'jpg',
	png: 'png',
	gif: 'gif',
	webp: 'webp',
	avif: 'avif',
	mp4: 'mp4',
	webm: 'webm',
	mp3: 'mp3',
	m4a: 'm4a',
	aac: 'aac',
	ogg: 'ogg',
	wav: 'wav'
};

export const KIND_INFO: Record<
	Exclude<SniffedKind, 'unknown'>,
	{ name: string; category: MediaCategory | 'captions' | 'page' }
> = {
	jpeg: { name: 'a JPEG picture', category: 'picture' },
	png: { name: 'a PNG picture', category: 'picture' },
	gif: { name: 'a GIF picture', category: 'picture' },
	webp: { name: 'a WebP picture', category: 'picture' },
	avif: { name: 'an AVIF picture', category: 'picture' },
	// Not shown by most browsers, and the build's sharp cannot read it: it must be converted.
	heic: { name: 'a HEIC picture (as iPhones save photos)', category: 'picture' },
	mp4: { name: 'an MP4 video', category: 'video' },
	mov: { name: 'a QuickTime (.mov) video', category: 'video' },
	webm: { name: 'a WebM video', category: 'video' },
	mp3: { name: 'an MP3 sound', category: 'sound' },
	aac: { name: 'an AAC sound', category: 'sound' },
	m4a: { name: 'an M4A sound', category: 'sound' },
	ogg: { name: 'an Ogg sound', category: 'sound' },
	wav: { name: 'a WAV sound', category: 'sound' },
	vtt: { name: 'a WebVTT captions file', category: 'captions' },
	// What "Save as" gives for a picture behind a login or an error page.
	html: { name: 'an HTML page (a web page saved under a media file’s name)', category: 'page' }
};

/** The formats each file name extension may hold, and what the item shows as. */
const EXTENSIONS: Record<string, { category: MediaCategory | 'captions'; kinds: SniffedKind[] }> = {
	jpg: { category: 'picture', kinds: ['jpeg'] },
	jpeg: { category: 'picture', kinds: ['jpeg'] },
	png: { category: 'picture', kinds: ['png'] },
	webp: { category: 'picture', kinds: ['webp'] },
	avif: { category: 'picture', kinds: ['avif'] },
	gif: { category: 'picture', kinds: ['gif'] },
	mp4: { category: 'video', kinds: ['mp4'] },
	webm: { category: 'video', kinds: ['webm'] },
	mp3: { category: 'sound', kinds: ['mp3'] },
	// An audio-only MP4 is an M4A whatever brand the encoder wrote.
	m4a: { category: 'sound', kinds: ['m4a', 'mp4'] },
	aac: { category: 'sound', kinds: ['aac', 'm4a'] },
	ogg: { category: 'sound', kinds: ['ogg'] },
	oga: { category: 'sound', kinds: ['ogg'] },
	wav: { category: 'sound', kinds: ['wav'] },
	vtt: { category: 'captions', kinds: ['vtt'] }
};

/** The file name's extension, lower-cased, without the dot ('' when there is none). */
export const extensionOf = (path: string): string => {
	const name = path.split(/[/\\]/).pop() ?? '';
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/** What a file of this name should hold, or null when the page shows no such file. */
export function expectedKinds(
	path: string
): { category: MediaCategory | 'captions'; kinds: SniffedKind[] } | null {
	return EXTENSIONS[extensionOf(path)] ?? null;
}

/** The extensions of each category, for messages. */
export const extensionsOf = (category: MediaCategory | 'captions'): string[] =>
	Object.entries(EXTENSIONS)
		.filter(([, info]) => info.category === category)
		.map(([ext]) => `.${ext}`);

const ascii = (bytes: Uint8Array, start: number, end: number) =>
	String.fromCharCode(...bytes.subarray(start, end));

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) =>
	bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const contains = (bytes: Uint8Array, needle: string) => {
	const codes = [...needle].map((c) => c.charCodeAt(0));
	for (let at = bytes.indexOf(codes[0]!); at >= 0; at = bytes.indexOf(codes[0]!, at + 1))
		if (startsWith(bytes, codes, at)) return true;
	return false;
};

/** The ISO base media file's brands (`ftyp`): the major one, then the compatible ones. */
function brands(bytes: Uint8Array): string[] {
	if (bytes.length < 12 || ascii(bytes, 4, 8) !== 'ftyp') return [];
	const size = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
	const end = Math.min(size || bytes.length, bytes.length);
	const list = [ascii(bytes, 8, 12)];
	for (let at = 16; at + 4 <= end; at += 4) list.push(ascii(bytes, at, at + 4));
	return list;
}

function sniffFtyp(bytes: Uint8Array): SniffedKind {
	const list = brands(bytes);
	const major = list[0]?.trim();
	if (major === 'avif' || major === 'avis') return 'avif';
	if (major === 'heic' || major === 'heix' || major === 'heim' || major === 'heis') return 'heic';
	// A generic HEIF (`mif1`) says what it holds among its compatible brands.
	if (major === 'mif1' || major === 'msf1')
		return list.includes('avif') || list.includes('avis') ? 'avif' : 'heic';
	if (major === 'M4A' || major === 'M4B' || major === 'M4P' || major === 'F4A') return 'm4a';
	if (major === 'qt') return 'mov';
	return 'mp4';
}

/** What the bytes are, from their magic numbers. */
export function sniffKind(bytes: Uint8Array): SniffedKind {
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'gif';
	if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF') {
		const form = ascii(bytes, 8, 12);
		if (form === 'WEBP') return 'webp';
		if (form === 'WAVE') return 'wav';
	}
	if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp') return sniffFtyp(bytes);
	if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'webm';
	if (bytes.length >= 4 && ascii(bytes, 0, 4) === 'OggS') return 'ogg';
	if (bytes.length >= 3 && ascii(bytes, 0, 3) === 'ID3') return 'mp3';
	if (bytes.length >= 2 && bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0) {
		// Frame sync: layer bits 00 mark an AAC (ADTS) stream, any other an MPEG audio layer.
		return (bytes[1]! & 0x06) === 0 ? 'aac' : 'mp3';
	}
	const text = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
	if (bytes.length >= text + 6 && ascii(bytes, text, text + 6) === 'WEBVTT') {
		const next = bytes[text + 6];
		// "WEBVTT" alone, or followed by a space, tab or line break (WebVTT §4.1).
		if (next === undefined || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d)
			return 'vtt';
	}
	return isHtml(bytes, text) ? 'html' : 'unknown';
}

/** Tags an HTML page starts with (after spaces), as the MIME Sniffing Standard lists them. */
const HTML_STARTS = ['<!doctype html', '<html', '<head', '<body', '<script', '<title', '<!--'];

function isHtml(bytes: Uint8Array, from: number): boolean {
	let at = from;
	while (at < bytes.length && (bytes[at] === 0x20 || (bytes[at]! >= 0x09 && bytes[at]! <= 0x0d)))
		at++;
	const start = ascii(bytes, at, Math.min(bytes.length, at + 15)).toLowerCase();
	return HTML_STARTS.some((tag) => {
		const next = start[tag.length];
		return start.startsWith(tag) && (next === undefined || next === ' ' || next === '>');
	});
}

/** How a message names what the bytes are. */
export const describeKind = (kind: SniffedKind): string =>
	kind === 'unknown' ? 'not a format the page can show' : KIND_INFO[kind].name;

/**
 * Where an MP4's index (`moov`) sits, and which video codecs it names. A `moov` after the
 * data (`mdat`) means the browser must fetch the whole file before playing; HEVC, as
 * phones record, does not play in Firefox or on many Android phones.
 */
export function mp4Layout(bytes: Uint8Array): { moovFirst: boolean | null; codecs: string[] } {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let moov = -1;
	let mdat = -1;
	for (let at = 0; at + 8 <= bytes.length;) {
		let size = view.getUint32(at);
		const type = ascii(bytes, at + 4, at + 8);
		if (size === 1 && at + 16 <= bytes.length) size = Number(view.getBigUint64(at + 8));
		if (type === 'moov' && moov < 0) moov = at;
		if (type === 'mdat' && mdat < 0) mdat = at;
		if (size < 8) break;
		at += size;
	}
	const codecs: string[] = [];
	if (moov >= 0) {
		const size = view.getUint32(moov) || bytes.length - moov;
		const box = bytes.subarray(moov, Math.min(bytes.length, moov + size));
		for (const codec of ['avc1', 'avc3', 'hvc1', 'hev1', 'av01', 'vp09', 'mp4a'])
			if (contains(box, codec)) codecs.push(codec);
	}
	return { moovFirst: moov < 0 || mdat < 0 ? null : moov < mdat, codecs };
}
