// Media a file names: remote addresses stay addresses (the page shows a link card and
// loads nothing from them), local files beside the input are copied into media/, and
// embed code is read for the address it points at. Nothing else is carried.
import { parseFragment } from 'parse5';
import { htmlLimitProblem } from './html-limits.ts';
import { isRefused, type LocalFile } from '../media/local-file.js';
import type { DraftMedia, MediaItem } from './types.ts';
import type { ReportBuilder } from './report.ts';
import { firstFreeName } from './unique-names.ts';

export type MediaAddress =
	| { kind: 'none' }
	| { kind: 'remote'; url: string; service: string; changed?: string; given: string }
	| { kind: 'local'; path: string }
	| { kind: 'refused'; reason: string };

/** What an address in a file is, and the form the story keeps it in. */
export function classifyAddress(raw: string): MediaAddress {
	const address = raw.trim();
	if (address === '') return { kind: 'none' };
	if (address.startsWith('<')) {
		const tooMuch = htmlLimitProblem(address);
		if (tooMuch) return { kind: 'refused', reason: `embed code that ${tooMuch}` };
		const found = embedAddress(address);
		if (!found) return { kind: 'refused', reason: 'embed code with no http(s) address in it' };
		const remote = classifyAddress(found);
		return remote.kind === 'remote'
			? {
					...remote,
					changed:
						'embed code replaced by the address it points at (its text and scripts are not carried)'
				}
			: remote;
	}
	const lower = address.toLowerCase();
	if (lower.startsWith('//'))
		return remote(`https:${address}`, 'protocol-relative address given https');
	if (lower.startsWith('http://')) {
		const upgraded = remote(`https://${address.slice(7)}`, 'http address given https');
		return upgraded.kind === 'remote' ? { ...upgraded, given: new URL(address).href } : upgraded;
	}
	if (lower.startsWith('https://')) return remote(address);
	const squeezed = [...lower].filter((c) => c.charCodeAt(0) > 32).join('');
	const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed);
	if (scheme) return { kind: 'refused', reason: `a ${scheme[1]}: address, not http(s)` };
	return localPath(address);
}

function remote(url: string, changed?: string): MediaAddress {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return { kind: 'refused', reason: 'not a valid web address' };
	}
	if (!parsed.hostname || /\s/.test(url))
		return { kind: 'refused', reason: 'not a valid web address' };
	return {
		kind: 'remote',
		url: parsed.href,
		service: serviceName(parsed),
		...(changed ? { changed } : {}),
		given: parsed.href
	};
}

/** A path inside the input's folder (`./a/b.jpg`, `/static/b.jpg` read beside the input). */
function localPath(address: string): MediaAddress {
	if (address.includes('\\') || address.includes('\0') || /^[a-z]:/i.test(address))
		return { kind: 'refused', reason: 'not a path inside the input’s folder' };
	const parts: string[] = [];
	for (const part of address.replace(/^\/+/, '').split('/')) {
		if (part === '' || part === '.') continue;
		if (part === '..') {
			if (!parts.length)
				return { kind: 'refused', reason: 'a path that leaves the input’s folder (../)' };
			parts.pop();
		} else parts.push(part);
	}
	if (!parts.length) return { kind: 'refused', reason: 'an empty path' };
	return { kind: 'local', path: parts.join('/') };
}

const SERVICES: [RegExp, string][] = [
	[/(^|\.)(youtube\.com|youtu\.be|youtube-nocookie\.com)$/, 'YouTube'],
	[/(^|\.)vimeo\.com$/, 'Vimeo'],
	[/(^|\.)(twitter\.com|x\.com)$/, 'X (Twitter)'],
	[/(^|\.)(instagram\.com|instagr\.am)$/, 'Instagram'],
	[/(^|\.)(flickr\.com|flic\.kr)$/, 'Flickr'],
	[/(^|\.)soundcloud\.com$/, 'SoundCloud'],
	[/(^|\.)wikipedia\.org$/, 'Wikipedia'],
	[/^commons\.wikimedia\.org$/, 'Wikimedia Commons'],
	[/(^|\.)spotify\.com$/, 'Spotify'],
	[/^docs\.google\.com$/, 'Google Docs'],
	[/^drive\.google\.com$/, 'Google Drive'],
	[/(^|\.)dailymotion\.com$/, 'Dailymotion'],
	[/(^|\.)tiktok\.com$/, 'TikTok'],
	[/(^|\.)bsky\.app$/, 'Bluesky'],
	[/(^|\.)documentcloud\.org$/, 'DocumentCloud'],
	[/(^|\.)imgur\.com$/, 'Imgur'],
	[/(^|\.)wistia\.com$/, 'Wistia'],
	[/(^|\.)vine\.co$/, 'Vine'],
	[/(^|\.)storify\.com$/, 'Storify'],
	[/(^|\.)facebook\.com$/, 'Facebook']
];

