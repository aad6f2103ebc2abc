// An edition of the story in another language: its text only, keyed by the story's own ids
// (dates, places and order stay the story file's, so they cannot drift). Checked against
// the story: every event, paragraph, place, source and label translated, nothing extra.
// A missing translation fails the build naming the edition, the event and the field.
// Runs at build time and in the tests only.
import { z } from 'zod';
import type { storyShape } from '../../src/lib/story/schema/story.ts';
import type { EditionOf } from '../../src/lib/story/schema/translatable.ts';
import { plainText } from '../../src/lib/text/rich-text.ts';
import { countOf, quotationOrigins } from './quotations.ts';
import {
	fieldMissingOrExtra,
	fieldSchemas,
	storyTranslations,
	valueAt,
	type Translations
} from './translations.ts';
import type { Story } from '../../src/lib/story/types.ts';
import { problemError, visible } from '../visible.js';

/** What an edition says besides its translations: its language, and how it marks a translated quotation. */
const own = {
	$schema: z.string().optional(),
	edition: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code')
};
const quotationNote = z
	.string({ error: 'must be text' })
	.regex(/\S/, 'is empty')
	.describe(
		'Said after each quotation translated from a source’s own English, in this language. Quotations of people a source quotes in translation carry that source’s `quotedInTranslation` note instead.'
	);

const sections = fieldSchemas(storyTranslations) as { meta: z.ZodObject };
const shape = z.strictObject({
	...own,
	...sections,
	meta: sections.meta.extend({ quotationNote })
});

type Sections = typeof storyShape.shape;
/** An edition file: what the story marks translatable (translatable.ts), and its own fields. */
export type EditionFile = { $schema?: string; edition: string } & {
	[
		K in keyof Sections as K extends 'meta' | 'places' | 'sources' | 'events' ? K : never
	]: EditionOf<Sections[K]>;
} & { meta: { quotationNote: string } };

/** An issue's path in the edition, as the messages write it (`events["aleppo-retaken"].body[1]`). */
function pathText(keys: readonly PropertyKey[]): string {
	const enter = (t: Translations | null | undefined): Translations | null =>
		t?.kind === 'alone' ? enter(t.field.translations) : (t ?? null);
	let at = enter({ kind: 'fields', fields: storyTranslations });
	let text = '';
	for (const key of keys) {
		if (typeof key === 'number') {
			text += `[${key}]`;
			at = enter(at?.kind === 'list' ? at.item : null);
		} else if (at?.kind === 'keyed') {
			text += `["${String(key)}"]`;
			at = enter(at.item);
		} else {
			text = text ? `${text}.${String(key)}` : String(key);
			const named = at?.kind === 'fields' ? at.fields.find((f) => f.name === key) : undefined;
			at = enter(named?.translations);
		}
	}
	return text;
}

/** What an edition lacks, or has that the story does not: `[path, message]` pairs. */
function crossCheck(story: Story, edition: EditionFile): [string, string][] {
	const problems: [string, string][] = [];
	for (const f of storyTranslations)
		fieldMissingOrExtra(
			f,
			valueAt(story, f.path),
			edition[f.name as keyof EditionFile],
			f.name,
			problems
		);
	for (const event of story.events) {
		const translated = edition.events[event.id];
		if (!translated) continue;
		// A quotation in the story's English is, in another language, a translation: of the
		// source's own English (the edition's quotationNote), or of the source's translation
		// of someone who spoke another language (the source's quotedInTranslation note).
		// Each paragraph carries as many of each note as its English has quotations of that kind.
		translated.body.forEach((paragraph, i) => {
			const english = event.body[i];
			if (!english) return;
			const groups = english.sources.flatMap((id) =>
				(story.sources.find((s) => s.id === id)?.quotedInTranslation ?? []).map((group, g) => ({
					group,
					note: edition.sources[id]?.quotedInTranslation?.[g]?.note
				}))
			);
			const wanted = new Map<string, number>();
			for (const { group } of quotationOrigins(
				plainText(english.text),
				groups.map((g) => g.group)
			)) {
				const note = group < 0 ? edition.meta.quotationNote : groups[group]!.note;
				if (note) wanted.set(note, (wanted.get(note) ?? 0) + 1);
			}
			const words = plainText(paragraph);
			for (const [note, count] of wanted)
				if (countOf(words, note) !== count)
					problems.push([
						`events["${event.id}"].body[${i}]`,
						`must say "${note}" ${count} time(s), after each quotation translated so (it says it ${countOf(words, note)})`
					]);
		});
	}
	return problems;
}

/** Every problem in an edition, one line each, naming the file, the edition and the field. */
export function validateEdition(story: Story, input: unknown, file: string): string[] {
	const result = shape.safeParse(input);
	const code = (input as { edition?: unknown })?.edition;
	const label = `${file}: edition ${typeof code === 'string' ? code : '?'}`;
	if (!result.success)
		return result.error.issues.map(
			(issue) => `${label}: ${pathText(issue.path) || 'the file'} ${issue.message}`
		);
	return crossCheck(story, result.data as EditionFile).map(
		([path, message]) => `${label}: ${path} ${message}`
	);
}

/** The edition, checked against its story: throws one error listing every problem. */
export function parseEdition(story: Story, input: unknown, file: string): EditionFile {
	const problems = validateEdition(story, input, file);
	if (problems.length > 0)
		throw problemError(
			`${file} has ${problems.length} problem(s):\n- ${problems.map(visible).join('\n- ')}`
		);
	return input as EditionFile;
}

/** The JSON Schema an editor reads through an edition file's `$schema`. */
export function editionJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(shape, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
