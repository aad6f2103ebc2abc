// What an edition translates is marked once, on the story's schema
// (src/lib/story/schema/translatable.ts); the edition's schema, its checks against the story
// and the localizer are read from the marks (tools/story/translations.ts, localize.ts).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { slug, text } from '$lib/story/schema/fields';
import { storyShape } from '$lib/story/schema/story';
import { keyedBy, translatable, translations } from '$lib/story/schema/translatable';
import type { EditionFile } from '../tools/story/edition-schema';
import { localized } from '../tools/story/localize';
import {
	editionSchemaOf,
	missingOrExtra,
	sectionsOf,
	storyTranslations,
	type TranslatedField,
	type Translations
} from '../tools/story/translations';

/** Each translated value as `edition path <- story path`, in the schema's order. */
function described(fields: readonly TranslatedField[], at = '', from = ''): string[] {
	return fields.flatMap((f) => {
		const [edition, story] = [`${at}${f.name}`, `${from}${f.path.join('.')}`];
		const inside = (t: Translations, e: string, s: string): string[] => {
			if (t.kind === 'text') return [e === s ? e : `${e} <- ${s}`];
			if (t.kind === 'fields') return described(t.fields, `${e}.`, `${s}.`);
			if (t.kind === 'alone')
				return inside(t.field.translations, e, `${s}.${t.field.path.join('.')}`);
			return inside(t.item, `${e}[${t.kind === 'keyed' ? t.key : 'i'}]`, `${s}[]`);
		};
		return inside(f.translations, edition, story);
	});
}

describe('the story’s translations, from its schema', () => {
	it('are the texts the editions have always translated, held as the edition files hold them', () => {
		// Any field marked since is carried too: these are the ones the edition files hold.
		expect(described(storyTranslations)).toEqual(
			expect.arrayContaining([
				'meta.title',
				'meta.shareImageAlt',
				'meta.dek',
				'meta.description',
				'meta.intro[i] <- meta.intro[].text',
				'meta.media[i].alt <- meta.media[].alt',
				'meta.media[i].caption <- meta.media[].caption',
				'meta.about[i] <- meta.about[]',
				'meta.spanLabel <- meta.span.label',
				'meta.countryLabels[name] <- meta.countryLabels[].name',
				'meta.overviewAlt <- meta.overview.alt',
				// Marked by one edit to map-fields.ts (the legend's words): nothing else changed.
				'meta.layers[id].label <- meta.layers[].label',
				'places[id].name <- places[].name',
				'places[id].region <- places[].region',
				'sources[id].outlet <- sources[].outlet',
				'sources[id].title <- sources[].title',
				'sources[id].citedAs <- sources[].citedAs',
				'sources[id].speakers <- sources[].speakers',
				'sources[id].quotedInTranslation[i].speakers <- sources[].quotedInTranslation[].speakers',
				'sources[id].quotedInTranslation[i].note <- sources[].quotedInTranslation[].note',
				'sources[id].note <- sources[].note',
				'events[id].title <- events[].title',
				'events[id].body[i] <- events[].body[].text',
				'events[id].media[i].alt <- events[].media[].alt',
				'events[id].media[i].caption <- events[].media[].caption'
			])
		);
	});

	it('leave out only the texts a reader reads the same in every edition: a new text must be decided', () => {
		// Every `text()` of the schema (text a reader sees) that no mark translates.
		const untranslated: string[] = [];
		const walk = (schema: z.core.$ZodType, path: string, marked: boolean) => {
			const def = schema._zod.def;
			const isMarked = marked || translations.get(schema as z.ZodType)?.translatable === true;
			if (def.type === 'optional' || def.type === 'default')
				return walk((schema as z.ZodOptional).unwrap(), path, isMarked);
			if (def.type === 'object')
				for (const [key, field] of Object.entries((schema as z.ZodObject).shape))
					walk(field, path ? `${path}.${key}` : key, isMarked);
			if (def.type === 'array') walk((schema as z.ZodArray).element, `${path}[]`, isMarked);
			const checks = def.type === 'string' ? ((schema as z.ZodString)._zod.def.checks ?? []) : [];
			const isText = checks.some((check) => {
				const { pattern } = check._zod.def as { pattern?: RegExp };
				return pattern?.source === '\\S';
			});
			if (isText && !isMarked) untranslated.push(path);
		};
		walk(storyShape, '', false);
		expect(untranslated.sort()).toEqual(
			[
				// Files and addresses, the same in every edition (an edition adds its own captions beside).
				'meta.shareImage.path',
				'meta.media[].src',
				'meta.media[].poster',
				'meta.media[].captions',
				'meta.imported.file',
				'meta.basemap.pmtiles',
				'meta.layers[].file',
				'events[].media[].src',
				'events[].media[].poster',
				'events[].media[].captions',
				// Names as their sources write them: a credit, a GeoNames entry, a Natural Earth country, a byline.
				'meta.media[].credit',
				'places[].geonames.name',
				'meta.countries[]',
				'sources[].author',
				'events[].media[].credit',
				// A credit the map prints as its source writes it, and the publisher's own name (oEmbed).
				'meta.basemap.attribution',
				'meta.embed.provider',
				// Words no edition has yet had to translate (no story with editions uses them): a
				// story that does marks them translatable first.
				'meta.eras[].label',
				'events[].dateline',
				'events[].group',
				'events[].areas[].label'
			].sort()
		);
	});

	it('type an edition file by the same marks', () => {
		expectTypeOf<EditionFile['events'][string]>().toMatchTypeOf<{
			title: string;
			body: string[];
			media?: { alt?: string; caption?: string }[];
		}>();
		expectTypeOf<EditionFile['meta']['spanLabel']>().toEqualTypeOf<string | undefined>();
		expectTypeOf<EditionFile['meta']['countryLabels']>().toEqualTypeOf<
			Record<string, string> | undefined
		>();
		expectTypeOf<EditionFile['places'][string]>().toMatchTypeOf<{
			name: string;
			region?: string;
		}>();
	});
});

