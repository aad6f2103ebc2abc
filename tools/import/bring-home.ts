// `npm run import -- … --fetch-media`: the remote pictures, video and sound an imported
// story points at, fetched once into media/ beside it, so the story shows them from its
// own origin like any of its files. What each address is, its bytes decide (sniff.ts);
// a picture must also decode. Everything not brought home stays a link card, with the
// reason in the report. The items change in place (they are the story's own).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { KIND_INFO, SAVED_EXTENSION, sniffKind, type SniffedKind } from '../media/sniff.ts';
import { stripCredentials } from './credentials.ts';
import { DEFAULT_FETCH_OPTIONS, fetchFile, type Accept, type FetchOptions } from './fetcher.ts';
import { MediaCache, sha256 } from './media-cache.ts';
import { oembedThumbnail, planFetch, type FetchPlan } from './media-services.ts';
import type { RemoteMedia } from './media.ts';
import { applyOutcomes, type Outcome } from './bring-home-report.ts';
import type { Report } from './report.ts';
import { mapLimit } from '../media/manifest.ts';

export { planFetch };
export { DEFAULT_MEDIA_CACHE } from './media-cache.ts';
export { DEFAULT_FETCH_OPTIONS } from './fetcher.ts';

export interface BringHomeOptions {
	/** The folder the story is written to: files go into its media/. */
	storyDir: string;
	/** Where fetched files are kept between imports (DEFAULT_MEDIA_CACHE). */
	cacheDir: string;
	fetch?: FetchOptions;
	/** Downloads at once. */
	concurrency?: number;
	/** The fetch itself: fetcher.ts unless a test counts or fakes it. */
	fetchFile?: typeof fetchFile;
	/** The input's file name, as the report names it. */
	fileName: string;
}

/** The most pixels a fetched picture may have: more would stall the build (a "decompression bomb"). */
export const MAX_PICTURE_PIXELS = 100e6;

/** What bytes that are no media file are, for the report. */
function whatBytesAre(head: Uint8Array): string {
	const text = new TextDecoder()
		.decode(head)
		.replace(/^\ufeff/, '')
		.trimStart()
		.toLowerCase();
	if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg')))
		return 'an SVG file, which can carry scripts';
	if (text.startsWith('<')) return 'an HTML page (or other markup)';
	if (text.startsWith('{') || text.startsWith('[')) return 'JSON';
	return 'not a picture, video or sound the page can show';
}

/** Refuses, from its first bytes, what the story cannot show. */
export const acceptMedia =
	(wanted: 'media' | 'picture'): Accept =>
	(head) => {
		const kind = sniffKind(head);
		if (kind === 'heic') return 'its bytes are a HEIC picture: the build cannot read it';
		if (kind === 'mov') return 'its bytes are a QuickTime (.mov) video: browsers play MP4';
		if (!SAVED_EXTENSION[kind]) return `its bytes are ${whatBytesAre(head)}`;
		const category = KIND_INFO[kind as keyof typeof KIND_INFO].category;
		if (wanted === 'picture' && category !== 'picture')
			return `its bytes are ${KIND_INFO[kind as keyof typeof KIND_INFO].name}, not a picture`;
		return null;
	};

