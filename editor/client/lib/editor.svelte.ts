// The editor's one owner of the work: every edit goes through `edit`, which records it for
// undo, keeps a dated story in date order, and sends the work to the server a moment after
// the last keystroke. The server checks it, writes what the build would accept, and answers
// with the problems, which the form shows on their fields.
import { SvelteSet } from 'svelte/reactivity';
import type { ChangeAnswer, Hashes, Opened, Problem, Report, Work } from '../../shared/api.ts';
import { getIn, pathKey, setIn, startsWith, type Path } from '../../shared/paths.ts';
import {
	eventsOf,
	freeId,
	isDatedStory,
	keepDateOrder,
	renameStep
} from '../../shared/story-ops.ts';
import { typingContinues, UndoStack } from '../../shared/undo.ts';

/** How long after the last keystroke the work is sent (checked, saved, previewed). */
export const SEND_AFTER_MS = 250;

export type SaveState = 'saved' | 'saving' | 'drafted' | 'conflict' | 'failed' | 'opened';

export class Editor {
	work = $state.raw<Work>(undefined as unknown as Work);
	report = $state.raw<Report>({
		problems: [],
		editionProblems: {},
		held: [],
		drafted: false,
		hashes: { story: null, editions: {} }
	});
	/** The step being edited, by its lasting key (its index moves with the date order). */
	selectedKey = $state<string | undefined>(undefined);
	save = $state<SaveState>('opened');
	conflict = $state<{ file: string; message: string } | null>(null);
	/** A short note about the last action ("Moved after …", "Steps are kept in date order…"). */
	note = $state('');
	/** The field edited last: its problem, when it has one, is announced. */
	lastEdited = $state<Path | null>(null);
	/** How that field is labelled ("Date"), for the alert. */
	lastLabel = $state('');
	undoLabel = $state<string | undefined>(undefined);
	redoLabel = $state<string | undefined>(undefined);
	/** Steps added in this session: their id follows their title until the reporter sets one. */
	readonly newKeys = new SvelteSet<string>();
	readonly opened: Opened;
	readonly dated: boolean;
	/** What a click on the map does now: add a place, draw a line or an area's outline. */
	mapMode = $state<null | { kind: 'place' } | { kind: 'line' } | { kind: 'area'; index?: number }>(
		null
	);
	/** Where the map looks now (set by the map): "Use this view" stores it. */
	mapView:
		(() => { lon: number; lat: number; zoom: number; pitch: number; bearing: number }) | null =
		null;

	#undo = new UndoStack<Work>();
	#hashes: Hashes;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#sending: Promise<void> | null = null;
	#again = false;
	#keyCount = 0;

	constructor(opened: Opened) {
		this.opened = opened;
		this.work = opened.work;
		this.report = opened.report;
		this.#hashes = opened.hashes;
		this.dated = isDatedStory(opened.work.story);
		this.selectedKey = opened.work.keys[0];
		// A story not yet on disk: its steps' ids follow their titles, as new steps' do.
		if (opened.hashes.story === null) for (const key of opened.work.keys) this.newKeys.add(key);
		if (opened.draft?.restored)
			this.note = `Restored the draft you left on ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(opened.draft.savedAt))}.`;
	}

	get selected(): number {
		const index = this.work.keys.indexOf(this.selectedKey ?? '');
		return index < 0 ? 0 : index;
	}

	/** A key for a new step, unlike any the server gave. */
	newKey(): string {
		return `c${Date.now().toString(36)}${this.#keyCount++}`;
	}

	/**
	 * Applies a change to the work as one undoable edit. `merge` joins it to the edit before
	 * when both type into the same field.
	 */
	edit(
		change: (work: Work) => Work,
		label: string,
		options: { merge?: string; continues?: boolean; field?: Path } = {}
	) {
		const before = this.work;
		const changed = change(before);
		if (changed === before) return;
		const after = this.#ordered(this.#followTitles(changed));
		const { merge, continues } = options;
		this.#undo.record(before, after, { label, merge, continues, at: Date.now() });
		this.work = after;
		this.lastEdited = options.field ?? null;
		this.lastLabel = label;
		this.#afterChange();
	}

