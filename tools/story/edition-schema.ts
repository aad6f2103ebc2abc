// An edition of the story in another language: its text only, keyed by the story's own ids
// (dates, places and order stay the story file's, so they cannot drift). Checked against
// the story: every event, paragraph, place, source and label translated, nothing extra.
// A missing translation fails the build naming the edition, the event and the field.
// Runs at build time and in the tests only.
import { z } from 'zod';
import { plainText } from '../../src/lib/text/rich-text.ts';
import { countOf, quotationOrigins } from './quotations.ts';
import type { Story } from '../../src/lib/story/types.ts';
import { problemError, visible } from '../visible.js';

const text = z.string({ error: 'must be text' }).regex(/\S/, 'is empty');
const texts = z.array(text, { error: 'must be a list of paragraphs' });
/** A media item's words in this edition: its alt text and caption, where the story has them. */
const mediaWords = z
	.array(z.strictObject({ alt: text.optional(), caption: text.optional() }))
	.describe(
		'Each media item’s alt text and caption, in the story’s order (the files are the same).'
	);

const shape = z.strictObject({
	$schema: z.string().optional(),
	edition: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code'),
	meta: z.strictObject({
		title: text,
		dek: text,
		description: text,
		shareImageAlt: text,
		spanLabel: text.optional(),
		overviewAlt: text,
		/** What follows a quotation translated from the English source, e.g. "(translated)". */
		quotationNote: text.describe(
			'Said after each quotation translated from a source’s own English, in this language. Quotations of people a source quotes in translation carry that source’s `quotedInTranslation` note instead.'
		),
		intro: texts,
		media: mediaWords.optional(),
		about: texts,
		countryLabels: z.record(z.string(), text)
	}),
	places: z.record(z.string(), z.strictObject({ name: text, region: text })),
	sources: z.record(
		z.string(),
		z.strictObject({
			outlet: text,
			title: text,
			citedAs: z.array(text).min(1, 'is empty'),
			speakers: z.array(text).optional(),
			quotedInTranslation: z
				.array(
					z.strictObject({
						speakers: z.array(text).min(1, 'is empty'),
						note: text.describe(
							'Said after each of their quotations: what this edition’s words were translated from.'
						)
					})
				)
				.optional(),
			note: text.optional()
		})
	),
	events: z.record(
		z.string(),
		z.strictObject({ title: text, body: texts, media: mediaWords.optional() })
	)
});

export type EditionFile = z.infer<typeof shape>;

/** What an edition lacks, or has that the story does not: `[path, message]` pairs. */
function crossCheck(story: Story, edition: EditionFile): [string, string][] {
	const problems: [string, string][] = [];
	const sameKeys = (where: string, wanted: string[], have: string[]) => {
		for (const id of wanted)
			if (!have.includes(id)) problems.push([`${where}["${id}"]`, 'is missing']);
		for (const id of have)
			if (!wanted.includes(id)) problems.push([`${where}["${id}"]`, 'is not in the story']);
	};
	const sameLength = (where: string, wanted: number, have: number) => {
		for (let i = have; i < wanted; i++) problems.push([`${where}[${i}]`, 'is missing']);
		for (let i = wanted; i < have; i++) problems.push([`${where}[${i}]`, 'is not in the story']);
	};
	sameLength('meta.intro', story.meta.intro.length, edition.meta.intro.length);
	sameLength('meta.about', story.meta.about.length, edition.meta.about.length);
	sameKeys(
		'meta.countryLabels',
		story.meta.countryLabels.map((label) => label.name),
		Object.keys(edition.meta.countryLabels)
	);
	// The gazetteer, the sources and the events: each id translated, and no other.
	for (const list of ['places', 'sources', 'events'] as const)
		sameKeys(
			list,
			story[list].map((item) => item.id),
			Object.keys(edition[list])
		);
	for (const source of story.sources) {
		const translated = edition.sources[source.id];
		if (!translated) continue;
		if (source.speakers && !translated.speakers)
			problems.push([`sources["${source.id}"].speakers`, 'is missing']);
		if (source.note && !translated.note)
			problems.push([`sources["${source.id}"].note`, 'is missing']);
		sameLength(
			`sources["${source.id}"].quotedInTranslation`,
			source.quotedInTranslation?.length ?? 0,
			translated.quotedInTranslation?.length ?? 0
		);
	}
	// Media: the same files in every edition; each item's alt text and caption translated.
	const sameMediaWords = (
		where: string,
		items: readonly { alt?: string; caption?: string }[] | undefined,
		words: readonly { alt?: string; caption?: string }[] | undefined
	) => {
		sameLength(where, items?.length ?? 0, words?.length ?? 0);
		items?.forEach((item, i) => {
			for (const field of ['alt', 'caption'] as const)
				if (item[field] && words?.[i] && !words[i][field])
					problems.push([`${where}[${i}].${field}`, 'is missing']);
		});
	};
	sameMediaWords('meta.media', story.meta.media, edition.meta.media);
	for (const event of story.events) {
		const translated = edition.events[event.id];
		if (!translated) continue;
		sameLength(`events["${event.id}"].body`, event.body.length, translated.body.length);
		sameMediaWords(`events["${event.id}"].media`, event.media, translated.media);
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
		return result.error.issues.map((issue) => {
			const keys = issue.path.map(String);
			// Ids in brackets (`events["aleppo-retaken"]`), field names after dots.
			const isId = (i: number) =>
				(i === 1 && ['places', 'sources', 'events'].includes(keys[0]!)) ||
				(i === 2 && keys[1] === 'countryLabels');
			const path = issue.path
				.map((key, i) =>
					typeof key === 'number'
						? `[${key}]`
						: isId(i)
							? `["${String(key)}"]`
							: `${i ? '.' : ''}${String(key)}`
				)
				.join('');
			return `${label}: ${path || 'the file'} ${issue.message}`;
		});
	return crossCheck(story, result.data).map(([path, message]) => `${label}: ${path} ${message}`);
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
