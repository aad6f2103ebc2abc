// What the page needs to show the story's media, and the files the build writes for it:
// each picture's renditions and placeholder, each video's and sound's file and caption
// tracks, each link's service. Independent of Vite: the caller emits `files` into the site
// and hands `manifest` to the page.
import { createHash } from 'node:crypto';
import { cachedRenditions, DEFAULT_CACHE_DIR } from './cache.ts';
import { checkMedia, EDITIONS } from './check.ts';
import { editionTrack, itemKind, mediaItems, readPath, trackLanguage } from './items.ts';
import type { LocalFile } from './local-file.js';
import { problemError, visible } from '../visible.js';
import { DEFAULT_RENDITION_OPTIONS, type RenditionOptions } from './pictures.ts';
import { remoteService } from './services.ts';
import { sniffKind } from './sniff.ts';

export { filesBeside } from './items.ts';

/** One file of a picture's `srcset`. */
export type PictureFile = { file: string; width: number; bytes: number };

export type PictureEntry = {
	kind: 'picture';
	/** The original's size, upright: the `width`/`height` attributes that reserve its box. */
	width: number;
	height: number;
	/** `#rrggbb`, the box's colour while the picture loads. */
	color: string;
	/** `data:image/webp;base64,…` under 600 bytes, a blurred stand-in while it loads. */
	preview: string;
	/** Narrowest first, for `<source type="image/avif">`, `image/webp` and the `<img>`. */
	sources: { avif: PictureFile[]; webp: PictureFile[]; fallback: PictureFile[] };
	/** The fallback's type: PNG only for a picture with transparency. */
	fallbackType: 'image/jpeg' | 'image/png';
	/** The one rendition the offline copy keeps: about 640 px wide, enough for a phone. */
	offline: PictureFile & { type: 'image/webp' | 'image/jpeg' | 'image/png' };
};

/** A caption track: `<track kind="captions" srclang={lang}>`. */
export type TrackEntry = { file: string; lang: string; bytes: number };

export type VideoEntry = {
	kind: 'video';
	file: string;
	type: 'video/mp4' | 'video/webm';
	bytes: number;
	poster: PictureEntry | null;
	/** The English track first, then editions' own. */
	tracks: TrackEntry[];
};

export type SoundEntry = {
	kind: 'sound';
	file: string;
	type: 'audio/mpeg' | 'audio/mp4' | 'audio/aac' | 'audio/ogg' | 'audio/wav';
	bytes: number;
	tracks: TrackEntry[];
};

/** A link card: never fetched by the build or the page; its picture (`poster`) is ours. */
export type RemoteEntry = {
	kind: 'remote';
	href: string;
	service: string;
	poster: PictureEntry | null;
};

export type MediaEntry = PictureEntry | VideoEntry | SoundEntry | RemoteEntry;

export type MediaManifest = {
	/** By each item's `src`, exactly as the story file gives it. */
	items: Record<string, MediaEntry>;
	/** The files an offline copy keeps: each picture's and poster's offline rendition, every track. */
	offline: string[];
	totals: {
		/** How many files the build writes, and their bytes: the site's media weight. */
		files: number;
		emittedBytes: number;
		/** Bytes of the files in `offline`. */
		offlineBytes: number;
		/** Bytes of the story's own local files the manifest was made from. */
		originalBytes: number;
	};
};

/** A file for the caller to write into the site, at `fileName` (relative to the site's root). */
export type MediaFile = { fileName: string; bytes: Uint8Array };

/** How an output file is named: content-addressed, so it can be cached forever. */
export type OutputName = (parts: {
	name: string;
	hash: string;
	width?: number;
	ext: string;
}) => string;

