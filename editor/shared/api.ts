// What the editor's page and its server say to each other (JSON over loopback).
import type { JsonSchema } from './form.ts';
import type { Key } from './paths.ts';
import type { TranslatedFrom } from './translations.ts';

type Doc = Record<string, unknown>;

export interface Problem {
	path: Key[];
	message: string;
	blocking: boolean;
}

/** Everything the reporter edits: the story, its editions and what each was translated from. */
export interface Work {
	story: Doc;
	/** Each step's lasting key, in the story's order (an id may change; a key does not). */
	keys: string[];
	editions: Record<string, Doc>;
	from: Record<string, TranslatedFrom>;
}

export interface Opened {
	/** How the story file is named to the reporter (`stories/road-to-astana.json`). */
	label: string;
	schema: JsonSchema;
	work: Work;
	/** Each file's content hash as the editor read it: a save names the ones it builds on. */
	hashes: Hashes;
	/** A draft found beside the story and restored, or one that needs the reporter's word. */
	draft: null | { savedAt: string; restored: boolean; work?: Work };
	/** The reader's page, served for the preview, or null when there is none. */
	previewUrl: string | null;
	/** The first check of what was opened. */
	report: Report;
}

export type Hashes = { story: string | null; editions: Record<string, string | null> };

export interface Change {
	work: Work;
	/** The hashes the reporter's version builds on; a file that moved on is not overwritten. */
	hashes: Hashes;
	/** Write over a file changed underneath (the reporter said to keep theirs). */
	overwrite?: boolean;
}

export interface Report {
	problems: Problem[];
	editionProblems: Record<string, Problem[]>;
	/** Indexes of the steps waiting in the draft. */
	held: number[];
	/** True when anything waits in the draft. */
	drafted: boolean;
	hashes: Hashes;
	/** When the files were last written (ISO), if this change wrote them. */
	savedAt?: string;
}

export type ChangeAnswer =
	({ kind: 'checked' } & Report) | { kind: 'conflict'; file: string; message: string };
