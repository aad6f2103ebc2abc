// Keys given twice in one JSON object: JSON.parse keeps the last and says nothing, so an
// editor who pasted a field in twice would never know which one the story took. One pass
// over text that JSON.parse has already accepted. Plain JavaScript, as files.js is.

/** @typedef {{ path: (string | number)[]; key: string }} DuplicateKey */

/**
 * A JSON path as messages write it: `events[3].text`.
 * @param {(string | number)[]} path
 */
export const formatPath = (path) =>
	path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

/**
 * @typedef {object} Frame
 * @property {Set<string> | undefined} keys the object's keys so far (undefined in a list)
 * @property {Frame | undefined} parent
 * @property {string | number | undefined} at where this object or list is in its parent
 * @property {string | number} next the key just read (an object) or the next index (a list)
 * @property {boolean} expectKey
 */

/**
 * Every key an object of the (valid) JSON text gives twice, with the path of the object
 * (`["events", 3, "text"]`); at most `limit` of them.
 * @param {string} text
 * @returns {DuplicateKey[]}
 */
export function duplicateKeys(text, limit = 20) {
	/** @type {DuplicateKey[]} */
	const found = [];
	/** @type {Frame | undefined} */
	let top;
	const pathOf = (/** @type {Frame | undefined} */ frame) => {
		/** @type {(string | number)[]} */
		const path = [];
		for (let f = frame; f?.parent; f = f.parent) path.push(/** @type {string | number} */ (f.at));
		return path.reverse();
	};
	for (let i = 0; i < text.length && found.length < limit; i++) {
		const c = text[i];
		if (c === '{' || c === '[') {
			top = {
				keys: c === '{' ? new Set() : undefined,
				parent: top,
				at: top?.next,
				next: 0,
				expectKey: c === '{'
			};
		} else if (c === '}' || c === ']') top = top?.parent;
		else if (c === ',') {
			if (top?.keys) top.expectKey = true;
			else if (top) top.next = /** @type {number} */ (top.next) + 1;
		} else if (c === '"') {
			let end = i + 1;
			while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
			if (top?.keys && top.expectKey) {
				const key = /** @type {string} */ (JSON.parse(text.slice(i, end + 1)));
				if (top.keys.has(key)) found.push({ path: pathOf(top), key });
				top.keys.add(key);
				top.next = key;
				top.expectKey = false;
			}
			i = end;
		}
	}
	return found;
}
