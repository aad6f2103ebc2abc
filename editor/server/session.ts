// One editing session of one story file: what was opened, and what each change writes. The
// story, its editions (`story.ru.json`) and their translation fingerprints are written when
// the build would accept them; what it would refuse waits in `story.json.draft`, which the
// next session restores. The preview's copy (`.story.preview.json`, beside the story so its
// media resolve the same) gets the same good version at once.
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { editionCodeOf, editionPaths, storyLabel } from '../../tools/story/files.js';
import { storyJsonSchema } from '../../tools/story/schema.ts';
import type { Story } from '../../src/lib/story/types.ts';
import type { ChangeAnswer, Change, Opened, Report, Work } from '../shared/api.ts';
import { editionForPreview, withNotesOwed } from '../shared/edition-preview.ts';
import { translatableUnits, withBaseline, type TranslatedFrom } from '../shared/translations.ts';
import { checkEdition, checkStory, filesNear, type Problem } from './checks.ts';
import { jsonText, styleOf, TrackedFile, writeWhole, type JsonStyle } from './files.ts';
import { planEdition, planStory, writtenSteps, type EditionPlan, type StoryPlan } from './plan.ts';
import { newStory } from './skeleton.ts';

type Doc = Record<string, unknown>;
const parse = (text: string | null, what: string): Doc | undefined => {
	if (text === null) return undefined;
	try {
		return JSON.parse(text) as Doc;
	} catch (error) {
		throw new Error(`${what} is not valid JSON: ${(error as Error).message}`, { cause: error });
	}
};

/** Where an edition keeps the fingerprints of the English it was translated from. */
export const fingerprintsPath = (editionFile: string) =>
	editionFile.replace(/\.json$/, '.translated-from.json');
/** The preview's copy of the story: beside it, hidden, never an edition by its name. */
export const previewPath = (storyFile: string) =>
	join(dirname(storyFile), `.${basename(storyFile, '.json')}.preview.json`);
/**
 * An edition's preview copies: the story's last good version and the edition, under a name
 * of their own (`.story.preview-ru.json`, `.story.preview-ru.ru.json`), so the English
 * preview never reads an edition with English standing in it.
 */
export const editionPreviewPaths = (storyFile: string, code: string) => {
	const stem = join(dirname(storyFile), `.${basename(storyFile, '.json')}.preview-${code}`);
	return { story: `${stem}.json`, edition: `${stem}.${code}.json` };
};

export class Session {
	readonly story: TrackedFile;
	readonly editions = new Map<string, TrackedFile>();
	readonly fingerprints = new Map<string, TrackedFile>();
	readonly draft: TrackedFile;
	readonly files: ReturnType<typeof filesNear>;
	/** The last version of each step written to disk, by key. */
	#saved = new Map<string, unknown>();
	/** The story on disk, checked: what the editions are checked against. */
	#good: Story | undefined;
	#keyCount = 0;
	/** Each edition as last read or written: what stands on disk for the editor. */
	#onDisk = new Map<string, Doc>();
	/** One change at a time: a second waits for the first's files. */
	#queue: Promise<unknown> = Promise.resolve();
	/** Each file's layout as it was found, kept when it is written. */
	#styles = new Map<string, JsonStyle>();

	constructor(
		readonly storyFile: string,
		readonly previewUrl: string | null = null,
		/** Told each time the preview's copy is written (the preview's server starts on the first). */
		readonly onPreview: () => void = () => {},
		/** Told each time an edition's preview copies are written. */
		readonly onEditionPreview: (code: string) => void = () => {}
	) {
		this.story = new TrackedFile(storyFile);
		this.draft = new TrackedFile(`${storyFile}.draft`);
		this.files = filesNear(storyFile);
		for (const path of editionPaths(storyFile)) {
			const code = editionCodeOf(path);
			this.editions.set(code, new TrackedFile(path));
			this.fingerprints.set(code, new TrackedFile(fingerprintsPath(path), false));
		}
	}

	/** The story as last written (or read), when the build accepts it. */
	get good(): Story | undefined {
		return this.#good;
	}

	get label(): string {
		return storyLabel(this.storyFile);
	}

	#check = (story: Doc): Problem[] => checkStory(story, this.files);

