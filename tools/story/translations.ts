// What an edition translates, read from the marks on the story's schema
// (src/lib/story/schema/translatable.ts), as a tree the edition's schema, its checks
// against the story and the localizer all walk: a field marked there is carried, or its
// missing translation refused, by each of them at once.
import { z } from 'zod';
import { storyShape } from '../../src/lib/story/schema/story.ts';
import { translations } from '../../src/lib/story/schema/translatable.ts';

/** A part of the story that holds translations, and how an edition holds it. */
export type Translations =
	/** Translated whole: the edition's value stands in the story's, checked by the story's own schema. */
	| { kind: 'text'; schema: z.ZodType }
	/** An object's fields that hold translations (an object inside it flattened into them). */
	| { kind: 'fields'; fields: TranslatedField[] }
	/** A list, item by item in the story's order. */
	| { kind: 'list'; item: Translations }
	/** A list, item by item under each item's `key` (its id). */
	| { kind: 'keyed'; key: string; item: Translations }
	/** An item with one translated field, written as that field alone (a paragraph as its text). */
	| { kind: 'alone'; field: TranslatedField };

export interface TranslatedField {
	/** Its name in the edition (`spanLabel`). */
	name: string;
	/** Where it is in the story's object (`['span', 'label']`). */
	path: string[];
	/** Whether the story may leave it out (then so does the edition, with it). */
	optional: boolean;
	translations: Translations;
}

type Schema = z.core.$ZodType;
const typeOf = (schema: Schema) => schema._zod.def.type;
/** The schema under `.optional()` and `.default()`, and whether either was there. */
function unwrap(schema: Schema): { inner: Schema; optional: boolean; marked: boolean } {
	let [inner, optional, marked] = [schema, false, false];
	for (;;) {
		if (translations.get(inner as z.ZodType)?.translatable) marked = true;
		const type = typeOf(inner);
		if (type !== 'optional' && type !== 'default') return { inner, optional, marked };
		optional = true;
		inner = (inner as z.ZodOptional | z.ZodDefault).unwrap();
	}
}

/** The fields of an object that hold translations; `flatten`: one inside another is flattened. */
function fieldsOf(object: z.ZodObject, flatten: boolean): TranslatedField[] {
	return Object.entries(object.shape).flatMap(([name, schema]): TranslatedField[] => {
		const { inner, optional } = unwrap(schema);
		const found = translationsOf(schema);
		if (!found) return [];
		if (flatten && found.kind === 'fields' && typeOf(inner) === 'object')
			return found.fields.map((field) => ({
				...field,
				name: name + field.name[0]!.toUpperCase() + field.name.slice(1),
				path: [name, ...field.path],
				optional: optional || field.optional
			}));
		return [{ name, path: [name], optional, translations: found }];
	});
}

/** What of a part of the story, by its schema, an edition translates; null for nothing. */
export function translationsOf(schema: Schema): Translations | null {
	const { inner, marked } = unwrap(schema);
	if (marked) return { kind: 'text', schema: inner as z.ZodType };
	if (typeOf(inner) === 'array') {
		const element = (inner as z.ZodArray).element;
		const item = translationsOf(element);
		if (!item) return null;
		const keyedBy = translations.get(inner as z.ZodType)?.keyedBy;
		const { inner: itemInner } = unwrap(element);
		const hasId = typeOf(itemInner) === 'object' && 'id' in (itemInner as z.ZodObject).shape;
		if (hasId && !keyedBy) return { kind: 'keyed', key: 'id', item };
		const alone = item.kind === 'fields' && item.fields.length === 1;
		const each: Translations = alone ? { kind: 'alone', field: item.fields[0]! } : item;
		return keyedBy ? { kind: 'keyed', key: keyedBy, item: each } : { kind: 'list', item: each };
	}
	if (typeOf(inner) === 'object') {
		const fields = fieldsOf(inner as z.ZodObject, true);
		return fields.length ? { kind: 'fields', fields } : null;
	}
	return null;
}

/** A file's sections (a story's meta, places, sources, events), each as an edition holds it. */
export const sectionsOf = (file: z.ZodObject): TranslatedField[] => fieldsOf(file, false);

/** The story's sections, as its editions hold them. */
export const storyTranslations = sectionsOf(storyShape);

/** The edition's schema for one part: the story's own schema for each translated value. */
export function editionSchemaOf(translations: Translations): z.ZodType {
	switch (translations.kind) {
		case 'text':
			return translations.schema;
		case 'alone':
			return editionSchemaOf(translations.field.translations);
		case 'list':
			return z.array(editionSchemaOf(translations.item));
		case 'keyed':
			return z.record(z.string(), editionSchemaOf(translations.item));
		case 'fields':
			return z.strictObject(fieldSchemas(translations.fields));
	}
}

