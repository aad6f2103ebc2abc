/** Resolves in a new task: work after it no longer extends the task that awaited it. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What a reader does first: scroll, touch, type, click, or follow a link within the page. */
const READER_ACTS = [
	'scroll',
	'wheel',
	'touchstart',
	'keydown',
	'pointerdown',
	'hashchange',
	'popstate'
] as const;

/**
 * How long the page waits for the reader's first act before it does what it was keeping
 * for then (the live map, a long story's later events, the offline copy) anyway.
 */
export const READER_IDLE_MS = 4000;

/**
 * Runs `run` once, at the reader's first act or after READER_IDLE_MS without one: for work
 * the first screen does not need (the live map, a long story's later events), so that it
 * does not compete with the page coming alive. Returns what cancels it.
 */
export function whenReaderActs(run: () => void): () => void {
	const once = () => {
		cancel();
		run();
	};
	const timer = setTimeout(once, READER_IDLE_MS);
	const cancel = () => {
		clearTimeout(timer);
		for (const type of READER_ACTS) removeEventListener(type, once);
	};
	for (const type of READER_ACTS) addEventListener(type, once, { passive: true });
	return cancel;
}