export type MediaManifestOptions = {
	storyLabel: string;
	/** A file's bytes by its path relative to the story file, null when there is none (check.ts). */
	readFile: (relPath: string) => LocalFile;
	/** Where renditions are kept between builds (DEFAULT_CACHE_DIR). */
	cacheDir?: string;
	outputName?: OutputName;
	renditions?: RenditionOptions;
	/** The story's editions besides English, whose caption tracks are added where present. */
	editions?: string[];
	/** Pictures made at once: two keeps both cores busy without holding many in memory. */
	concurrency?: number;
};

/** `media/mountain-road-1a2b3c4d-640.avif`, `media/briefing-9f8e7d6c.mp4`. */
export const defaultOutputName: OutputName = ({ name, hash, width, ext }) =>
	`media/${name}-${hash}${width === undefined ? '' : `-${width}`}.${ext}`;

/** A file name's stem as a slug, for output names: `Briefing (final).en.vtt` → `briefing-final-en`. */
const stemOf = (path: string) =>
	(path.split('/').pop() ?? 'media')
		.replace(/\.[^.]+$/, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40) || 'media';

const hash8 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 8);

const AUDIO_TYPE = {
	mp3: 'audio/mpeg',
	m4a: 'audio/mp4',
	mp4: 'audio/mp4',
	aac: 'audio/aac',
	ogg: 'audio/ogg',
	wav: 'audio/wav'
} as const;

/** Runs `task` over `list`, at most `limit` at a time, keeping the results in order. */
export async function mapLimit<T, R>(list: T[], limit: number, task: (item: T) => Promise<R>) {
	const results: R[] = new Array(list.length);
	let next = 0;
	const worker = async () => {
		while (next < list.length) {
			const i = next++;
			results[i] = await task(list[i]!);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker));
	return results;
}

/**
 * The story's media manifest and the files to write. Checks the media first (checkMedia)
 * and throws one error listing every problem, so a broken story fails the build.
 */
