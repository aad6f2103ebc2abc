// What an edition translates, unit by unit (each English text beside the edition's), and
// which translations are missing or stale. Which fields an edition translates is read from
// the marks on the story's schema (src/lib/story/schema/translatable.ts, walked by
// tools/story/translations.ts), as the edition's schema and the localizer read them: a field
// marked there shows here with no other edit (under a label from its name, until LABELS
// names it better). Stale means the English changed after the translation was made: each
// edition keeps, beside it, a fingerprint of the English each of its texts was translated
// from (`story.ru.translated-from.json`, see docs/editor.md).
import {
	storyTranslations,
	valueAt,
	type TranslatedField,
	type Translations
} from '../../tools/story/translations.ts';
import { textHash } from './hash.ts';
import { getIn, setIn, type Path } from './paths.ts';

type Doc = Record<string, unknown>;

export interface Unit {
	/** The unit's key in the fingerprint file: its path in the edition, joined by "/". */
	key: string;
	/** What it belongs to: an event, a place, a source or the front matter, by id. */
	owner: { list: 'events' | 'places' | 'sources' | 'meta'; id: string; title: string };
	/** "Title", "Paragraph 2", "Alt text of media 1". */
	label: string;
	/** The English it translates; undefined for the edition's own words (its quotation note). */
	english: string | undefined;
	/** Where its translation stands in the edition file. */
	path: Path;
	/** Paragraph text (several lines) rather than a line. */
	long: boolean;
	/**
	 * A list of names (how the text cites a source, the people it quotes): the edition's own
	 * list, as long as its text needs, not one name for each English one. Written "a, b".
	 */
	list?: boolean;
}

export type UnitState = 'done' | 'missing' | 'stale';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Doc =>
	typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Doc) : {};
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The editor's words for a translated field, by its place in the story (ids and positions
 * left out); `{n}` is the item's number, `{key}` its key. A field with none is named from
 * its own name ("spanLabel": "Span label").
 */
const LABELS: Record<string, string> = {
	'events.title': 'Title',
	'events.body': 'Paragraph {n}',
	'media.alt': 'Alt text of media {n}',
	'media.caption': 'Caption of media {n}',
	'places.name': 'Name',
	'places.region': 'Region',
	'meta.title': 'Headline',
	'meta.dek': 'Standfirst',
	'meta.description': 'Description',
	'meta.shareImageAlt': 'Share picture alt text',
	'meta.spanLabel': 'Span in words',
	'meta.overviewAlt': 'Overview map in words',
	'meta.intro': 'Introduction {n}',
	'meta.about': 'Closing note {n}',
	'meta.countryLabels': 'Country label {key}',
	'meta.layers.label': 'Legend of layer {key}',
	'sources.outlet': 'Outlet',
	'sources.title': 'Title',
	'sources.citedAs': 'Cited as',
	'sources.speakers': 'Speakers',
	'sources.quotedInTranslation.speakers': 'Speakers quoted in translation',
	'sources.quotedInTranslation.note': 'Translation note',
	'sources.note': 'Note for editors'
};

/** The label of the field at `names` (its place, without ids and positions), `at` its last item. */
function labelOf(names: string[], at: number | string | undefined): string {
	const place = names.join('.');
	const found = LABELS[place] ?? LABELS[names.slice(-2).join('.')];
	const own = names.at(-1)!.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
	const label = found ?? own[0]!.toUpperCase() + own.slice(1) + (at === undefined ? '' : ' {n}');
	return label
		.replace('{n}', typeof at === 'number' ? String(at + 1) : '')
		.replace('{key}', String(at ?? ''));
}

/** The sections as the editor lists them: steps first, then places, the front matter, sources. */
const ORDER = ['events', 'places', 'meta', 'sources'];
const sections = [...storyTranslations].sort(
	(a, b) => (ORDER.indexOf(a.name) + 1 || 99) - (ORDER.indexOf(b.name) + 1 || 99)
);