	/** Reads `file`, remembering how it is laid out. */
	async #read(file: TrackedFile, what: string): Promise<Doc | undefined> {
		const text = file.read();
		const doc = parse(text, what);
		if (text !== null && doc) this.#styles.set(file.path, await styleOf(text));
		if (doc) this.#onDisk.set(file.path, doc);
		else this.#onDisk.delete(file.path);
		return doc;
	}

	/** Writes `value` to `file` in the layout it was found in. */
	async #write(file: TrackedFile, value: unknown): Promise<void> {
		if (file.write(await jsonText(value, this.#styles.get(file.path))))
			this.#onDisk.set(file.path, value as Doc);
	}

	/** Reads every file afresh: the session starts again from the disk. */
	async open(): Promise<Opened> {
		// A story that does not exist yet starts from a skeleton, written once it is good.
		const story = (await this.#read(this.story, this.label)) ?? newStory(this.storyFile);
		const keys = (Array.isArray(story.events) ? story.events : []).map(() => this.#newKey());
		this.#saved = new Map(keys.map((key, i) => [key, (story.events as unknown[])[i]]));
		this.#good = this.#check(story).some((p) => p.blocking) ? undefined : (story as Story);
		const editions: Record<string, Doc> = {};
		const from: Record<string, TranslatedFrom> = {};
		const units = translatableUnits(story);
		for (const [code, file] of this.editions) {
			editions[code] = (await this.#read(file, file.path)) ?? { edition: code };
			const kept = parse(this.fingerprints.get(code)!.read(), fingerprintsPath(file.path));
			from[code] = withBaseline(units, editions[code], (kept?.hashes ?? {}) as TranslatedFrom);
		}
		const work: Work = { story, keys, editions, from };
		const draftText = this.draft.read();
		const draft = parse(draftText, this.draft.path) as
			undefined | { savedAt: string; base: string | null; work: Work };
		let restored = work;
		let draftInfo: Opened['draft'] = null;
		if (draft?.work) {
			const adopted = this.#adopt(draft.work);
			// A draft made from the file as it still is comes back as it was left; one made from
			// an earlier version waits for the reporter to say.
			if (draft.base === this.story.hash) {
				restored = adopted;
				draftInfo = { savedAt: draft.savedAt, restored: true };
			} else draftInfo = { savedAt: draft.savedAt, restored: false, work: adopted };
		}
		this.#writePreview(this.#good ?? null);
		for (const code of this.#previewed) this.#writeEditionPreview(code, this.#good);
		return {
			label: this.label,
			schema: storyJsonSchema() as Opened['schema'],
			work: restored,
			hashes: this.#hashes(),
			draft: draftInfo,
			previewUrl: this.previewUrl,
			report: this.#plan(restored).report
		};
	}

	/** A draft's steps, keyed as the disk's steps of the same id are. */
	#adopt(work: Work): Work {
		const byId = new Map<unknown, string>();
		[...this.#saved.entries()].forEach(([key, event]) => byId.set((event as Doc).id, key));
		const events = Array.isArray(work.story.events) ? (work.story.events as Doc[]) : [];
		return { ...work, keys: events.map((e) => byId.get(e.id) ?? this.#newKey()) };
	}

	#newKey = () => `s${this.#keyCount++}`;

	#hashes() {
		return {
			story: this.story.hash,
			editions: Object.fromEntries([...this.editions].map(([code, file]) => [code, file.hash]))
		};
	}

	/** The files changed underneath since this session read or wrote them. */
	changedUnderneath(): string[] {
		return [this.story, ...this.editions.values()]
			.filter((file) => file.changedUnderneath())
			.map((file) => storyLabel(file.path));
	}

	/**
	 * What the work writes: the story's plan first (told to `onStory` at once, so the preview
	 * need not wait for the editions), then each edition's against it.
	 */
	#plan(work: Work, onStory: (plan: StoryPlan) => void = () => {}) {
		const story = planStory(work.story, work.keys, this.#saved, this.#check);
		onStory(story);
		const editionProblems: Record<string, Problem[]> = {};
		let drafted = story.drafted;
		const editions = new Map<string, EditionPlan>();
		const english = (story.write as Story | null) ?? this.#good;
		for (const [code, file] of this.editions) {
			const edition = work.editions[code] ?? {};
			if (!english) continue;
			const p = planEdition(edition, this.#onDisk.get(file.path), (e) => checkEdition(english, e));
			editions.set(code, p);
			editionProblems[code] = p.problems;
			drafted ||= p.drafted;
		}
		const report: Report = {
			problems: story.problems,
			editionProblems,
			held: story.held,
			drafted,
			hashes: this.#hashes()
		};
		return { story, editions, report };
	}

	/** Checks a change and writes what the build would accept; the rest goes to the draft. */
	change(change: Change): Promise<ChangeAnswer> {
		const next = this.#queue.then(() => this.#change(change));
		this.#queue = next.catch(() => undefined);
		return next;
	}

	async #change({ work, hashes, overwrite }: Change): Promise<ChangeAnswer> {
		// A file that moved on since the reporter's version was read is never written over
		// unless they said so.
		if (!overwrite) {
			const moved = [
				[this.story, hashes.story] as const,
				...[...this.editions].map(([code, file]) => [file, hashes.editions[code] ?? null] as const)
			].find(([file, known]) => file.changedUnderneath() || file.hash !== known);
			if (moved)
				return {
					kind: 'conflict',
					file: storyLabel(moved[0].path),
					message: `${storyLabel(moved[0].path)} has changed on disk since the editor read it (another editor, or git).`
				};
		} else
			for (const [file, what] of [
				[this.story, this.label] as const,
				...[...this.editions.values()].map((f) => [f, f.path] as const)
			])
				await this.#read(file, what);

		const plans = this.#plan(work, (story) => this.#writePreview(story.write));
		const { story: plan, report } = plans;
		for (const code of this.#previewed)
			this.#writeEditionPreview(
				code,
				(plan.write as Story | null) ?? this.#good,
				plans.editions.get(code)?.write ?? undefined
			);
		if (plan.write) {
			await this.#write(this.story, plan.write);
			this.#saved = writtenSteps(work.story, work.keys, plan, this.#saved);
			this.#good = plan.write as Story;
		}
		for (const [code, p] of plans.editions) {
			if (!p.write) continue;
			await this.#write(this.editions.get(code)!, p.write);
			this.fingerprints.get(code)!.write(
				await jsonText({
					about: `For each text of ${basename(this.editions.get(code)!.path)}, a fingerprint of the English it was translated from: the editor marks a translation stale when the English has changed since (docs/editor.md).`,
					hashes: sortedKeys(work.from[code] ?? {})
				})
			);
		}
		if (report.drafted)
			// The draft is the editor's own file (never a project's): plain JSON, written fast.
			writeWhole(
				this.draft.path,
				JSON.stringify(
					{ savedAt: new Date().toISOString(), base: this.story.hash, work },
					null,
					'\t'
				),
				{ backup: false }
			);
		else this.draft.remove();
		return {
			kind: 'checked',
			...report,
			hashes: this.#hashes(),
			savedAt: new Date().toISOString()
		};
	}

	#lastPreview = '';
	#writePreview(story: Doc | null) {
		if (!story || !this.previewUrl) return;
		const text = JSON.stringify(story);
		if (text === this.#lastPreview) return;
		// Written in place, not renamed over: the preview's file watcher follows the file it has.
		writeFileSync(previewPath(this.storyFile), text);
		this.#lastPreview = text;
		this.onPreview();
	}

	/** The editions shown in the preview: their copies follow each change. */
	#previewed = new Set<string>();
	#lastEditionPreview = new Map<string, string>();
	/**
	 * Shows the edition `code` in the preview from now on: writes its copies when the story
	 * and the edition make a page (each text not translated yet in English). False while
	 * they do not (the edition's own words missing, a text the build refuses).
	 */
	previewEdition(code: string): boolean {
		if (!this.editions.has(code) || !this.previewUrl) return false;
		this.#previewed.add(code);
		return this.#writeEditionPreview(code, this.#good);
	}

	#writeEditionPreview(code: string, english: Story | undefined, edition?: Doc): boolean {
		const file = this.editions.get(code)!;
		const written = () => this.#lastEditionPreview.has(code);
		const translated = edition ?? this.#onDisk.get(file.path);
		if (!english || !translated) return written();
		const given = editionForPreview(english as unknown as Doc, translated);
		const shown = withNotesOwed(
			given.edition,
			checkEdition(english, given.edition),
			given.inEnglish
		);
		if (checkEdition(english, shown).length) return written();
		const [storyText, editionText] = [JSON.stringify(english), JSON.stringify(shown)];
		if (this.#lastEditionPreview.get(code) === storyText + editionText) return true;
		const paths = editionPreviewPaths(this.storyFile, code);
		// Written in place (the server's watcher follows its files). A page loading between
		// the two writes may find them apart: the second write loads it again.
		writeFileSync(paths.story, storyText);
		writeFileSync(paths.edition, editionText);
		this.#lastEditionPreview.set(code, storyText + editionText);
		this.onEditionPreview(code);
		return true;
	}

	/** The preview's copies, removed when the editor stops. */
	previewFiles(): string[] {
		return [
			previewPath(this.storyFile),
			...[...this.#previewed].flatMap((code) =>
				Object.values(editionPreviewPaths(this.storyFile, code))
			)
		];
	}
}

const sortedKeys = (record: Record<string, string>) =>
	Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