const FILE_KINDS: [string[], string][] = [
	[['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif'], 'picture'],
	[['mp4', 'webm', 'mov', 'm4v'], 'video'],
	[['mp3', 'm4a', 'wav', 'ogg', 'oga', 'aac'], 'sound'],
	[['vtt'], 'captions']
];

/** The service an address belongs to, or the kind of file it names, for the report. */
export function serviceName(url: URL): string {
	const host = url.hostname.toLowerCase();
	if (
		(/(^|\.)google\.[a-z.]+$/.test(host) && url.pathname.startsWith('/maps')) ||
		host.startsWith('maps.google.')
	)
		return 'Google Maps';
	const service = SERVICES.find(([pattern]) => pattern.test(host));
	if (service) return service[1];
	const kind = fileKind(url.pathname);
	if (kind) return `${kind} file`;
	return url.pathname.toLowerCase().endsWith('.pdf') ? 'PDF' : 'web page';
}

function fileKind(path: string): string | undefined {
	const extension = path.toLowerCase().split('.').pop() ?? '';
	return FILE_KINDS.find(([extensions]) => extensions.includes(extension))?.[1];
}

interface HtmlNode {
	nodeName: string;
	attrs?: { name: string; value: string }[];
	childNodes?: HtmlNode[];
}

/**
 * The address embed code points at: an <iframe>'s src, or a link in a <blockquote> (a
 * post's permalink, `/status/`, before the first link, which in a tweet is a hashtag).
 */
export function embedAddress(html: string): string | undefined {
	const attr = (node: HtmlNode, name: string) =>
		node.attrs?.find((a) => a.name === name)?.value.trim();
	const web = (value: string | undefined) =>
		value && /^(https?:)?\/\//i.test(value) ? value : undefined;
	const stack: { node: HtmlNode; inQuote: boolean }[] = (
		parseFragment(html).childNodes as HtmlNode[]
	)
		.map((node) => ({ node, inQuote: false }))
		.reverse();
	const quoteLinks: string[] = [];
	while (stack.length) {
		const { node, inQuote } = stack.pop()!;
		if (node.nodeName === 'iframe') {
			const src = web(attr(node, 'src'));
			if (src) return src;
		}
		const href = node.nodeName === 'a' && inQuote ? web(attr(node, 'href')) : undefined;
		if (href) quoteLinks.push(href);
		const quote = inQuote || node.nodeName === 'blockquote';
		for (const child of [...(node.childNodes ?? [])].reverse())
			stack.push({ node: child, inQuote: quote });
	}
	return quoteLinks.find((link) => /\/status(es)?\/\d/.test(link)) ?? quoteLinks[0];
}

/** Whether a local file's first bytes are what its name says; SVG and the rest are refused. */
export function checkLocalFile(
	path: string,
	bytes: Uint8Array
): { kind: string } | { reason: string } {
	const extension = path.toLowerCase().split('.').pop() ?? '';
	if (extension === 'svg') return { reason: 'an SVG file, which can carry scripts' };
	const kind = fileKind(path);
	if (!kind) return { reason: 'not a picture, video, sound or captions file the story can show' };
	const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
	const signatures: Record<string, () => boolean> = {
		jpg: () => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff,
		png: () => ascii(0, 8) === '\x89PNG\r\n\x1a\n',
		gif: () => ascii(0, 4) === 'GIF8',
		webp: () => ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP',
		wav: () => ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE',
		ftyp: () => ascii(4, 8) === 'ftyp',
		webm: () => bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3,
		mp3: () => ascii(0, 3) === 'ID3' || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0),
		ogg: () => ascii(0, 4) === 'OggS',
		aac: () => bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xf0) === 0xf0,
		vtt: () => ascii(0, 6) === 'WEBVTT' || ascii(0, 9) === '\ufeffWEBVTT'
	};
	const alias: Record<string, string> = {
		jpeg: 'jpg',
		avif: 'ftyp',
		mp4: 'ftyp',
		mov: 'ftyp',
		m4v: 'ftyp',
		m4a: 'ftyp',
		oga: 'ogg'
	};
	const check = signatures[alias[extension] ?? extension];
	if (extension === 'vtt' && bytes[0] === 0xef)
		return ascii(3, 9) === 'WEBVTT' ? { kind } : { reason: 'not a WebVTT file' };
	return check?.() ? { kind } : { reason: `its contents are not a .${extension} file` };
}

