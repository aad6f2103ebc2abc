// Text from a file, made safe to print: a headline may carry terminal escape sequences
// (colours, a window title, OSC 8 links, a cleared screen) or line breaks that forge a
// line of a report. Every printer of file-derived text (the import's report and problems,
// the build's story and media problems) passes it through here. Plain JavaScript, so the
// scripts run it without a compiler.

/** C0 controls, DEL and C1 controls (0x9b is a one-byte escape sequence to many terminals). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

const NAMED = /** @type {Record<string, string>} */ ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' });

/**
 * The text with each control character written as its escape (`\u001b`, `\n`), so it
 * prints as characters and does nothing to the terminal.
 * @param {string} text
 */
export const visible = (text) =>
	text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * An error for a problem a file has, its message naming the file, the event and the field:
 * printed as its message alone (Vite prints a build error's stack, which would bury the
 * message under lines of our code that say nothing to an editor).
 * @param {string} message
 * @param {ErrorOptions} [options]
 */
export function problemError(message, options) {
	const error = new Error(message, options);
	error.stack = `Error: ${message}`;
	return error;
}
