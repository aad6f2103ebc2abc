// Reading a file a story (or an import's input) names beside it, as untrusted input: only
// a regular file inside the folder, whatever symbolic links say, and never a FIFO (which
// would block the build), a device (`/dev/zero` never ends) or a socket. Used by the
// build's media (items.ts `filesBeside`), its editions (tools/story/files.js reads them
// through `readRegularFile`) and the importer's local media (scripts/import.js).
import {
	closeSync,
	constants,
	fstatSync,
	lstatSync,
	openSync,
	readSync,
	realpathSync
} from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

// Plain JavaScript, so the scripts and tools/story/files.js run it without a compiler.

/** Larger than this, a file beside a story is refused (bytes; a story's video is far smaller). */
export const MAX_LOCAL_FILE_BYTES = 200e6;

/** @typedef {Uint8Array | null | { refused: string }} LocalFile What reading a file found: its bytes, nothing there, or why it may not be read. */

/**
 * A file beside the story that the build refuses to read, and why.
 * @param {LocalFile} file
 * @returns {file is { refused: string }}
 */
export const isRefused = (file) => file !== null && !(file instanceof Uint8Array);

/**
 * How a message names what is there instead of a file.
 * @param {import('node:fs').Stats} stat
 */
export function whatItIs(stat) {
	if (stat.isDirectory()) return 'a folder';
	if (stat.isFIFO()) return 'a FIFO (a named pipe)';
	if (stat.isCharacterDevice()) return 'a character device';
	if (stat.isBlockDevice()) return 'a block device';
	if (stat.isSocket()) return 'a socket';
	if (stat.isSymbolicLink()) return 'a symbolic link';
	return 'not a regular file';
}

/**
 * The bytes of `relPath` under `folder` (`folderName` names it in messages: "the story's
 * folder"). A symbolic link may point within the folder; one that leads out of it, or to
 * nothing, is refused, as is anything but a regular file or a file over `maxBytes`.
 * @param {string} folder
 * @param {string} relPath
 * @param {string} folderName
 * @returns {LocalFile}
 */
export function readInside(folder, relPath, folderName, maxBytes = MAX_LOCAL_FILE_BYTES) {
	const path = join(folder, relPath);
	let link;
	try {
		link = lstatSync(path);
	} catch {
		return null;
	}
	let real;
	try {
		real = realpathSync(path);
	} catch {
		return { refused: `is a symbolic link to nothing (${relPath} leads to no file)` };
	}
	const inside = relative(realpathSync(folder), real);
	if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
		return {
			refused: `is ${link.isSymbolicLink() ? 'a symbolic link' : 'reached through a symbolic link'} to outside ${folderName}: keep media inside it`
		};
	return readRegularFile(real, maxBytes);
}

/**
 * A regular file's bytes, or why not: never blocks on a FIFO and never reads a device
 * (`followLink`: the path may be a link, as a story file named on the command line may).
 * The file is opened without following a link and without waiting, then checked again
 * through its descriptor, so nothing can be swapped in between.
 * @param {string} path
 * @returns {LocalFile}
 */
export function readRegularFile(
	path,
	maxBytes = MAX_LOCAL_FILE_BYTES,
	{ followLink = false } = {}
) {
	let stat;
	try {
		if (followLink) path = realpathSync(path);
		stat = lstatSync(path);
	} catch {
		return null;
	}
	if (!stat.isFile()) return { refused: `is ${whatItIs(stat)}, not a file` };
	let fd;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
	} catch (error) {
		return { refused: `cannot be read (${codeOf(error)})` };
	}
	try {
		const opened = fstatSync(fd);
		if (!opened.isFile() || opened.ino !== stat.ino || opened.dev !== stat.dev)
			return { refused: `is ${whatItIs(opened)}, not a file` };
		if (opened.size > maxBytes)
			return {
				refused: `is ${megabytes(opened.size)}: more than the ${megabytes(maxBytes)} a file beside a story may be`
			};
		// What the size says, and not a byte more: a file still being written is refused.
		const bytes = new Uint8Array(opened.size);
		let length = 0;
		for (let read = 1; read > 0 && length < bytes.length; length += read)
			read = readSync(fd, bytes, length, bytes.length - length, null);
		if (length < bytes.length || readSync(fd, new Uint8Array(1), 0, 1, null) > 0)
			return { refused: 'changed while it was read: a file being written' };
		return bytes;
	} catch (error) {
		return { refused: `cannot be read (${codeOf(error)})` };
	} finally {
		closeSync(fd);
	}
}

/** @param {unknown} error */
const codeOf = (error) =>
	error instanceof Error && 'code' in error ? String(error.code) : String(error);

/** @param {number} bytes */
const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1).replace(/\.0$/, '')} MB`;
