// The story file's schema and its messages: on the test fixture, each example naming the
// event (or place, or source) it breaks by its index and id in the fixture. Areas: schema-areas.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDay } from '$lib/story/dates';
import { readStoryJson } from '../tools/story/files.js';
import { parseStory, validateStory } from '../tools/story/problems';
import { storyJsonSchema } from '../tools/story/schema';
import { FIXTURE_STORY } from './stories';
import {
	end,
	FILE,
	indexOf,
	json,
	last,
	named,
	plain,
	plus,
	span,
	start,
	story,
	withEvent
} from './schema-fixture';

describe('the story schema', () => {
	it('accepts the fixture, and its file with its $schema', () => {
		expect(validateStory(story)).toEqual([]);
		const file = readStoryJson(FIXTURE_STORY) as { $schema?: string };
		expect(file.$schema).toBe('../story.schema.json');
		expect(validateStory(file)).toEqual([]);
	});

	it('names the file, the event, the field and the unknown place', () => {
		expect(validateStory(withEvent(1, { places: ['raqqa'] }), FILE)).toEqual([
			`story.json: ${named(1)}: places[0] "raqqa" is not in places`
		]);
		const known = story.events[plain]!.places[0]!;
		expect(validateStory(withEvent(plain, { places: [known, 'raqqa'] }), 'stories/x.json')).toEqual(
			[`stories/x.json: ${named(plain)}: places[1] "raqqa" is not in places`]
		);
	});

	it('rejects dates out of order, naming both events', () => {
		// An event moved to the day before the one it follows (still in the story's span).
		const i = indexOf((e, j) => j > 0 && story.events[j - 1]!.date > start);
		const previous = story.events[i - 1]!;
		const early = plus(previous.date, -1);
		expect(validateStory(withEvent(i, { date: early, precision: 'day' }))).toEqual([
			`story.json: ${named(i)}: date ${early} comes before ${named(i - 1)} (${previous.date})`
		]);
		// Two events may share a day, as the fixture's do.
		expect(story.events.some((e, j) => j > 0 && e.date === story.events[j - 1]!.date)).toBe(true);
	});

	it('rejects dates outside the story’s span, which the story file sets', () => {
		const before = plus(start, -1);
		expect(validateStory(withEvent(0, { date: before, precision: 'day' }))).toEqual([
			`story.json: ${named(0)}: date ${before} is outside the story's span ${span}`
		]);
		const after = plus(end, 1);
		expect(validateStory(withEvent(last, { date: after, precision: 'day' }))).toEqual([
			`story.json: ${named(last)}: date ${after} is outside the story's span ${span}`
		]);
		// Widen the span and the same date is in it.
		const meta = { ...story.meta, span: { ...story.meta.span, end: plus(end, 30) } };
		expect(validateStory({ ...withEvent(last, { date: after, precision: 'day' }), meta })).toEqual(
			[]
		);
		const backwards = { ...story.meta, span: { start: end, end: start } };
		expect(validateStory({ ...story, meta: backwards })).toContain(
			`story.json: meta.span.end ${start} comes before meta.span.start (${end})`
		);
	});

	it('rejects a date that is not a real day', () => {
		const { date } = story.events[1]!;
		const impossible = `${date.slice(0, 8)}32`;
		expect(validateStory(withEvent(1, { date: impossible }))).toEqual([
			`story.json: ${named(1)}: date "${impossible}" is not a YYYY-MM-DD day`
		]);
		const written = formatDate(date, 'day', 'en-GB');
		expect(validateStory(withEvent(1, { date: written }))).toEqual([
			`story.json: ${named(1)}: date "${written}" is not a YYYY-MM-DD day`
		]);
	});

	it('rejects duplicate ids, naming where the id was first used', () => {
		const first = story.events[0]!.id;
		expect(validateStory(withEvent(1, { id: first }))).toEqual([
			`story.json: events[1] "${first}": id is used twice (first by events[0])`
		]);
		const sources = [...story.sources, story.sources[0]!];
		expect(validateStory({ ...story, sources })).toEqual([
			`story.json: sources[${story.sources.length}] "${story.sources[0]!.id}": id is used twice (first by sources[0])`
		]);
	});

	it('rejects empty text, naming the field', () => {
		expect(validateStory(withEvent(plain, { title: '  ' }))).toEqual([
			`story.json: ${named(plain)}: title is empty`
		]);
		const paragraph = story.events[plain]!.body[0]!;
		expect(
			validateStory(withEvent(plain, { body: [paragraph, { ...paragraph, text: ' ' }] }))
		).toEqual([`story.json: ${named(plain)}: body[1].text is empty`]);
		expect(validateStory(withEvent(plain, { body: [] }))).toEqual([
			`story.json: ${named(plain)}: body is empty`
		]);
	});

	it('accepts an event without places (the map shows the overview), not a paragraph without sources or with an unknown one', () => {
		expect(validateStory(withEvent(plain, { places: [] }))).toEqual([]);
		const paragraph = story.events[plain]!.body[0]!;
		expect(
			validateStory(
				withEvent(plain, {
					body: [paragraph, { ...paragraph, sources: [...paragraph.sources, 'rumour'] }]
				})
			)
		).toEqual([
			`story.json: ${named(plain)}: body[1].sources[${paragraph.sources.length}] "rumour" is not in sources`
		]);
		expect(validateStory(withEvent(plain, { body: [{ ...paragraph, sources: [] }] }))).toEqual([
			`story.json: ${named(plain)}: body[0].sources is empty: name where the paragraph’s facts come from`
		]);
		const intro = [{ ...story.meta.intro[0]!, sources: ['gossip'] }];
		expect(validateStory({ ...story, meta: { ...story.meta, intro } })).toEqual([
			'story.json: meta.intro[0].sources[0] "gossip" is not in sources'
		]);
	});

	it('rejects a line to a place the event does not show', () => {
		const { places } = story.events[plain]!;
		const elsewhere = story.places.find((p) => !places.includes(p.id))!.id;
		expect(
			validateStory(withEvent(plain, { connections: [{ from: places[0]!, to: elsewhere }] }))
		).toEqual([
			`story.json: ${named(plain)}: connections[0].to "${elsewhere}" is not one of the event's places`
		]);
	});

	it('rejects a source without its date or a gazetteer entry without its GeoNames name', () => {
		const sources = story.sources.map((s, i) => (i === 1 ? { ...s, date: 'Spring 1990' } : s));
		expect(validateStory({ ...story, sources })).toEqual([
			`story.json: sources[1] "${story.sources[1]!.id}": date "Spring 1990" is not a YYYY-MM-DD day (or YYYY-MM)`
		]);
		const country = story.meta.countries[0]!;
		const places = story.places.map((p, i) =>
			i === 0 ? { ...p, geonames: { name: p.geonames!.name, country } } : p
		);
		expect(validateStory({ ...story, places })).toEqual([
			`story.json: places[0] "${story.places[0]!.id}": geonames.country must be a two-letter country code`
		]);
	});

	it('rejects a month-precision date that is not the 1st', () => {
		const i = indexOf((e) => e.precision === 'day' && !e.date.endsWith('-01'));
		const { date } = story.events[i]!;
		expect(validateStory(withEvent(i, { precision: 'month' }))).toEqual([
			`story.json: ${named(i)}: date ${date} must be the 1st: the event's precision is "month"`
		]);
	});

	it('rejects a malformed camera override', () => {
		const town = story.places.find((p) => p.id === story.events[plain]!.places[0])!;
		const backwards = [town.lon + 2, town.lat - 1, town.lon - 2, town.lat + 1];
		expect(validateStory(withEvent(plain, { camera: { bounds: backwards as never } }))).toEqual([
			`story.json: ${named(plain)}: camera.bounds must be [west, south, east, north], west of east and south of north`
		]);
		expect(validateStory(withEvent(plain, { camera: { maxZoom: 30 } }))).toEqual([
			`story.json: ${named(plain)}: camera.maxZoom must be between 0 and 22`
		]);
	});

	it('rejects duplicate and misplaced gazetteer entries', () => {
		const places = [...story.places, { ...story.places[0]!, lat: 95 }];
		const next = story.places.length;
		const id = story.places[0]!.id;
		expect(validateStory({ ...story, places })).toEqual([
			`story.json: places[${next}] "${id}": lat must be within ±90`,
			`story.json: places[${next}] "${id}": id is used twice (first by places[0])`
		]);
	});

	it('names a missing field, a field of the wrong type and a misspelt one', () => {
		// A step without lines, so that its places being no list is its only problem.
		const unlinked = indexOf((e) => !e.connections);
		const [untitled, misspelt] = [...story.events.keys()].filter((i) => i !== unlinked);
		const file = json();
		delete file.events[untitled!].title;
		file.events[unlinked].places = file.events[unlinked].places[0];
		file.events[misspelt!].palces = file.events[misspelt!].places;
		file.meta.overview.places = ['atlantis'];
		const problems = new Map([
			[untitled!, `story.json: ${named(untitled!)}: title is missing`],
			[unlinked, `story.json: ${named(unlinked)}: places must be a list`],
			[misspelt!, `story.json: ${named(misspelt!)}: has unknown field "palces"`]
		]);
		expect(validateStory(file)).toEqual([
			// In the file's order, then the checks across it.
			...[...problems].sort(([a], [b]) => a - b).map(([, problem]) => problem),
			'story.json: meta.overview.places[0] "atlantis" is not in places'
		]);
	});

	it('still names unknown places in a file whose shape is broken elsewhere', () => {
		const file = json();
		file.events[0].title = 42;
		file.events[1].places = ['raqqa'];
		expect(validateStory(file)).toEqual([
			`story.json: ${named(0)}: title must be text`,
			`story.json: ${named(1)}: places[0] "raqqa" is not in places`
		]);
	});

	it('names a story with no events, or not a story at all', () => {
		expect(validateStory({ ...story, events: [] })).toEqual([
			'story.json: events is empty: a story needs at least one event'
		]);
		expect(validateStory([])).toEqual(['story.json: must be an object']);
	});

	it('throws one error that lists every problem, so the build fails', () => {
		const broken = withEvent(plain, { title: '', places: ['atlantis'] });
		const problems = [
			`${FIXTURE_STORY}: ${named(plain)}: title is empty`,
			`${FIXTURE_STORY}: ${named(plain)}: places[0] "atlantis" is not in places`
		];
		expect(() => parseStory(broken, FIXTURE_STORY)).toThrow(
			`${FIXTURE_STORY} has 2 problem(s):\n- ${problems.join('\n- ')}`
		);
	});

	it('knows a real calendar day', () => {
		for (const event of story.events) expect(isIsoDay(event.date), event.id).toBe(true);
		expect(isIsoDay('2016-02-29')).toBe(true);
		expect(isIsoDay('2017-02-29')).toBe(false);
		expect(isIsoDay('1990-4-2')).toBe(false);
	});
});

