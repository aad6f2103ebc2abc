// The session's undo and redo: whole documents (they share their untouched branches, see
// paths.ts), so an undo can never half-apply. Typing in one field is one entry, not one per
// key: edits with the same `merge` key within `mergeMs` of each other join the entry before.
// Only typing joins (a character added or taken away: typingContinues); a selection typed
// over, or a paste, starts an entry of its own, however quickly it follows.

export interface UndoOptions {
	/** Edits to the same field (its path) join while they come this close together. */
	mergeMs?: number;
	/** The oldest entries go beyond this many. */
	limit?: number;
}

export interface Edit {
	/** What the edit was, for the buttons' names ("Undo typing in Title"). */
	label: string;
	/** Edits with the same key, close together, are one entry (typing in one field). */
	merge?: string;
	/**
	 * False: this edit starts an entry of its own even so (a value typed over, a paste), which
	 * the typing after it joins (typingContinues).
	 */
	continues?: boolean;
	/** When it happened, in ms (the caller's clock, so tests need no timers). */
	at: number;
}

interface Entry<T> {
	before: T;
	after: T;
	edit: Edit;
}

export class UndoStack<T> {
	#done: Entry<T>[] = [];
	#undone: Entry<T>[] = [];
	readonly #mergeMs: number;
	readonly #limit: number;

	constructor({ mergeMs = 1000, limit = 500 }: UndoOptions = {}) {
		this.#mergeMs = mergeMs;
		this.#limit = limit;
	}

	/** Records that `edit` turned `before` into `after`; a new edit forgets what was undone. */
	record(before: T, after: T, edit: Edit): void {
		if (before === after) return;
		this.#undone = [];
		const last = this.#done.at(-1);
		if (
			last &&
			edit.merge !== undefined &&
			edit.continues !== false &&
			last.edit.merge === edit.merge &&
			edit.at - last.edit.at <= this.#mergeMs &&
			last.after === before
		) {
			last.after = after;
			last.edit = { ...edit };
			return;
		}
		this.#done.push({ before, after, edit });
		if (this.#done.length > this.#limit) this.#done.shift();
	}

	/** The document before the last edit, or undefined when there is nothing to undo. */
	undo(): T | undefined {
		const entry = this.#done.pop();
		if (!entry) return undefined;
		this.#undone.push(entry);
		return entry.before;
	}

	/** The document after the last undone edit, or undefined when there is nothing to redo. */
	redo(): T | undefined {
		const entry = this.#undone.pop();
		if (!entry) return undefined;
		this.#done.push(entry);
		return entry.after;
	}

	/** What Undo would take back, or undefined. */
	get nextUndo(): string | undefined {
		return this.#done.at(-1)?.edit.label;
	}

	/** What Redo would bring back, or undefined. */
	get nextRedo(): string | undefined {
		return this.#undone.at(-1)?.edit.label;
	}

	/** Ends the current entry: the next edit starts a new one even in the same field. */
	seal(): void {
		const last = this.#done.at(-1);
		if (last) last.edit = { ...last.edit, merge: undefined };
	}
}

/**
 * Whether `after` is `before` with one character typed in or deleted: typing that an undo
 * takes back as one entry. A whole value replaced (selected and typed over, pasted) is not.
 */
export function typingContinues(before: unknown, after: unknown): boolean {
	const a = typeof before === 'string' ? before : '';
	const b = typeof after === 'string' ? after : '';
	if (Math.abs(a.length - b.length) !== 1) return false;
	const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
	let i = 0;
	while (i < shorter.length && longer[i] === shorter[i]) i++;
	return longer.slice(i + 1) === shorter.slice(i);
}