const acceptJson: Accept = (head) =>
	/^\s*\{/.test(new TextDecoder().decode(head)) ? null : 'the answer is not JSON';

type Got =
	{ ok: true; bytes: Uint8Array; cached: boolean } | { ok: false; refused: boolean; why: string };

/** Brings every fetchable remote item home; changes the items and the report in place. */
export async function bringMediaHome(
	remoteMedia: RemoteMedia[],
	report: Report,
	options: BringHomeOptions
): Promise<void> {
	const cache = new MediaCache(options.cacheDir);
	const fetchOptions = options.fetch ?? DEFAULT_FETCH_OPTIONS;
	const fetcher = options.fetchFile ?? fetchFile;
	const asked = new Map<string, Promise<Got>>();
	let downloaded = 0;

	/** An address's bytes: from the cache, else fetched (once, however many items name it). */
	const get = (url: string, accept: Accept): Promise<Got> => {
		let got = asked.get(url);
		if (!got) {
			got = (async (): Promise<Got> => {
				const kept = cache.get(url);
				if (kept && !accept(kept.subarray(0, 64), true))
					return { ok: true, bytes: kept, cached: true };
				const outcome = await fetcher(url, accept, fetchOptions);
				if (!outcome.ok) return outcome;
				downloaded += outcome.bytes.length;
				cache.put(url, outcome.bytes);
				return { ok: true, bytes: outcome.bytes, cached: false };
			})();
			asked.set(url, got);
		}
		return got;
	};

	const bring = async (remote: RemoteMedia): Promise<Outcome> => {
		const address = stripCredentials(remote.address).url;
		const plan = planFetch(address);
		if (plan.kind === 'page') return { remote, address, status: 'page', service: plan.service };
		let from = plan.url;
		if (plan.kind === 'oembed') {
			const answer = await get(plan.url, acceptJson);
			const thumbnail = answer.ok ? oembedThumbnail(answer.bytes) : undefined;
			if (!answer.ok)
				return { remote, address, status: 'failed', why: `its oEmbed answer: ${answer.why}` };
			if (!thumbnail)
				return { remote, address, status: 'failed', why: 'its oEmbed answer names no thumbnail' };
			from = thumbnail;
		}
		const got = await get(from, acceptMedia(plan.kind === 'file' ? 'media' : 'picture'));
		if (!got.ok)
			return { remote, address, status: got.refused ? 'refused' : 'failed', why: got.why };
		const kind = sniffKind(got.bytes);
		if (KIND_INFO[kind as keyof typeof KIND_INFO]?.category === 'picture') {
			const why = await undecodable(got.bytes);
			if (why) return { remote, address, status: 'refused', why };
		}
		return {
			remote,
			address,
			status: 'fetched',
			from,
			role: plan.kind === 'file' ? 'file' : 'thumbnail',
			service: plan.kind === 'file' ? undefined : plan.service,
			category: KIND_INFO[kind as keyof typeof KIND_INFO].category as 'picture' | 'video' | 'sound',
			file: fileFor(plan, from, kind, got.bytes),
			bytes: got.bytes,
			cached: got.cached
		};
	};

	const outcomes = await mapLimit(remoteMedia, options.concurrency ?? 4, bring);
	const media = join(options.storyDir, 'media');
	const files = new Map<string, string>();
	for (const outcome of outcomes) {
		if (outcome.status !== 'fetched') continue;
		// The same bytes at two addresses: one file, named after the first.
		const hash = sha256(outcome.bytes);
		outcome.file = files.get(hash) ?? outcome.file;
		files.set(hash, outcome.file);
		mkdirSync(media, { recursive: true });
		const path = join(options.storyDir, outcome.file);
		if (!existsSync(path)) writeFileSync(path, outcome.bytes);
	}
	applyOutcomes(outcomes, report, {
		downloaded,
		cacheDir: options.cacheDir,
		fileName: options.fileName
	});
}

/** Why a picture's bytes cannot be made into renditions, or null when they can. */
async function undecodable(bytes: Uint8Array): Promise<string | null> {
	try {
		const image = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PICTURE_PIXELS });
		const { width = 0, height = 0 } = await image.metadata();
		if (width * height > MAX_PICTURE_PIXELS)
			return `it is ${width} × ${height} pixels, more than the build reads`;
		// Decoded small (JPEG shrinks as it loads), so a truncated file shows itself here.
		await image.resize(32, 32, { fit: 'inside' }).toBuffer();
		return null;
	} catch (error) {
		return `it cannot be read as a picture (${error instanceof Error ? error.message.split('\n')[0] : error})`;
	}
}

/** `media/<stem>-<hash>.<ext>`: the same bytes, wherever from, are one file. */
function fileFor(plan: FetchPlan, from: string, kind: SniffedKind, bytes: Uint8Array): string {
	let stem = 'stem' in plan ? plan.stem : '';
	if (!stem) {
		let last = new URL(from).pathname.split('/').filter(Boolean).pop() ?? '';
		try {
			last = decodeURIComponent(last);
		} catch {
			// Kept as written.
		}
		stem = last.replace(/^Special:FilePath$/, '').replace(/\.[^.]*$/, '');
	}
	const slug =
		stem
			.normalize('NFKD')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'media';
	return `media/${slug}-${sha256(bytes).slice(0, 8)}.${SAVED_EXTENSION[kind]}`;
}

/** Without --fetch-media: how many remote items it could bring home (files and thumbnails). */
export function reportFetchable(remoteMedia: RemoteMedia[], report: Report): void {
	const n = remoteMedia.filter(
		(r) => planFetch(stripCredentials(r.address).url).kind !== 'page'
	).length;
	if (n)
		report.fetch = {
			summary: `Nothing fetched: ${n} remote media item${n === 1 ? '' : 's'} could be brought home with --fetch-media (their pictures shown from the story’s own origin instead of link cards)`,
			lines: []
		};
}
