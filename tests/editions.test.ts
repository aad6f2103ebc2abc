// The built-in story's editions in other languages: their text, and how a broken one fails.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editionFile } from '../tools/editions.js';
import {
	editionJsonSchema,
	validateEdition,
	type EditionFile
} from '../tools/story/edition-schema';
import {
	BUILT_IN_STORY,
	editionCodeOf,
	editionPaths,
	readStoryJson
} from '../tools/story/files.js';
import { validateStory } from '../tools/story/problems';
import { builtIn as story } from './stories';

const read = (code: string): EditionFile =>
	JSON.parse(readFileSync(`stories/road-to-astana.${code}.json`, 'utf8'));
const file = (code: string) => `stories/road-to-astana.${code}.json`;

/** The standard forms the issue names, by gazetteer id. */
const STANDARD_NAMES: Record<string, Record<string, string>> = {
	ru: {
		palmyra: 'Пальмира',
		aleppo: 'Алеппо',
		mosul: 'Мосул',
		'deir-ez-zor': 'Дейр-эз-Зор',
		'al-bab': 'Эль-Баб',
		astana: 'Астана'
	},
	ar: {
		palmyra: 'تدمر',
		aleppo: 'حلب',
		mosul: 'الموصل',
		'deir-ez-zor': 'دير الزور',
		'al-bab': 'الباب',
		astana: 'أستانا'
	}
};

it('the built-in story’s file, with its $schema, is a valid story (what its editions translate)', () => {
	const file = readStoryJson(BUILT_IN_STORY) as { $schema?: string };
	expect(file.$schema).toBe('./story.schema.json');
	expect(validateStory(file, 'stories/road-to-astana.json')).toEqual([]);
	expect(validateStory(story)).toEqual([]);
});

it('the built-in story’s editions are the files beside it, each named by its language', () => {
	const paths = editionPaths(BUILT_IN_STORY);
	expect(paths.map(editionCodeOf)).toEqual(['ar', 'ru']);
	for (const path of paths) expect(path.endsWith(file(editionCodeOf(path)))).toBe(true);
});

describe.each(['ru', 'ar'])('the %s edition', (code) => {
	const edition = read(code);

	it('translates every event, paragraph, place, source and label of the story, and nothing else', () => {
		expect(validateEdition(story, edition, file(code))).toEqual([]);
	});

	it('names each paragraph’s sources in its own words (their citedAs in this language)', () => {
		for (const event of story.events)
			event.body.forEach((paragraph, i) => {
				const text = edition.events[event.id]!.body[i]!;
				for (const id of paragraph.sources) {
					const names = edition.sources[id]!.citedAs;
					expect(
						names.some((name) => text.includes(name)),
						`${event.id} body[${i}] names ${id}`
					).toBe(true);
				}
			});
	});

	it('links the same addresses as the English, paragraph by paragraph', () => {
		const hrefs = (text: string) => text.match(/\]\((https?:[^)\s]+)\)/g) ?? [];
		for (const event of story.events)
			event.body.forEach((paragraph, i) => {
				const text = edition.events[event.id]!.body[i]!;
				expect(hrefs(text), `${event.id} body[${i}]`).toEqual(hrefs(paragraph.text));
			});
	});

	it('gives the story’s places their standard names', () => {
		for (const [id, name] of Object.entries(STANDARD_NAMES[code]!))
			expect(edition.places[id]!.name).toBe(name);
	});
});

describe('a broken edition fails the build, naming the edition, the event and the field', () => {
	const edition = read('ru');

	it('when a paragraph is missing', () => {
		const body = edition.events['aleppo-retaken']!.body.slice(0, 1);
		const broken = {
			...edition,
			events: {
				...edition.events,
				'aleppo-retaken': { ...edition.events['aleppo-retaken']!, body }
			}
		};
		expect(validateEdition(story, broken, file('ru'))).toEqual([
			'stories/road-to-astana.ru.json: edition ru: events["aleppo-retaken"].body[1] is missing'
		]);
	});

	it('when an event or a source title is missing, or a title is empty', () => {
		const events = { ...edition.events };
		delete events['palmyra-falls'];
		const sources = { ...edition.sources, article: { ...edition.sources.article!, title: ' ' } };
		expect(validateEdition(story, { ...edition, events, sources }, file('ru'))).toEqual([
			'stories/road-to-astana.ru.json: edition ru: sources["article"].title is empty'
		]);
		expect(validateEdition(story, { ...edition, events }, file('ru'))).toEqual([
			'stories/road-to-astana.ru.json: edition ru: events["palmyra-falls"] is missing'
		]);
	});

	/** The edition with one event's paragraphs rewritten. */
	const withBody = (id: string, rewrite: (text: string) => string) => ({
		...edition,
		events: {
			...edition.events,
			[id]: { ...edition.events[id]!, body: edition.events[id]!.body.map(rewrite) }
		}
	});
	const retranslated = edition.sources.article!.quotedInTranslation![0]!.note;

	it('when a translated quotation does not say it is one', () => {
		const problems = validateEdition(
			story,
			withBody('sponsors-disagree', (text) => text.replaceAll(edition.meta.quotationNote, '')),
			file('ru')
		);
		expect(problems).toEqual([
			`stories/road-to-astana.ru.json: edition ru: events["sponsors-disagree"].body[1] must say "${edition.meta.quotationNote}" 1 time(s), after each quotation translated so (it says it 0)`
		]);
	});

	it('when a Russian expert’s words, which we hold only in RBTH’s English, pass for a plain translation', () => {
		const problems = validateEdition(
			story,
			withBody('astana-talks', (text) => text.replaceAll(retranslated, edition.meta.quotationNote)),
			file('ru')
		);
		expect(problems).toEqual([
			`stories/road-to-astana.ru.json: edition ru: events["astana-talks"].body[2] must say "${retranslated}" 2 time(s), after each quotation translated so (it says it 0)`
		]);
	});

	it('when a source that quotes people in translation has no note for them', () => {
		const article = { ...edition.sources.article! };
		delete article.quotedInTranslation;
		const problems = validateEdition(
			story,
			{ ...edition, sources: { ...edition.sources, article } },
			file('ru')
		);
		expect(problems[0]).toBe(
			'stories/road-to-astana.ru.json: edition ru: sources["article"].quotedInTranslation[0] is missing'
		);
	});
});

it('the editions’ JSON Schema is the one in the repository (run `npm run schema`)', () => {
	const written = readFileSync('stories/edition.schema.json', 'utf8');
	expect(JSON.parse(written)).toEqual(editionJsonSchema());
	expect(read('ru').$schema).toBe('./edition.schema.json');
});

it('each edition has its own copy of a file drawn per language (the share card)', () => {
	expect(editionFile('share.png', 'en')).toBe('share.png');
	expect(editionFile('share.png', 'ru')).toBe('share.ru.png');
	expect(editionFile('cards/share.png', 'ar')).toBe('cards/share.ar.png');
});
