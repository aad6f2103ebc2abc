/**
 * The dev server only (never in a build: the page imports this under `import.meta.hot`):
 * when the story file changes and only some steps' prose changed (their titles and
 * paragraphs: tools/story/prose-changes.ts), the server says which steps, and the page takes
 * their new words from its own HTML, rendered again, in place. The steps' own elements stay
 * (the reader's place, the step marked current, what watches them); the page's scripts keep
 * the story they started with until the next reload. The editor's preview follows typing so.
 */

/**
 * Writes into `page` each of `steps` as `fresh` (the page's HTML, rendered again) has it:
 * each child that differs is replaced (a step whose children are no longer the same kinds
 * in the same order has them all replaced). False when a step is missing from either (a
 * long story's later step, written by the page's scripts): the page must load again.
 */
export function takeSteps(page: Document, fresh: Document, steps: string[]): boolean {
	const pairs: [Element, Element][] = [];
	for (const id of steps) {
		const [now, next] = [page.getElementById(id), fresh.getElementById(id)];
		if (!now || !next || now.tagName !== next.tagName) return false;
		pairs.push([now, next]);
	}
	for (const [now, next] of pairs) {
		const [was, is] = [[...now.children], [...next.children]];
		const sameKinds =
			was.length === is.length && was.every((child, i) => child.tagName === is[i]!.tagName);
		if (!sameKinds) now.replaceChildren(...is.map((child) => page.importNode(child, true)));
		else
			was.forEach((child, i) => {
				if (child.outerHTML !== is[i]!.outerHTML) child.replaceWith(page.importNode(is[i]!, true));
			});
	}
	return true;
}

let latest = 0;

/** Fetches the page again and takes the steps' new prose, or loads the page again. */
export async function takeNewProse(steps: string[]): Promise<void> {
	const asked = ++latest;
	const answer = await fetch(location.href, { cache: 'no-store' });
	const html = await answer.text();
	// A later change is on its way: its answer has these words too.
	if (asked !== latest) return;
	const fresh = new DOMParser().parseFromString(html, 'text/html');
	if (!answer.ok || !takeSteps(document, fresh, steps)) location.reload();
}