	/** One field of the story, typed into. */
	set(path: Path, value: unknown, label: string) {
		this.edit((work) => setIn(work, ['story', ...path], value), label, {
			merge: pathKey(path),
			continues: typingContinues(getIn(this.work.story, path), value),
			field: path
		});
	}

	/** A new step's id follows its title until the reporter writes one of their own. */
	#followTitles(work: Work): Work {
		let next = work;
		eventsOf(work).forEach((event, i) => {
			const title = typeof event.title === 'string' ? event.title : '';
			if (!this.newKeys.has(work.keys[i] ?? '') || !title.trim()) return;
			const others = eventsOf(next)
				.filter((_, j) => j !== i)
				.map((e) => e.id);
			const id = freeId(title, others);
			if (id !== event.id) next = renameStep(next, i, id);
		});
		return next;
	}

	/** Keeps date order, and says so when the step being edited moved. */
	#ordered(after: Work): Work {
		const ordered = keepDateOrder(after);
		if (ordered === after) return after;
		const key = this.selectedKey ?? '';
		const [was, now] = [after.keys.indexOf(key), ordered.keys.indexOf(key)];
		if (was !== now && now >= 0) {
			const events = eventsOf(ordered);
			const neighbour = events[now - 1] ?? events[now + 1];
			const where = now === 0 ? 'first' : `after “${String(neighbour?.title ?? '')}”`;
			this.note = `The step moved in the list by its date: it is now ${where} (step ${now + 1} of ${events.length}).`;
		}
		return ordered;
	}

	undo() {
		const work = this.#undo.undo();
		if (work) this.#restore(work);
	}

	redo() {
		const work = this.#undo.redo();
		if (work) this.#restore(work);
	}

	#restore(work: Work) {
		this.work = work;
		if (!work.keys.includes(this.selectedKey ?? '')) this.selectedKey = work.keys[0];
		this.lastEdited = null;
		this.#afterChange();
	}

	#afterChange() {
		this.undoLabel = this.#undo.nextUndo;
		this.redoLabel = this.#undo.nextRedo;
		this.save = 'saving';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.send(), SEND_AFTER_MS);
	}

	/** Sends the work now (checks, saves); one request at a time, the latest work last. */
	async send(overwrite = false): Promise<void> {
		clearTimeout(this.#timer);
		if (this.#sending) {
			this.#again = true;
			return this.#sending;
		}
		const work = this.work;
		this.#sending = (async () => {
			try {
				const response = await fetch('/api/change', {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ work, hashes: this.#hashes, overwrite })
				});
				if (!response.ok) throw new Error((await response.json()).message);
				const answer = (await response.json()) as ChangeAnswer;
				if (answer.kind === 'conflict') {
					this.conflict = { file: answer.file, message: answer.message };
					this.save = 'conflict';
					return;
				}
				this.conflict = null;
				this.report = answer;
				this.#hashes = answer.hashes;
				if (this.work === work) this.save = answer.drafted ? 'drafted' : 'saved';
			} catch (error) {
				this.save = 'failed';
				this.note = `Could not save: ${(error as Error).message}. Your work is still here; the editor tries again at your next change.`;
			}
		})();
		await this.#sending;
		this.#sending = null;
		if (this.#again || this.work !== work) {
			this.#again = false;
			if (!this.conflict) await this.send();
		}
	}

	/** The file on disk, as it is now, becomes the work (undoable: Undo brings the reporter's back). */
	async loadFromDisk() {
		const opened = (await (await fetch('/api/open')).json()) as Opened;
		this.#hashes = opened.hashes;
		this.conflict = null;
		this.edit(() => opened.work, 'Load the file from disk');
	}

	/** Problems whose path is `path` exactly (in the story). */
	problemsAt(path: Path): Problem[] {
		return this.report.problems.filter(
			(p) => p.path.length === path.length && startsWith(p.path, path)
		);
	}

	/** Problems anywhere inside `path`. */
	problemsUnder(path: Path): Problem[] {
		return this.report.problems.filter((p) => startsWith(p.path, path));
	}

	/** Whether step `index` waits in the draft. */
	isHeld(index: number): boolean {
		return this.report.held.includes(index);
	}
}