/** Every text an edition of `story` translates, in the order the editor lists them. */
export function translatableUnits(story: Doc): Unit[] {
	const units: Unit[] = [];
	let owner: Unit['owner'];
	const add = (
		english: unknown,
		path: Path,
		names: string[],
		at: number | string | undefined,
		long: boolean
	) => {
		if (english === undefined) return;
		const isNames = Array.isArray(english);
		units.push({
			key: path.join('/'),
			owner,
			label: labelOf(names, at),
			english: isNames ? english.join(', ') : str(english),
			path,
			long,
			...(isNames ? { list: true } : {})
		});
	};
	/** Walks `value` (the story's part that `t` describes), its translation at `path` in the edition. */
	const walk = (
		t: Translations,
		value: unknown,
		path: Path,
		names: string[],
		at?: number | string,
		long = false
	) => {
		switch (t.kind) {
			case 'text':
				return add(value, path, names, at, long);
			case 'alone':
				return walk(t.field.translations, valueAt(value, t.field.path), path, names, at, long);
			case 'fields':
				return t.fields.forEach((f) =>
					walk(f.translations, valueAt(value, f.path), [...path, f.name], [...names, f.name], at)
				);
			case 'list':
				return list(value).forEach((item, i) =>
					walk(t.item, item, [...path, i], names, i, t.item.kind !== 'fields')
				);
			case 'keyed':
				return list(value).forEach((item) => {
					const key = str(record(item)[t.key]) ?? '';
					if (names.length === 1) owner = ownerOf(names[0]!, record(item), key);
					walk(t.item, item, [...path, key], names, key);
				});
		}
	};
	const ownerOf = (section: string, item: Doc, id: string): Unit['owner'] => {
		const title = str(
			section === 'events' ? item.title : section === 'places' ? item.name : item.outlet
		);
		return { list: section as Unit['owner']['list'], id, title: title ?? id };
	};
	for (const section of sections as TranslatedField[]) {
		owner = { list: 'meta', id: 'meta', title: 'Front matter' };
		walk(section.translations, story[section.name], [section.name], [section.name]);
		// The edition's own words, with no English beside them (tools/story/edition-schema.ts).
		if (section.name === 'meta')
			units.push({
				key: 'meta/quotationNote',
				owner,
				label: 'Note after a translated quotation',
				english: undefined,
				path: ['meta', 'quotationNote'],
				long: false
			});
	}
	return units;
}

/** The English fingerprints an edition's texts were translated from, by unit key. */
export type TranslatedFrom = Record<string, string>;

/** The unit's translation as one text ("a, b" for a list of names), or undefined. */
export function translationOf(unit: Unit, edition: Doc): string | undefined {
	const value = getIn(edition, unit.path);
	return unit.list && Array.isArray(value) ? value.join(', ') : str(value);
}

/** Whether the unit is translated, missing, or translated from English that has changed since. */
export function unitState(unit: Unit, edition: Doc, from: TranslatedFrom): UnitState {
	const translation = translationOf(unit, edition);
	if (translation === undefined || !/\S/.test(translation)) return 'missing';
	if (unit.english === undefined) return 'done';
	const recorded = from[unit.key];
	return recorded !== undefined && recorded !== textHash(unit.english) ? 'stale' : 'done';
}

/**
 * Fingerprints for translations that have none (made before the editor kept them): the
 * English as it stands when the editor first meets them, which the build has checked
 * against them.
 */
export function withBaseline(units: Unit[], edition: Doc, from: TranslatedFrom): TranslatedFrom {
	const next = { ...from };
	for (const unit of units)
		if (unit.english !== undefined && next[unit.key] === undefined && getIn(edition, unit.path))
			next[unit.key] = textHash(unit.english);
	return next;
}

/** The edition with `text` as the unit's translation, and its fingerprint the English now. */
export function translate(
	unit: Unit,
	text: string,
	edition: Doc,
	from: TranslatedFrom
): { edition: Doc; from: TranslatedFrom } {
	const next = { ...from };
	if (unit.english !== undefined) next[unit.key] = textHash(unit.english);
	const value = unit.list
		? text
				.split(',')
				.map((name) => name.trim())
				.filter(Boolean)
		: text;
	const empty = Array.isArray(value) ? value.length === 0 : value === '';
	return { edition: setIn(edition, unit.path, empty ? undefined : value), from: next };
}

/** The unit's translation kept as it is, its fingerprint moved on to the English now. */
export function confirm(unit: Unit, from: TranslatedFrom): TranslatedFrom {
	return unit.english === undefined ? from : { ...from, [unit.key]: textHash(unit.english) };
}

/** How many of each state, for the view's summary. */
export function tally(units: Unit[], edition: Doc, from: TranslatedFrom) {
	const counts: Record<UnitState, number> = { done: 0, missing: 0, stale: 0 };
	for (const unit of units) counts[unitState(unit, edition, from)]++;
	return counts;
}
