/**
 * A long story's later events (the page starts with its first days: tools/story/split.ts).
 * They are fetched as modules of 50 once the reader acts, then added out of sight a few
 * milliseconds a task, so no task holds up the reader; the page shows them all at once.
 */
import type { ReaderParts } from '$lib/reader/parts';
import type { ShippedEvent, Source } from './types';

/**
 * The later events, part by part as they come (none for a story the page starts with
 * whole), the sources they cite given first to `addSources` (the page starts with none).
 */
export async function* laterEventParts(
	addSources: (sources: readonly Source[]) => void
): AsyncGenerator<ShippedEvent[]> {
	const { default: parts, sources } = await import('virtual:story/later');
	addSources(sources);
	for (const part of parts) yield (await part()).default;
}

/** How long a task adding later events may run, in milliseconds. */
const ADDING_BUDGET_MS = 4;

/** What adding them takes from the browser: its tasks and clock, the reader's first act, the URL. */
export type LaterParts = Pick<ReaderParts, 'later' | 'now' | 'whenReaderActs' | 'history'>;

/**
 * Adds the events of each part through `show` (which renders them, synchronously), one
 * step in the first task, then as many as the last task's pace says fit in the budget.
 * Resolves true once every event is shown, false if `stopped` said to give up.
 */
async function addInSlices(
	browser: LaterParts,
	parts: AsyncIterable<ShippedEvent[]>,
	show: (events: readonly ShippedEvent[]) => void,
	stopped: () => boolean
): Promise<boolean> {
	const nextTask = () => new Promise<void>((resolve) => browser.later(resolve, 0));
	let shown: readonly ShippedEvent[] = [];
	let perTask = 1;
	for await (const part of parts) {
		const all = [...shown, ...part];
		while (shown.length < all.length) {
			await nextTask();
			if (stopped()) return false;
			const started = browser.now();
			shown = all.slice(0, shown.length + perTask);
			show(shown);
			const took = browser.now() - started;
			perTask = Math.max(
				1,
				Math.min(perTask * 2, Math.floor(perTask * (ADDING_BUDGET_MS / Math.max(took, 0.1))))
			);
		}
	}
	await nextTask();
	return !stopped();
}

/**
 * What waits for the whole story: reading the page's own location, and the reader's
 * latest jump (a newer one replaces an older). Runs them at once once the story is whole.
 */
export class UntilWhole {
	private waiting = new Map<'load' | 'jump', () => void>();
	constructor(private whole: boolean) {}

	run(kind: 'load' | 'jump', action: () => void) {
		if (this.whole) action();
		else this.waiting.set(kind, action);
	}

	/** Every event is on the page: what waited runs, the location first. */
	done() {
		this.whole = true;
		for (const kind of ['load', 'jump'] as const) this.waiting.get(kind)?.();
		this.waiting.clear();
	}
}

/**
 * Brings a long story's later events (`parts`, as they come) in when the reader starts to
 * read on, or at once for a link to a date (which may be among them): `show` renders each
 * slice, `whole` follows once all are shown. Returns what stops it.
 */
export function bringInLater(
	browser: LaterParts,
	parts: () => AsyncIterable<ShippedEvent[]>,
	show: (events: readonly ShippedEvent[]) => void,
	whole: () => void
) {
	let stopped = false;
	const bringIn = async () => {
		if (await addInSlices(browser, parts(), show, () => stopped)) whole();
	};
	const { hash, search } = browser.history.location();
	const stopWaiting =
		hash || search ? (void bringIn(), () => {}) : browser.whenReaderActs(() => void bringIn());
	return () => {
		stopped = true;
		stopWaiting();
	};
}
