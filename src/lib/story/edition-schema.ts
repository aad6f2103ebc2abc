// An edition of the story in another language: its text only, keyed by the story's own ids
// (dates, places and order stay the story file's, so they cannot drift). Checked against
// the story: every event, paragraph, place, source and label translated, nothing extra.
// A missing translation fails the build naming the edition, the event and the field.
// Runs at build time and in the tests only.
import { z } from 'zod';
import type { Story } from './types.ts';

const text = z.string({ error: 'must be text' }).regex(/\S/, 'is empty');
const texts = z.array(text, { error: 'must be a list of paragraphs' });

const shape = z.strictObject({
	$schema: z.string().optional(),
	edition: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code'),
	meta: z.strictObject({
		title: text,
		dek: text,
		description: text,
		shareImageAlt: text,
		spanLabel: text,
		overviewAlt: text,
		/** What follows a quotation translated from the English source, e.g. "(translated)". */
		quotationNote: text.describe(
			'Said after each quotation translated from the English source, in this language.'
		),
		intro: texts,
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
			note: text.optional()
		})
	),
	events: z.record(z.string(), z.strictObject({ title: text, body: texts }))
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
	}
	for (const event of story.events) {
		const translated = edition.events[event.id];
		if (!translated) continue;
		sameLength(`events["${event.id}"].body`, event.body.length, translated.body.length);
		// A quotation in our source is English (“…” in the story's text): in another
		// language it is a translation, and the paragraph says so.
		translated.body.forEach((paragraph, i) => {
			if (event.body[i]?.text.includes('“') && !paragraph.includes(edition.meta.quotationNote))
				problems.push([
					`events["${event.id}"].body[${i}]`,
					`quotes someone without saying the quotation is translated ("${edition.meta.quotationNote}")`
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
		throw new Error(`${file} has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
	return input as EditionFile;
}

/** The JSON Schema an editor reads through an edition file's `$schema`. */
export function editionJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(shape, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