describe('a field marked translatable', () => {
	// A story of its own: an event with a marked field the real schema does not have.
	const event = z.strictObject({
		id: slug,
		title: translatable(text()),
		kicker: translatable(text()).optional(),
		note: z.string().optional(),
		body: z.array(z.strictObject({ text: translatable(text()), sources: z.array(z.string()) }))
	});
	const schema = z.strictObject({
		meta: z.strictObject({
			span: z.strictObject({ start: z.string(), label: translatable(text()) }).optional(),
			labels: keyedBy(
				z.array(z.strictObject({ name: translatable(text()), lon: z.number() })),
				'name'
			)
		}),
		events: z.array(event)
	});
	const tree: Translations = { kind: 'fields', fields: sectionsOf(schema) };
	const story = {
		meta: {
			span: { start: '1990-01-01', label: 'All of 1990' },
			labels: [{ name: 'Peru', lon: -75 }]
		},
		events: [
			{
				id: 'one',
				title: 'One',
				kicker: 'First',
				note: 'kept',
				body: [{ text: 'A.', sources: ['s'] }]
			},
			{ id: 'two', title: 'Two', body: [{ text: 'B.', sources: ['s'] }] }
		]
	};
	const edition = {
		meta: { spanLabel: 'Весь 1990 год', labels: { Peru: 'Перу' } },
		events: {
			one: { title: 'Один', kicker: 'Первое', body: ['А.'] },
			two: { title: 'Два', body: ['Б.'] }
		}
	};
	const problems = (words: unknown) => {
		const found: [string, string][] = [];
		missingOrExtra(tree, story, words, '', found);
		return found;
	};

	it('is in the edition’s schema, with the story’s own rules for it', () => {
		expect(editionSchemaOf(tree).safeParse(edition).success).toBe(true);
		const empty = {
			...edition,
			events: { ...edition.events, one: { ...edition.events.one, kicker: ' ' } }
		};
		expect(editionSchemaOf(tree).safeParse(empty).error?.issues[0]).toMatchObject({
			path: ['events', 'one', 'kicker'],
			message: 'is empty'
		});
		const unknown = {
			...edition,
			events: { ...edition.events, two: { ...edition.events.two, note: 'x' } }
		};
		expect(editionSchemaOf(tree).safeParse(unknown).success).toBe(false);
	});

	it('is refused when the story has it and the edition does not, or the other way round', () => {
		expect(problems(edition)).toEqual([]);
		const { kicker: _, ...withoutKicker } = edition.events.one;
		void _;
		expect(problems({ ...edition, events: { ...edition.events, one: withoutKicker } })).toEqual([
			['events["one"].kicker', 'is missing']
		]);
		const extra = { ...edition.events.two, kicker: 'Второе' };
		expect(problems({ ...edition, events: { ...edition.events, two: extra } })).toEqual([
			['events["two"].kicker', 'is not in the story']
		]);
		expect(problems({ ...edition, events: { one: edition.events.one } })).toEqual([
			['events["two"]', 'is missing']
		]);
		expect(
			problems({ ...edition, events: { ...edition.events, two: { title: 'Два', body: [] } } })
		).toEqual([['events["two"].body[0]', 'is missing']]);
		expect(problems({ ...edition, meta: { labels: { Peru: 'Перу' } } })).toEqual([
			['meta.spanLabel', 'is missing']
		]);
	});

	it('is carried into the story in the edition’s words, and nothing else is touched', () => {
		expect(localized(tree, story, edition, '')).toEqual({
			meta: {
				span: { start: '1990-01-01', label: 'Весь 1990 год' },
				labels: [{ name: 'Перу', lon: -75 }]
			},
			events: [
				{
					id: 'one',
					title: 'Один',
					kicker: 'Первое',
					note: 'kept',
					body: [{ text: 'А.', sources: ['s'] }]
				},
				{ id: 'two', title: 'Два', body: [{ text: 'Б.', sources: ['s'] }] }
			]
		});
		expect(story.events[0]!.title).toBe('One');
	});

	it('fails rather than ship the English where a translation is missing after all', () => {
		const events = { ...edition.events, one: { title: 'Один', body: ['А.'] } };
		expect(() => localized(tree, story, { ...edition, events }, '')).toThrow(
			'no translation of events["one"].kicker'
		);
	});
});
