// Reading and writing a JSON document by path, without changing it: each write returns a new
// document that shares every untouched branch with the old one, so the undo stack keeps whole
// documents for the price of the branches an edit touched.

export type Key = string | number;
export type Path = readonly Key[];
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;

/** The value at `path`, or undefined where the path leads nowhere. */
export function getIn(doc: unknown, path: Path): unknown {
	let at: unknown = doc;
	for (const key of path) {
		if (!isObject(at)) return undefined;
		at = (at as Record<Key, unknown>)[key];
	}
	return at;
}

/**
 * A copy of `doc` with `value` at `path` (undefined removes an object's key; a list keeps its
 * length). Missing branches are made: a list where the next key is a number, else an object.
 */
export function setIn<T>(doc: T, path: Path, value: unknown): T {
	if (path.length === 0) return value as T;
	const [key, ...rest] = path as [Key, ...Key[]];
	const child = isObject(doc) ? (doc as Record<Key, unknown>)[key] : undefined;
	const next = setIn(
		child ?? (typeof rest[0] === 'number' ? [] : rest.length ? {} : undefined),
		rest,
		value
	);
	if (Array.isArray(doc)) {
		const copy = doc.slice();
		copy[key as number] = next;
		return copy as T;
	}
	const copy: Record<Key, unknown> = isObject(doc) ? { ...doc } : {};
	if (next === undefined) delete copy[key];
	else copy[key] = next;
	return copy as T;
}

/** A copy of `doc` with the list at `path` changed by `change` (a new list). */
export function updateList<T, Item>(doc: T, path: Path, change: (items: Item[]) => Item[]): T {
	const list = getIn(doc, path);
	return setIn(doc, path, change(Array.isArray(list) ? (list.slice() as Item[]) : []));
}

/** `events.3.title`: a path as one string, for maps keyed by field. */
export const pathKey = (path: Path): string => path.join('.');

/** True when `prefix` is `path` or leads to it. */
export const startsWith = (path: Path, prefix: Path): boolean =>
	prefix.length <= path.length && prefix.every((key, i) => path[i] === key);
