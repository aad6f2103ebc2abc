// The files the editor reads and writes, and how: each written whole to a temporary file
// beside it and renamed over it (a crash or a full disk never leaves half a file), the
// version before kept as `<file>.bak`; and never over a change someone else made (git, a
// second editor): the editor remembers each file's content hash as it last read or wrote
// it, and refuses to write when the file on disk has moved on.
import { createHash } from 'node:crypto';
import {
	closeSync,
	copyFileSync,
	existsSync,
	fsyncSync,
	openSync,
	readFileSync,
	renameSync,
	rmSync,
	writeSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

export const hashOf = (text: string): string =>
	createHash('sha256').update(text).digest('hex').slice(0, 16);

/** A file's content hash, or null when there is no file. */
export function diskHash(path: string): string | null {
	try {
		return hashOf(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

/** Writes `text` to `path` whole: a temporary file, flushed, then renamed over it. */
export function writeWhole(path: string, text: string | Uint8Array, { backup = true } = {}): void {
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	const fd = openSync(temporary, 'w');
	try {
		if (typeof text === 'string') writeSync(fd, text);
		else writeSync(fd, text);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
	try {
		if (backup && existsSync(path)) copyFileSync(path, `${path}.bak`);
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}

/** How a file's objects are laid out before Prettier: each on its lines, or as short as fits. */
export type JsonStyle = 'expanded' | 'compact';

let config: Promise<prettier.Options | null> | undefined;
/** The project's own Prettier settings (tabs, width 100), wherever the story file is. */
const projectConfig = () =>
	(config ??= prettier.resolveConfig(
		fileURLToPath(new URL('../../stories/story.json', import.meta.url))
	));

/** The JSON as the project writes it: Prettier's, so `npm run lint` passes and diffs stay small. */
export async function jsonText(value: unknown, style: JsonStyle = 'expanded'): Promise<string> {
	const text = style === 'expanded' ? JSON.stringify(value, null, '\t') : JSON.stringify(value);
	return prettier.format(text, { ...(await projectConfig()), parser: 'json' });
}

/**
 * The layout that rewrites `text` (a JSON file as a person or a tool left it) with the fewest
 * lines changed: a file the editor saves unchanged stays byte for byte what it was.
 */
export async function styleOf(text: string): Promise<JsonStyle> {
	const value = JSON.parse(text) as unknown;
	const changed = async (style: JsonStyle) => {
		const [a, b] = [text.split('\n'), (await jsonText(value, style)).split('\n')];
		let count = Math.abs(a.length - b.length);
		for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) count++;
		return count;
	};
	return (await changed('compact')) < (await changed('expanded')) ? 'compact' : 'expanded';
}

/**
 * One file the editor owns for the session: what it last saw there, so that a change made
 * underneath is noticed (by its content, not only its time: git rewrites a file unchanged).
 */
export class TrackedFile {
	#hash: string | null = null;

	constructor(
		readonly path: string,
		/** Keep the version before each write as `<file>.bak`. */
		readonly backup = true
	) {}

	/** The file's text (null when there is none), remembered as seen. */
	read(): string | null {
		let text: string | null;
		try {
			text = readFileSync(this.path, 'utf8');
		} catch {
			text = null;
		}
		this.#hash = text === null ? null : hashOf(text);
		return text;
	}

	/** The hash of the text last read or written. */
	get hash(): string | null {
		return this.#hash;
	}

	/**
	 * True when the file on disk is no longer what the editor last read or wrote: by its
	 * content (a file's time may not move within a second, and git rewrites files unchanged).
	 */
	changedUnderneath(): boolean {
		return diskHash(this.path) !== this.#hash;
	}

	/** Writes `text` (whole, with a .bak) unless the file moved on underneath: then false. */
	write(text: string): boolean {
		if (this.changedUnderneath()) return false;
		if (hashOf(text) === this.#hash) return true;
		writeWhole(this.path, text, { backup: this.backup });
		this.#hash = hashOf(text);
		return true;
	}

	/** Forgets the file: it is written anew (a draft resolved). */
	remove(): void {
		rmSync(this.path, { force: true });
		this.#hash = null;
	}
}
