// What an edition translates, unit by unit (each English text beside the edition's), and
// which translations are missing or stale. Which fields an edition translates is read in
// ONE place, `translatableUnits`, from the edition schema's shape (tools/story/
// edition-schema.ts): when the schema marks translatable fields itself, only this function
// changes. Stale means the English changed after the translation was made: each edition
// keeps, beside it, a fingerprint of the English each of its texts was translated from
// (`story.ru.translated-from.json`, see docs/editor.md).
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

/** Every text an edition of `story` translates, in the order the editor lists them. */
export function translatableUnits(story: Doc): Unit[] {
	const units: Unit[] = [];
	const add = (owner: Unit['owner'], label: string, english: unknown, path: Path, long = false) => {
		if (english === undefined && path.at(-1) !== 'quotationNote') return;
		const names = Array.isArray(english);
		units.push({
			key: path.join('/'),
			owner,
			label,
			english: names ? english.join(', ') : str(english),
			path,
			long,
			...(names ? { list: true } : {})
		});
	};
	const media = (owner: Unit['owner'], items: unknown, at: Path) =>
		list(items).forEach((item, i) => {
			for (const field of ['alt', 'caption'] as const)
				add(
					owner,
					`${field === 'alt' ? 'Alt text' : 'Caption'} of media ${i + 1}`,
					record(item)[field],
					[...at, i, field]
				);
		});

	for (const event of list(story.events).map(record)) {
		const id = str(event.id) ?? '';
		const owner = { list: 'events', id, title: str(event.title) ?? id } as const;
		add(owner, 'Title', event.title, ['events', id, 'title']);
		list(event.body).forEach((p, i) =>
			add(owner, `Paragraph ${i + 1}`, record(p).text, ['events', id, 'body', i], true)
		);
		media(owner, event.media, ['events', id, 'media']);
	}
	for (const place of list(story.places).map(record)) {
		const id = str(place.id) ?? '';
		const owner = { list: 'places', id, title: str(place.name) ?? id } as const;
		add(owner, 'Name', place.name, ['places', id, 'name']);
		add(owner, 'Region', place.region, ['places', id, 'region']);
	}
	const meta = record(story.meta);
	const front = { list: 'meta', id: 'meta', title: 'Front matter' } as const;
	add(front, 'Headline', meta.title, ['meta', 'title']);
	add(front, 'Standfirst', meta.dek, ['meta', 'dek']);
	add(front, 'Description', meta.description, ['meta', 'description']);
	add(front, 'Share picture alt text', meta.shareImageAlt, ['meta', 'shareImageAlt']);
	add(front, 'Span in words', record(meta.span).label, ['meta', 'spanLabel']);
	add(front, 'Overview map in words', record(meta.overview).alt, ['meta', 'overviewAlt']);
	add(front, 'Note after a translated quotation', undefined, ['meta', 'quotationNote']);
	list(meta.intro).forEach((p, i) =>
		add(front, `Introduction ${i + 1}`, record(p).text, ['meta', 'intro', i], true)
	);
	media(front, meta.media, ['meta', 'media']);
	list(meta.about).forEach((text, i) =>
		add(front, `Closing note ${i + 1}`, text, ['meta', 'about', i], true)
	);
	for (const label of list(meta.countryLabels).map(record))
		add(front, `Country label ${str(label.name)}`, label.name, [
			'meta',
			'countryLabels',
			str(label.name) ?? ''
		]);
	for (const source of list(story.sources).map(record)) {
		const id = str(source.id) ?? '';
		const owner = { list: 'sources', id, title: str(source.outlet) ?? id } as const;
		add(owner, 'Outlet', source.outlet, ['sources', id, 'outlet']);
		add(owner, 'Title', source.title, ['sources', id, 'title']);
		add(owner, 'Cited as', source.citedAs, ['sources', id, 'citedAs']);
		add(owner, 'Speakers', source.speakers, ['sources', id, 'speakers']);
		list(source.quotedInTranslation).forEach((group, g) => {
			add(owner, 'Speakers quoted in translation', record(group).speakers, [
				'sources',
				id,
				'quotedInTranslation',
				g,
				'speakers'
			]);
			add(owner, 'Translation note', record(group).note, [
				'sources',
				id,
				'quotedInTranslation',
				g,
				'note'
			]);
		});
		add(owner, 'Note for editors', source.note, ['sources', id, 'note']);
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
