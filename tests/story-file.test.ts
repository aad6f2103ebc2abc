// Any story file builds: the test fixture (invented events in the Andes in 1990) validates,
// gets a basemap of its own region and builds (tests/media/build.test.ts reads its steps,
// span, maps and manifest in the build it makes of the fixture with its media: one build
// for both); a broken copy fails the build, naming the file, the event and the field.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import type { Story } from '$lib/story/types';
import { basemapForStory, storyRegion } from '../tools/basemap/build.js';
import { validateEdition, type EditionFile } from '../tools/story/edition-schema';
import { editionWordsOf } from '../tools/story/translations';
import { storyLabel } from '../tools/story/files.js';
import { validateStory } from '../tools/story/problems';
import { sentencesQuoting } from '../tools/story/quotations';
import { FIXTURE_STORY as FIXTURE, fixture } from './stories';
const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'story-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/**
 * An edition of a story in name only: its English words, as the schema marks them, each
 * quotation followed by the note that says it was translated (as an edition's must be).
 */
function editionOf(story: Story, code: string): EditionFile {
	const quotationNote = '(translated)';
	const marked = (text: string, path: readonly (string | number)[]) =>
		path.includes('intro') || path.includes('body')
			? text + ` ${quotationNote}`.repeat(sentencesQuoting(text).length)
			: text;
	const words = editionWordsOf(story, marked) as Omit<EditionFile, 'edition'>;
	return { ...words, edition: code, meta: { ...words.meta, quotationNote } } as EditionFile;
}

/** `vite build` of a story file into `out`, as `STORY=… BUILD_DIR=… npx vite build` runs it. */
function build(story: string, out: string) {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		STORY: story,
		BUILD_DIR: out,
		NODE_ENV: 'production'
	};
	for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
	return spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		env,
		encoding: 'utf8'
	});
}

describe('the test fixture story', () => {
	it('is marked as invented, and validates', () => {
		expect(validateStory(fixture, FIXTURE)).toEqual([]);
		for (const event of fixture.events)
			for (const paragraph of event.body)
				expect(paragraph.text).toMatch(/^\[Test fixture: invented text\]/);
	});

	it('has what the browser’s contract tests walk through: lines, areas, a day of two events', () => {
		expect(fixture.events.some((e) => e.areas?.length)).toBe(true);
		expect(fixture.events.some((e) => e.connections?.length)).toBe(true);
		const dates = fixture.events.map((e) => e.date);
		expect(new Set(dates).size).toBeLessThan(dates.length);
	});

	it('gets a basemap of its own region, with no country turned inside out', () => {
		const region = storyRegion(fixture);
		expect(region).toEqual([-92, -55, -56, 21]);
		const basemap = basemapForStory(topology, fixture) as FeatureCollection;
		const countries = basemap.features.filter((f) => f.properties?.kind === 'country');
		expect(countries.map((f) => f.properties?.name)).toEqual(
			expect.arrayContaining([...fixture.meta.countries, 'Ecuador'])
		);
		expect(countries.map((f) => f.properties?.name)).not.toContain('Syria');
		// A ring clipped wrongly (Fiji, across the antimeridian) covers the rest of the globe.
		for (const country of countries)
			for (const rings of (country.geometry as MultiPolygon).coordinates)
				expect(
					geoArea({ type: 'Polygon', coordinates: rings }),
					country.properties?.name
				).toBeLessThan(2 * Math.PI);
	});
});

describe('STORY=… vite build', () => {
	it('fails on a broken story file, naming the file, the event and the field', () => {
		const broken = structuredClone(fixture) as Story & { events: { places: string[] }[] };
		broken.events[1]!.places = ['raqqa'];
		const file = join(temp, 'broken.json');
		writeFileSync(file, JSON.stringify(broken));
		const result = build(file, join(temp, 'broken'));
		expect(result.status).not.toBe(0);
		expect(result.stderr + result.stdout).toContain(
			`${storyLabel(file)}: events[1] "${fixture.events[1]!.id}": places[0] "raqqa" is not in places`
		);
		expect(existsSync(join(temp, 'broken', 'index.html'))).toBe(false);
	}, 180_000);

	it('fails on an edition missing a translation, naming the edition, the event and the field', () => {
		// The fixture, beside a Russian edition that lacks a paragraph.
		const dir = mkdtempSync(join(temp, 'edition-'));
		const file = join(dir, 'story.json');
		writeFileSync(file, readFileSync(FIXTURE, 'utf8'));
		const edition = editionOf(fixture, 'ru');
		expect(validateEdition(fixture, edition, 'story.ru.json')).toEqual([]);
		const { id, body } = fixture.events.at(-1)!;
		edition.events[id]!.body.pop();
		writeFileSync(join(dir, 'story.ru.json'), JSON.stringify(edition));
		const result = build(file, join(dir, 'build'));
		expect(result.status).not.toBe(0);
		expect(result.stderr + result.stdout).toContain(
			`${storyLabel(join(dir, 'story.ru.json'))}: edition ru: events["${id}"].body[${body.length - 1}] is missing`
		);
	}, 180_000);
});
