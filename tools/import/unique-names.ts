// Names made unique by a number (`name`, `name-2`, `name-3`…), for slugs and media files.

/** For each set of names in use, the number each base tries next: `name-7` after `name-6`. */
const nextNumber = new WeakMap<Set<string>, Map<string, number>>();

/**
 * The first of `nameFor(1)`, `nameFor(2)`… not in `used`, added to it. Each base remembers
 * where its numbering got to, so 40,000 events with one headline take 40,000 tries, not
 * 800 million.
 */
export function firstFreeName(
	used: Set<string>,
	base: string,
	nameFor: (n: number) => string
): string {
	let next = nextNumber.get(used);
	if (!next) nextNumber.set(used, (next = new Map()));
	let n = next.get(base) ?? 1;
	let name = nameFor(n);
	while (used.has(name)) name = nameFor(++n);
	next.set(base, n + 1);
	used.add(name);
	return name;
}
