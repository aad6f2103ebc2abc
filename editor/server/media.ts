// A picture, sound or video dropped on a step: checked by its bytes, as the build checks it
// (tools/media/sniff.ts), and copied into the story's `media/` folder under a plain name.
// A file the page cannot show (a phone's HEIC, a renamed document) is refused with the
// reason, before anything is written.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
	describeKind,
	KIND_INFO,
	SAVED_EXTENSION,
	sniffKind,
	type MediaCategory
} from '../../tools/media/sniff.ts';
import { slugify } from '../../tools/import/places.ts';
import { writeWhole } from './files.ts';

/** The largest file the editor takes (the build warns well before: 15 MB pictures, 25 MB video). */
export const MAX_MEDIA_BYTES = 200e6;

export type Added =
	| { ok: true; src: string; category: MediaCategory; reused: boolean }
	| { ok: false; message: string };

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Copies `bytes` (a file the reporter named `name`) into `media/` beside the story file, and
 * gives its path as the story writes it (`media/market-square.jpg`).
 */
export function addMedia(storyFile: string, name: string, bytes: Uint8Array): Added {
	if (bytes.length === 0) return { ok: false, message: `${name} is empty` };
	if (bytes.length > MAX_MEDIA_BYTES)
		return { ok: false, message: `${name} is over ${MAX_MEDIA_BYTES / 1e6} MB: export it smaller` };
	const kind = sniffKind(bytes);
	const extension = SAVED_EXTENSION[kind];
	const category = kind === 'unknown' ? undefined : KIND_INFO[kind].category;
	if (!extension || !category || category === 'captions' || category === 'page')
		return {
			ok: false,
			message: `${name} is ${describeKind(kind)}: the page shows JPEG, PNG, WebP, AVIF or GIF pictures, MP4 or WebM video, and MP3, M4A, AAC, Ogg or WAV sound${kind === 'heic' ? ' (export the photo as JPEG)' : ''}`
		};
	const stem = slugify(name.replace(/\.[^.]*$/, '')) || 'media';
	const folder = join(dirname(storyFile), 'media');
	mkdirSync(folder, { recursive: true });
	const hash = digest(bytes);
	for (let n = 1; ; n++) {
		const file = `${stem}${n === 1 ? '' : `-${n}`}.${extension}`;
		const path = join(folder, file);
		if (existsSync(path)) {
			// The same file dropped twice is the same file, not a copy.
			if (digest(readFileSync(path)) === hash)
				return { ok: true, src: `media/${file}`, category, reused: true };
			continue;
		}
		writeWhole(path, bytes, { backup: false });
		return { ok: true, src: `media/${file}`, category, reused: false };
	}
}