describe('the JSON Schema for editors', () => {
	it('is the one in the repository (run `npm run schema` after changing schema.ts)', () => {
		const written = readFileSync('stories/story.schema.json', 'utf8');
		expect(JSON.parse(written)).toEqual(storyJsonSchema());
	});

	it('requires the fields other tools rely on, and carries the guidance', () => {
		const schema = storyJsonSchema() as any; // eslint-disable-line @typescript-eslint/no-explicit-any
		expect(schema.required).toEqual(
			expect.arrayContaining(['meta', 'places', 'sources', 'events'])
		);
		const event = schema.properties.events.items;
		// A tour's events have no date: the checks across the file require one in a dated story.
		expect(event.required).toEqual(expect.arrayContaining(['id', 'title', 'body', 'places']));
		expect(event.required).not.toContain('date');
		expect(event.properties.date.pattern).toBeDefined();
		expect(event.properties.media.items.required).toEqual(
			expect.arrayContaining(['src', 'credit'])
		);
		expect(event.additionalProperties).toBe(false);
		expect(schema.properties.places.items.properties.geonames.description).toMatch(/GeoNames/);
		const area = event.properties.areas.items;
		expect(area.required).toEqual(expect.arrayContaining(['id', 'source', 'geometry']));
		expect(JSON.stringify(area.properties.geometry)).toContain('MultiPolygon');
	});
});
