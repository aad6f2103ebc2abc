// Reading a file the story names (its tiles, its layers): only inside the story's folder
// once every link is followed (realpath), only a regular file (never a FIFO or a device,
// which could block the build), and never more than a cap, read in one pass.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

export type FileReading = { ok: true; path: string; size: number } | { ok: false; reason: string };

/** Where `relPath` (relative to the story file) really is, if it is a regular file inside its folder. */
export function fileBeside(storyFile: string, relPath: string): FileReading {
	let folder: string;
	let real: string;
	try {
		folder = realpathSync(dirname(storyFile));
		real = realpathSync(join(folder, relPath));
	} catch {
		return { ok: false, reason: 'is missing' };
	}
	if (!real.startsWith(folder + sep))
		return { ok: false, reason: "leads outside the story's folder (through a link)" };
	let fd: number | undefined;
	try {
		// O_NONBLOCK: opening a FIFO must not wait for a writer before fstat says what it is.
		fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
		const stat = fstatSync(fd);
		if (!stat.isFile()) return { ok: false, reason: 'is not a regular file' };
		return { ok: true, path: real, size: stat.size };
	} catch {
		return { ok: false, reason: 'cannot be read' };
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/** A regular file's bytes, at most `cap` of them; null when it is larger. */
export function readCapped(path: string, cap: number): Uint8Array | null {
	const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile() || stat.size > cap) return null;
		const bytes = new Uint8Array(stat.size);
		let read = 0;
		while (read < bytes.length) {
			const n = readSync(fd, bytes, read, bytes.length - read, read);
			if (n === 0) break;
			read += n;
		}
		return read === bytes.length ? bytes : bytes.subarray(0, read);
	} finally {
		closeSync(fd);
	}
}

/** Bytes `offset` to `offset + length` of an open file: how the archive reader reads. */
export function readRange(fd: number, offset: number, length: number): Uint8Array {
	const bytes = new Uint8Array(length);
	let read = 0;
	while (read < length) {
		const n = readSync(fd, bytes, read, length - read, offset + read);
		if (n === 0) break;
		read += n;
	}
	return bytes.subarray(0, read);
}
