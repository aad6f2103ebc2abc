// Each edition shows its own words with the same files: a Russian edition of the fixture,
// read as an edition's build reads it (EDITION=ru: tools/story/load.ts, then the media plugin
// and tools/media/page-data.ts), gives its alt texts and captions, offers its own caption
// track first, and takes the same files as English. (Not a Vite build: an edition's build
// rewrites the interface's messages for its language, under the other tests' feet.)
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '$lib/story/types';
import { withMedia, type ShownItem } from '../../tools/media/page-data.ts';
import { mediaOfStory } from '../../tools/media/vite-plugin.ts';
import { validateEdition, type EditionFile } from '../../tools/story/edition-schema';
import { loadStory } from '../../tools/story/load.ts';
import { editionWordsOf } from '../../tools/story/translations.ts';
import { sentencesQuoting } from '../../tools/story/quotations';
import { fixture } from '../stories';
import { FIXTURE_STORY } from './fixture-story.ts';

const ru = (text: string) => `[ru] ${text}`;

/**
 * The fixture in "Russian", from the schema's marks: the front matter's and the steps' texts
 * marked, each quotation noted as translated; names (places, sources, labels) as they are.
 */
function russian(story: Story): EditionFile {
	const quotationNote = '(перевод)';
	const translated = (text: string, path: readonly (string | number)[]) => {
		if (['places', 'sources'].includes(String(path[0]))) return text;
		if (['countryLabels', 'layers'].includes(String(path[1]))) return text;
		const notes =
			path.includes('intro') || path.includes('body') ? sentencesQuoting(text).length : 0;
		return ru(text) + ` ${quotationNote}`.repeat(notes);
	};
	const words = editionWordsOf(story, translated) as Omit<EditionFile, 'edition'>;
	return { ...words, edition: 'ru', meta: { ...words.meta, quotationNote } } as EditionFile;
}

const temp = mkdtempSync(join(tmpdir(), 'story-media-edition-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every media item of a story, the introduction's first. */
const itemsOf = (story: Story) =>
	[story.meta.media ?? [], ...story.events.map((e) => e.media ?? [])].flat() as ShownItem[];

describe('an edition’s media (EDITION=ru)', () => {
	let english: ShownItem[] = [];
	let russianItems: ShownItem[] = [];
	beforeAll(async () => {
		cpSync(join(FIXTURE_STORY, '../media'), join(temp, 'media'), { recursive: true });
		const file = join(temp, 'story.json');
		writeFileSync(file, readFileSync(FIXTURE_STORY, 'utf8'));
		const edition = russian(fixture);
		expect(validateEdition(fixture, edition, 'story.ru.json')).toEqual([]);
		writeFileSync(join(temp, 'story.ru.json'), JSON.stringify(edition));
		// As each edition's build does: the story in its language, the media made from it.
		const shown = async (code: string) => {
			const { story } = loadStory(file, code);
			const { manifest, files } = await mediaOfStory(file).get(story);
			return itemsOf(withMedia(story, manifest, { edition: code, fileBytes: (f) => files.get(f) }));
		};
		english = await shown('en');
		russianItems = await shown('ru');
	}, 120_000);

	it('gives the edition’s alt texts and captions, and the story’s credits', () => {
		expect(russianItems.map((item) => item.src)).toEqual(english.map((item) => item.src));
		russianItems.forEach((item, i) => {
			const en = english[i]!;
			expect(item.alt).toBe(en.alt && ru(en.alt));
			expect(item.caption).toBe(en.caption && ru(en.caption));
			expect(item.credit).toBe(en.credit);
		});
	});

	it('offers the edition’s caption track first, in its own name', () => {
		// The story's editions' tracks: Russian here (an Arabic one beside it is no edition's).
		const tracks = (items: ShownItem[]) =>
			items.flatMap(({ entry }) => (entry.kind === 'video' ? entry.tracks : []));
		expect(tracks(russianItems).map((t) => [t.lang, t.label])).toEqual([
			['ru', 'Русский'],
			['en', 'English']
		]);
		expect(tracks(english).map((t) => t.lang)).toEqual(['en', 'ru']);
		expect(new Set(tracks(russianItems).map((t) => t.file))).toEqual(
			new Set(tracks(english).map((t) => t.file))
		);
	});

	it('takes the same files as English', () => {
		const files = (items: ShownItem[]) =>
			items.map(({ entry }) => JSON.stringify({ ...entry, tracks: undefined }));
		expect(files(russianItems)).toEqual(files(english));
	});
});
