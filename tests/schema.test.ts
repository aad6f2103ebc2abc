// The story file's schema and its messages: on the test fixture, each example naming the
// event (or place, or source) it breaks by its index and id in the fixture.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDay } from '$lib/story/dates';
import type { DatedEvent, Story, StoryEvent } from '$lib/story/types';
import { readStoryJson } from '../tools/story/files.js';
import { parseStory, validateStory } from '../tools/story/problems';
import { storyJsonSchema } from '../tools/story/schema';
import { FIXTURE_STORY, fixture as story } from './stories';

const FILE = 'story.json';

/** A copy of the fixture with one event changed. */
function withEvent(index: number, change: Partial<StoryEvent>): Story {
	const events = story.events.map((event, i) => (i === index ? { ...event, ...change } : event));
	return { ...story, events };
}

/** A copy of the fixture as untyped JSON, for shapes the types would refuse. */
const json = () => JSON.parse(JSON.stringify(story)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The index of the fixture's first event that has the thing asked for. */
function indexOf(has: (event: DatedEvent, index: number) => unknown): number {
	const index = story.events.findIndex(has);
	if (index < 0) throw new Error('The fixture story has no such event: add one');
	return index;
}

/** How messages name an event: `events[2] "la-paz-reply"`. */
const named = (index: number) => `events[${index}] "${story.events[index]!.id}"`;

/** The day `days` after an ISO day. */
const plus = (iso: string, days: number) =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** An event that draws nothing but its places: no lines, areas or camera to trip over. */
const plain = indexOf((e) => !e.connections && !e.areas && !e.camera);
const last = story.events.length - 1;
const { start, end } = story.meta.span;
const span = `(meta.span: ${start} to ${end})`;

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

	describe('areas', () => {
		/** The event the examples shade: one without areas of its own. */
		const shaded = plain;
		const event = story.events[shaded]!;
		const cited = event.body.flatMap((p) => p.sources);
		const town = story.places.find((p) => p.id === event.places[0])!;
		/** A square around the event's town, as RFC 7946 winds it (counter-clockwise). */
		const square = () => [
			[town.lon - 0.25, town.lat - 0.2],
			[town.lon + 0.25, town.lat - 0.2],
			[town.lon + 0.25, town.lat + 0.2],
			[town.lon - 0.25, town.lat + 0.2],
			[town.lon - 0.25, town.lat - 0.2]
		];
		type Area = NonNullable<StoryEvent['areas']>[number];
		const area = (change: Record<string, unknown> = {}): Area =>
			({
				id: 'test-area',
				source: cited[0],
				geometry: { type: 'Polygon', coordinates: [square()] },
				...change
			}) as Area;
		const withAreas = (...areas: Area[]) => withEvent(shaded, { areas });
		const at = `story.json: ${named(shaded)}: areas[0]`;
		/** A later event without areas, citing a source of its own. */
		const later = story.events.findIndex((e, i) => i > shaded && !e.areas);

		it('accepts a polygon or a multipolygon, either way round, whose source the step cites', () => {
			expect(validateStory(withAreas(area({ label: 'Around the town' })))).toEqual([]);
			const reversed = square().reverse();
			const multi = { type: 'MultiPolygon', coordinates: [[square()], [reversed]] };
			expect(validateStory(withAreas(area({ geometry: multi })))).toEqual([]);
		});

		it('rejects an unknown source, or one the step’s paragraphs do not cite', () => {
			expect(validateStory(withAreas(area({ source: 'rumour' })))).toEqual([
				`${at}.source "rumour" is not in sources`
			]);
			const uncited = story.sources.find((s) => !cited.includes(s.id))!.id;
			expect(validateStory(withAreas(area({ source: uncited })))).toEqual([
				`${at}.source "${uncited}" is not cited by the event's paragraphs: cite it where the text describes the area`
			]);
			expect(validateStory(withAreas(area({ source: undefined })))).toEqual([
				`${at}.source is missing`
			]);
		});

		it('rejects a ring that is too short, open, or out of range, naming the position', () => {
			const short = [square().slice(0, 2).concat([square()[0]!])];
			expect(
				validateStory(withAreas(area({ geometry: { type: 'Polygon', coordinates: short } })))
			).toEqual([
				`${at}.geometry.coordinates[0] must have at least 4 positions (a triangle and its first position again)`
			]);
			const open = [square().slice(0, 4)];
			expect(
				validateStory(withAreas(area({ geometry: { type: 'Polygon', coordinates: open } })))
			).toEqual([
				`${at}.geometry.coordinates[0] is not closed: its last position must repeat its first`
			]);
			const far = square();
			far[2] = [187.4, town.lat];
			far[3] = [town.lon, -96.4];
			const multi = { type: 'MultiPolygon', coordinates: [[square()], [far]] };
			expect(validateStory(withAreas(area({ geometry: multi })))).toEqual([
				`${at}.geometry.coordinates[1][0][2][0] must be within ±180`,
				`${at}.geometry.coordinates[1][0][3][1] must be within ±90`
			]);
			const flat = square();
			flat[1] = [town.lon] as unknown as number[];
			expect(
				validateStory(withAreas(area({ geometry: { type: 'Polygon', coordinates: [flat] } })))
			).toEqual([`${at}.geometry.coordinates[0][1] must be [longitude, latitude]`]);
		});

		it('rejects geometry that is not a polygon', () => {
			const line = { type: 'LineString', coordinates: square() };
			expect(validateStory(withAreas(area({ geometry: line })))).toEqual([
				`${at}.geometry.type must be a GeoJSON Polygon or MultiPolygon`
			]);
			expect(
				validateStory(withAreas(area({ geometry: { type: 'Polygon', coordinates: [] } })))
			).toEqual([`${at}.geometry.coordinates is empty`]);
		});

		it('rejects an area id used twice in a step, or across steps for different areas', () => {
			expect(validateStory(withAreas(area(), area()))).toEqual([
				`story.json: ${named(shaded)}: areas[1].id is used twice (first by events[${shaded}].areas[0])`
			]);
			expect(later).toBeGreaterThan(shaded);
			const twice = withAreas(area());
			const other = area({ source: story.events[later]!.body[0]!.sources[0], label: 'another' });
			twice.events[later] = { ...twice.events[later]!, areas: [other] };
			expect(validateStory(twice)).toEqual([
				`story.json: ${named(later)}: areas[0].id is used twice, for different areas (first by events[${shaded}].areas[0])`
			]);
		});

		it('lets a later step shade the same area again', () => {
			const again = withAreas(area());
			again.events[later] = { ...again.events[later]!, areas: [area()] };
			again.events[later]!.body = [...again.events[later]!.body, event.body[0]!];
			expect(validateStory(again)).toEqual([]);
		});
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
