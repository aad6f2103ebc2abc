/**
 * The story in another language: its file's structure (ids, dates, places, coordinates,
 * sources' dates and addresses) with an edition's text in place of the English, wherever
 * the story's schema marks a field translatable (translations.ts). The edition was checked
 * against the story first (edition-schema.ts), so every text is there: one missing here is
 * a fault of those checks, and fails rather than ship the English.
 */
import type { EditionFile } from './edition-schema';
import { storyTranslations, valueAt, type Translations } from './translations.ts';
import type { Story } from '../../src/lib/story/types';

type Value = unknown;
const asRecord = (value: Value) => (value ?? {}) as Record<string, Value>;

/** `object` with the value at `path` replaced (copied along the way, never changed). */
function withValueAt(object: Value, path: readonly string[], value: Value): Value {
	const [key, ...rest] = path;
	if (key === undefined) return value;
	const record = asRecord(object);
	return { ...record, [key]: withValueAt(record[key], rest, value) };
}

/** `story` (a part of it, held as `translations` says) with `edition`'s words in it. */
export function localized(
	translations: Translations,
	story: Value,
	edition: Value,
	where: string
): Value {
	switch (translations.kind) {
		case 'text':
			if (edition === undefined) throw new Error(`localizeStory: no translation of ${where}`);
			return edition;
		case 'alone': {
			const { path, translations: inner } = translations.field;
			return withValueAt(story, path, localized(inner, valueAt(story, path), edition, where));
		}
		case 'list':
			return (story as Value[]).map((item, i) =>
				localized(translations.item, item, ((edition ?? []) as Value[])[i], `${where}[${i}]`)
			);
		case 'keyed':
			return (story as Value[]).map((item) => {
				const key = String(asRecord(item)[translations.key]);
				return localized(translations.item, item, asRecord(edition)[key], `${where}["${key}"]`);
			});
		case 'fields':
			return translations.fields.reduce((object, field) => {
				const value = valueAt(story, field.path);
				if (value === undefined) return object;
				const words = asRecord(edition)[field.name];
				const at = where ? `${where}.${field.name}` : field.name;
				const text = localized(field.translations, value, words, at);
				return withValueAt(object, field.path, text);
			}, story);
	}
}

export function localizeStory(story: Story, edition: EditionFile): Story {
	return localized({ kind: 'fields', fields: storyTranslations }, story, edition, '') as Story;
}