export async function buildMediaManifest(
	story: unknown,
	options: MediaManifestOptions
): Promise<{ manifest: MediaManifest; files: MediaFile[]; warnings: string[] }> {
	const editions = options.editions ?? EDITIONS;
	const { problems, warnings } = checkMedia(story, { ...options, editions });
	if (problems.length > 0)
		throw problemError(
			`${options.storyLabel} has ${problems.length} media problem(s):\n- ${problems.join('\n- ')}`
		);
	const name = options.outputName ?? defaultOutputName;
	const renditionOptions = options.renditions ?? DEFAULT_RENDITION_OPTIONS;
	const files = new Map<string, Uint8Array>();
	const originals = new Map<string, number>();
	const offline = new Set<string>();

	/** A local file's path as readFile takes it: every path here has passed the checks. */
	const local = (src: string) => (readPath(src) as { path: string }).path;
	const read = (src: string) => {
		const path = local(src);
		const bytes = options.readFile(path);
		if (!(bytes instanceof Uint8Array)) throw new Error(`${src}: read after its check, and gone`);
		originals.set(path, bytes.length);
		return bytes;
	};
	/** A file served as it is, under its content-addressed name. */
	const copy = (src: string, bytes: Uint8Array) => {
		const ext = src.split('.').pop()!.toLowerCase();
		const fileName = name({ name: stemOf(src), hash: hash8(bytes), ext });
		files.set(fileName, bytes);
		return fileName;
	};

	const pictures = new Map<string, Promise<PictureEntry>>();
	const picture = (src: string) => {
		let made = pictures.get(src);
		if (!made) pictures.set(src, (made = makePicture(src)));
		return made;
	};
	async function makePicture(src: string): Promise<PictureEntry> {
		const made = await cachedRenditions(read(src), renditionOptions, {
			cacheDir: options.cacheDir ?? DEFAULT_CACHE_DIR
		}).catch((error: Error) => {
			// sharp's own words ("VipsJpeg: premature end of input file"), with the file named.
			throw problemError(
				visible(`${options.storyLabel}: "${src}" cannot be read as a picture: ${error.message}`),
				{
					cause: error
				}
			);
		});
		const hash = made.key.slice(0, 8);
		const list = (format: string) =>
			made.renditions
				.filter((r) => r.format === format)
				.sort((a, b) => a.width - b.width)
				.map((r): PictureFile => {
					const ext = format === 'jpeg' ? 'jpg' : format;
					const file = name({ name: stemOf(src), hash, width: r.width, ext });
					files.set(file, r.bytes);
					return { file, width: r.width, bytes: r.bytes.length };
				});
		const fallbackFormat = made.transparent ? 'png' : 'jpeg';
		const sources = { avif: list('avif'), webp: list('webp'), fallback: list(fallbackFormat) };
		const fallbackType = made.transparent ? 'image/png' : 'image/jpeg';
		const [kept, type]: [PictureFile[], PictureEntry['offline']['type']] = sources.webp.length
			? [sources.webp, 'image/webp' as const]
			: [sources.fallback, fallbackType];
		const phone = kept.filter((r) => r.width <= 640).at(-1) ?? kept[0]!;
		offline.add(phone.file);
		const { width, height, color, preview } = made;
		return {
			kind: 'picture',
			width,
			height,
			color,
			preview,
			sources,
			fallbackType,
			offline: { ...phone, type }
		};
	}

	const tracksOf = (captions: string | undefined): TrackEntry[] => {
		if (captions === undefined) return [];
		const english = { src: captions, lang: trackLanguage(captions) };
		const others = editions
			.map((code) => ({ src: editionTrack(captions, code), lang: code }))
			.filter((t) => t.src !== captions && options.readFile(local(t.src)) instanceof Uint8Array);
		return [english, ...others].map(({ src, lang }) => {
			const bytes = read(src);
			const file = copy(src, bytes);
			offline.add(file);
			return { file, lang, bytes: bytes.length };
		});
	};

	const items: Record<string, MediaEntry> = {};
	const list = mediaItems(story).filter(
		(item, i, all) => all.findIndex((o) => o.src === item.src) === i
	);
	await mapLimit(list, options.concurrency ?? 2, async (item) => {
		const kind = itemKind(item.src);
		if (kind === 'remote') {
			const href = (readPath(item.src) as { href: string }).href;
			const poster = item.poster === undefined ? null : await picture(item.poster);
			items[item.src] = { kind, href, service: remoteService(href), poster };
		} else if (kind === 'picture') items[item.src] = await picture(item.src);
		else if (kind === 'video' || kind === 'sound') {
			const bytes = read(item.src);
			const file = copy(item.src, bytes);
			const tracks = tracksOf(item.captions);
			const sniffed = sniffKind(bytes);
			items[item.src] =
				kind === 'video'
					? {
							kind,
							file,
							type: sniffed === 'webm' ? 'video/webm' : 'video/mp4',
							bytes: bytes.length,
							poster: item.poster === undefined ? null : await picture(item.poster),
							tracks
						}
					: {
							kind,
							file,
							type: AUDIO_TYPE[sniffed as keyof typeof AUDIO_TYPE] ?? 'audio/mpeg',
							bytes: bytes.length,
							tracks
						};
		}
	});

	const sizeOf = (file: string) => files.get(file)?.length ?? 0;
	const emitted = [...files].map(([fileName, bytes]) => ({ fileName, bytes }));
	const manifest: MediaManifest = {
		// In the story's order, whatever order the pictures finished in.
		items: Object.fromEntries(list.filter((i) => items[i.src]).map((i) => [i.src, items[i.src]!])),
		offline: [...offline].sort(),
		totals: {
			files: emitted.length,
			emittedBytes: emitted.reduce((sum, f) => sum + f.bytes.length, 0),
			offlineBytes: [...offline].reduce((sum, f) => sum + sizeOf(f), 0),
			originalBytes: [...originals.values()].reduce((sum, n) => sum + n, 0)
		}
	};
	return { manifest, files: emitted, warnings };
}