/** Each field's schema, by its name in the edition. */
export const fieldSchemas = (fields: readonly TranslatedField[]) =>
	Object.fromEntries(
		fields.map(({ name, optional, translations }) => {
			const schema = editionSchemaOf(translations);
			return [name, optional ? schema.optional() : schema];
		})
	);

/**
 * What an edition (`edition`, for `story`) lacks of the translations, or has that the story
 * does not, as `[path, message]` pairs added to `problems`.
 */
export function missingOrExtra(
	translations: Translations,
	story: unknown,
	edition: unknown,
	path: string,
	problems: [string, string][]
) {
	const list = (value: unknown) => (Array.isArray(value) ? value : []);
	const record = (value: unknown) =>
		value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
	if (translations.kind === 'fields') {
		for (const f of translations.fields)
			fieldMissingOrExtra(
				f,
				valueAt(story, f.path),
				record(edition)[f.name],
				path ? `${path}.${f.name}` : f.name,
				problems
			);
	} else if (translations.kind === 'alone') {
		const f = translations.field;
		missingOrExtra(f.translations, valueAt(story, f.path), edition, path, problems);
	} else if (translations.kind === 'list') {
		const [items, words] = [list(story), list(edition)];
		for (let i = words.length; i < items.length; i++)
			problems.push([`${path}[${i}]`, 'is missing']);
		for (let i = items.length; i < words.length; i++)
			problems.push([`${path}[${i}]`, 'is not in the story']);
		items.forEach((item, i) => {
			if (i < words.length)
				missingOrExtra(translations.item, item, words[i], `${path}[${i}]`, problems);
		});
	} else if (translations.kind === 'keyed') {
		const items = list(story);
		const words = record(edition);
		const keys = items.map((item) => String(record(item)[translations.key]));
		for (const key of keys) if (!(key in words)) problems.push([`${path}["${key}"]`, 'is missing']);
		for (const key of Object.keys(words))
			if (!keys.includes(key)) problems.push([`${path}["${key}"]`, 'is not in the story']);
		items.forEach((item, i) => {
			const key = keys[i]!;
			if (key in words)
				missingOrExtra(translations.item, item, words[key], `${path}["${key}"]`, problems);
		});
	}
}

/** A field: there in the edition exactly when the story has it (a list left out is an empty one). */
export function fieldMissingOrExtra(
	f: TranslatedField,
	story: unknown,
	edition: unknown,
	path: string,
	problems: [string, string][]
) {
	const isList = f.translations.kind === 'list' || f.translations.kind === 'keyed';
	if (!isList && story !== undefined && edition === undefined) problems.push([path, 'is missing']);
	else if (!isList && story === undefined && edition !== undefined)
		problems.push([path, 'is not in the story']);
	else missingOrExtra(f.translations, story, edition, path, problems);
}

/** The value at `path` inside `value` (undefined where any step is missing). */
export const valueAt = (value: unknown, path: readonly string[]): unknown =>
	path.reduce<unknown>(
		(at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
		value
	);

/**
 * The words of `story` an edition holds, as an edition file holds them (its English, for an
 * edition in name only: a test's, a new edition's starting point); `words` may change each
 * text on its way, given its path in the edition.
 */
export function editionWordsOf(
	story: unknown,
	words: (text: string, path: readonly (string | number)[]) => string = (text) => text
): Record<string, unknown> {
	const list = (value: unknown) => (Array.isArray(value) ? value : []);
	const walk = (t: Translations, value: unknown, path: (string | number)[]): unknown => {
		switch (t.kind) {
			case 'text':
				return typeof value === 'string' ? words(value, path) : value;
			case 'alone':
				return walk(t.field.translations, valueAt(value, t.field.path), path);
			case 'fields':
				return fieldsWords(t.fields, value, path);
			case 'list':
				return value === undefined
					? undefined
					: list(value).map((item, i) => walk(t.item, item, [...path, i]));
			case 'keyed':
				return Object.fromEntries(
					list(value).map((item) => {
						const key = String(valueAt(item, [t.key]));
						return [key, walk(t.item, item, [...path, key])];
					})
				);
		}
	};
	const fieldsWords = (
		fields: readonly TranslatedField[],
		value: unknown,
		path: (string | number)[]
	) =>
		Object.fromEntries(
			fields.flatMap((f) => {
				const found = walk(f.translations, valueAt(value, f.path), [...path, f.name]);
				return found === undefined ? [] : [[f.name, found]];
			})
		);
	return fieldsWords(storyTranslations, story, []);
}