/** A name for a copied file that is safe in a URL and not yet taken: `media/ada-1.jpg`. */
export function mediaName(path: string, taken: Set<string>): string {
	const base = (path.split('/').pop() ?? 'file')
		.replace(/[^A-Za-z0-9._-]+/g, '-')
		.replace(/^[.-]+/, '');
	const dot = base.lastIndexOf('.');
	const [stem, extension] = dot > 0 ? [base.slice(0, dot), base.slice(dot)] : [base || 'file', ''];
	const ext = extension.toLowerCase();
	return `media/${firstFreeName(taken, stem + ext, (n) => (n === 1 ? stem + ext : `${stem}-${n}${ext}`))}`;
}

export interface MediaContext {
	fileName: string;
	report: ReportBuilder;
	readLocalFile: (relPath: string) => LocalFile;
	/** Local files already copied: path in the input's folder → path beside the story. */
	copied: Map<string, string>;
	taken: Set<string>;
	/** Remote items as they are made, for --fetch-media to bring home. */
	remote: RemoteMedia[];
}

/** A story's item that is a remote address, and what fetching it needs to know. */
export interface RemoteMedia {
	/** The story's own item (fetching changes it in place). */
	item: MediaItem;
	/** Where the file has it: `events[3] "Battle of Tertry": media`. */
	where: string;
	/** The address as the file gives it (http kept: the story's `src` was given https). */
	address: string;
	/** The event's headline, for alt text when the file gives none. */
	headline: string;
	/** Whether the file gave a credit (else the item's credit is a placeholder). */
	credited: boolean;
}

/** One media item for the story, or undefined (and a report line) when it cannot be carried. */
export function resolveMedia(
	media: DraftMedia,
	headline: string,
	ctx: MediaContext
): MediaItem | undefined {
	const { report } = ctx;
	const address = classifyAddress(media.url);
	if (address.kind === 'none') {
		if (media.caption || media.credit)
			report.dropped('Media with a caption or credit but no address', media.where);
		return undefined;
	}
	if (address.kind === 'refused') {
		report.dropped(`Media that cannot be carried`, media.where, address.reason);
		return undefined;
	}
	const item: MediaItem = { src: '', credit: '' };
	if (address.kind === 'remote') {
		item.src = address.url;
		if (address.changed)
			report.changed(
				`Media addresses: ${address.changed}`,
				media.where,
				media.url.trim().startsWith('<') ? address.url : undefined
			);
		report.changed(
			'Remote media kept as addresses: the page shows a link card and loads nothing from them',
			media.where,
			address.service
		);
		if (media.alt) item.alt = media.alt;
	} else {
		const bytes = ctx.readLocalFile(address.path);
		if (!bytes) {
			report.dropped('Local media not found beside the input', media.where, media.url.trim());
			return undefined;
		}
		if (isRefused(bytes)) {
			const why = `${address.path}, which ${bytes.refused}`;
			report.dropped('Local media that cannot be carried', media.where, why);
			return undefined;
		}
		const checked = checkLocalFile(address.path, bytes);
		if ('reason' in checked) {
			report.dropped(
				'Local media that cannot be carried',
				media.where,
				`${address.path}, ${checked.reason}`
			);
			return undefined;
		}
		const to = ctx.copied.get(address.path) ?? mediaName(address.path, ctx.taken);
		ctx.copied.set(address.path, to);
		item.src = to;
		report.changed(
			'Local media copied into media/ beside the story',
			media.where,
			`${address.path} → ${to}`
		);
		if (checked.kind === 'picture') item.alt = pictureAlt(media, headline, report);
		if (checked.kind === 'video' || checked.kind === 'sound')
			report.check(
				'Local video and sound need captions (`captions`) or `noSpeech: true`',
				media.where
			);
	}
	if (media.caption) item.caption = media.caption;
	if (media.credit) item.credit = media.credit;
	else {
		item.credit = `Not credited in ${ctx.fileName}`;
		report.check(`Credit these media: they say “Not credited in ${ctx.fileName}”`, media.where);
	}
	const ordered = orderMedia(item);
	if (address.kind === 'remote')
		ctx.remote.push({
			item: ordered,
			where: media.where,
			address: address.given,
			headline,
			credited: Boolean(media.credit)
		});
	return ordered;
}

function pictureAlt(media: DraftMedia, headline: string, report: ReportBuilder): string {
	if (media.alt) return media.alt;
	if (media.caption) {
		report.changed('Alt text taken from the caption', media.where);
		report.check('Write alt text for pictures: these use their caption or headline', media.where);
		return media.caption;
	}
	report.changed('Alt text taken from the headline', media.where);
	report.check('Write alt text for pictures: these use their caption or headline', media.where);
	return headline;
}

/** Fields in the order the story format lists them. */
function orderMedia(item: MediaItem): MediaItem {
	const { src, alt, caption, credit } = item;
	return { src, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}), credit };
}
