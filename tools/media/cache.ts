// Renditions kept between builds, by the hash of the picture's bytes and the options that
// made them: encoding AVIF is most of a build's time, and a story's pictures rarely change.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import {
	DEFAULT_RENDITION_OPTIONS,
	makeRenditions,
	type PictureFormat,
	type RenditionOptions,
	type Renditions
} from './pictures.ts';

/** Where renditions are kept unless told otherwise: a folder npm and git both ignore. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/story-media';

/** Bumped when makeRenditions changes what it makes, so older entries are not reused. */
const CACHE_FORMAT = 1;

/** What an entry's index.json holds: the renditions less their bytes, which sit beside it. */
type Index = Omit<Renditions, 'renditions'> & {
	renditions: { format: PictureFormat; width: number; height: number; file: string }[];
};

export type CachedRenditions = Renditions & {
	/** The sha256 of the picture and the options (hex): it names the output files too. */
	key: string;
	/** Whether the renditions came from the cache rather than from sharp. */
	cached: boolean;
};

/** The hash that names a picture's renditions: its bytes, the options, and sharp's version. */
export function renditionKey(input: Uint8Array, options: RenditionOptions): string {
	return createHash('sha256')
		.update(
			`story-media ${CACHE_FORMAT} sharp ${sharp.versions.sharp} vips ${sharp.versions.vips}\n`
		)
		.update(JSON.stringify(options))
		.update('\n')
		.update(input)
		.digest('hex');
}

const EXTENSION: Record<PictureFormat, string> = {
	avif: 'avif',
	webp: 'webp',
	jpeg: 'jpg',
	png: 'png'
};

function readEntry(folder: string): Renditions | null {
	try {
		const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as Index;
		const renditions = index.renditions.map(({ file, ...rest }) => ({
			...rest,
			bytes: new Uint8Array(readFileSync(join(folder, file)))
		}));
		return { ...index, renditions };
	} catch {
		// Missing, half-deleted or from an older layout: made again.
		return null;
	}
}

function writeEntry(folder: string, made: Renditions) {
	// Written aside, then renamed into place: a build stopped halfway leaves no entry that
	// looks whole, and two builds making the same picture do not mix their files.
	const temporary = `${folder}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	mkdirSync(temporary, { recursive: true });
	const index: Index = {
		...made,
		renditions: made.renditions.map(({ format, width, height, bytes }) => {
			const file = `${width}.${EXTENSION[format]}`;
			writeFileSync(join(temporary, file), bytes);
			return { format, width, height, file };
		})
	};
	writeFileSync(join(temporary, 'index.json'), JSON.stringify(index));
	try {
		if (existsSync(folder)) rmSync(folder, { recursive: true, force: true });
		renameSync(temporary, folder);
	} catch {
		rmSync(temporary, { recursive: true, force: true });
	}
}

/**
 * A picture's renditions, from the cache when this picture was made with these options
 * before, else made (by `make`, sharp's makeRenditions unless a test counts the calls) and
 * kept for the next build.
 */
export async function cachedRenditions(
	input: Uint8Array,
	options: RenditionOptions = DEFAULT_RENDITION_OPTIONS,
	{
		cacheDir = DEFAULT_CACHE_DIR,
		make = makeRenditions
	}: {
		cacheDir?: string;
		make?: (input: Uint8Array, options: RenditionOptions) => Promise<Renditions>;
	} = {}
): Promise<CachedRenditions> {
	const key = renditionKey(input, options);
	const folder = join(cacheDir, key);
	const kept = readEntry(folder);
	if (kept) return { ...kept, key, cached: true };
	const made = await make(input, options);
	mkdirSync(cacheDir, { recursive: true });
	writeEntry(folder, made);
	return { ...made, key, cached: false };
}
