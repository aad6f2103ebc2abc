import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { story } from './built-in-story';
import { isIsoDay } from '$lib/story/dates';
import { parseStory, storyJsonSchema, validateStory } from '$lib/story/schema';
import type { Story, StoryEvent } from '$lib/story';

const FILE = 'story.json';

/** A copy of the real story with one event changed. */
function withEvent(index: number, change: Partial<StoryEvent>): Story {
	const events = story.events.map((event, i) => (i === index ? { ...event, ...change } : event));
	return { ...story, events };
}

/** A copy of the real story as untyped JSON, for shapes the types would refuse. */
const json = () => JSON.parse(JSON.stringify(story)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the story schema', () => {
	it('accepts the story as shipped, and its file with its $schema', () => {
		expect(validateStory(story)).toEqual([]);
		const file = JSON.parse(readFileSync('stories/road-to-astana.json', 'utf8'));
		expect(file.$schema).toBe('./story.schema.json');
		expect(validateStory(file)).toEqual([]);
	});

	it('names the file, the event, the field and the unknown place', () => {
		expect(validateStory(withEvent(1, { places: ['raqqa'] }), FILE)).toEqual([
			'story.json: events[1] "aleppo-retaken": places[0] "raqqa" is not in places'
		]);
		expect(
			validateStory(withEvent(2, { places: ['damascus', 'raqqa'] }), 'stories/x.json')
		).toEqual(['stories/x.json: events[2] "ceasefire": places[1] "raqqa" is not in places']);
	});

	it('rejects dates out of order, naming both events', () => {
		expect(validateStory(withEvent(3, { date: '2016-12-12', precision: 'day' }))).toEqual([
			'story.json: events[3] "mosul-squeeze": date 2016-12-12 comes before events[2] "ceasefire" (2016-12-30)'
		]);
	});

	it('rejects dates outside the story’s span, which the story file sets', () => {
		expect(validateStory(withEvent(0, { date: '2016-11-30' }))).toEqual([
			'story.json: events[0] "palmyra-falls": date 2016-11-30 is outside the story\'s span (meta.span: 2016-12-01 to 2017-01-23)'
		]);
		const last = story.events.length - 1;
		expect(validateStory(withEvent(last, { date: '2017-01-24' }))).toEqual([
			`story.json: events[${last}] "astana-talks": date 2017-01-24 is outside the story's span (meta.span: 2016-12-01 to 2017-01-23)`
		]);
		// Widen the span and the same date is in it.
		const meta = { ...story.meta, span: { ...story.meta.span, end: '2017-01-31' } };
		expect(validateStory({ ...withEvent(last, { date: '2017-01-24' }), meta })).toEqual([]);
		const backwards = { ...story.meta, span: { start: '2017-01-23', end: '2016-12-01' } };
		expect(validateStory({ ...story, meta: backwards })).toContain(
			'story.json: meta.span.end 2016-12-01 comes before meta.span.start (2017-01-23)'
		);
	});

	it('rejects a date that is not a real day', () => {
		expect(validateStory(withEvent(1, { date: '2016-12-32' }))).toEqual([
			'story.json: events[1] "aleppo-retaken": date "2016-12-32" is not a YYYY-MM-DD day'
		]);
		expect(validateStory(withEvent(1, { date: '22 December 2016' }))).toEqual([
			'story.json: events[1] "aleppo-retaken": date "22 December 2016" is not a YYYY-MM-DD day'
		]);
	});

	it('rejects duplicate ids, naming where the id was first used', () => {
		expect(validateStory(withEvent(1, { id: 'palmyra-falls' }))).toEqual([
			'story.json: events[1] "palmyra-falls": id is used twice (first by events[0])'
		]);
		const sources = [...story.sources, story.sources[0]!];
		expect(validateStory({ ...story, sources })).toEqual([
			`story.json: sources[${story.sources.length}] "article": id is used twice (first by sources[0])`
		]);
	});

	it('rejects empty text, naming the field', () => {
		expect(validateStory(withEvent(4, { title: '  ' }))).toEqual([
			'story.json: events[4] "sponsors-disagree": title is empty'
		]);
		expect(
			validateStory(
				withEvent(4, {
					body: [
						{ text: 'A paragraph, RBTH reported.', sources: ['article'] },
						{ text: ' ', sources: ['article'] }
					]
				})
			)
		).toEqual(['story.json: events[4] "sponsors-disagree": body[1].text is empty']);
		expect(validateStory(withEvent(4, { body: [] }))).toEqual([
			'story.json: events[4] "sponsors-disagree": body is empty'
		]);
	});

	it('rejects an event without places, or a paragraph without sources or with an unknown one', () => {
		expect(validateStory(withEvent(5, { places: [] }))).toEqual([
			'story.json: events[5] "deir-ez-zor-attack": places is empty'
		]);
		const body = story.events[5]!.body;
		expect(
			validateStory(
				withEvent(5, { body: [body[0]!, { ...body[1]!, sources: ['article', 'rumour'] }] })
			)
		).toEqual([
			'story.json: events[5] "deir-ez-zor-attack": body[1].sources[1] "rumour" is not in sources'
		]);
		expect(validateStory(withEvent(5, { body: [{ ...body[0]!, sources: [] }] }))).toEqual([
			'story.json: events[5] "deir-ez-zor-attack": body[0].sources is empty: name where the paragraph’s facts come from'
		]);
		const intro = [{ ...story.meta.intro[0]!, sources: ['gossip'] }];
		expect(validateStory({ ...story, meta: { ...story.meta, intro } })).toEqual([
			'story.json: meta.intro[0].sources[0] "gossip" is not in sources'
		]);
	});

	it('rejects a line to a place the event does not show', () => {
		expect(
			validateStory(withEvent(4, { connections: [{ from: 'moscow', to: 'astana' }] }))
		).toEqual([
			'story.json: events[4] "sponsors-disagree": connections[0].to "astana" is not one of the event\'s places'
		]);
	});

	describe('areas', () => {
		/** A square around Aleppo, as RFC 7946 winds it (counter-clockwise). */
		const square = () => [
			[36.9, 36.0],
			[37.4, 36.0],
			[37.4, 36.4],
			[36.9, 36.4],
			[36.9, 36.0]
		];
		type Area = NonNullable<StoryEvent['areas']>[number];
		const area = (change: Record<string, unknown> = {}): Area =>
			({
				id: 'east-aleppo',
				source: 'afp-aleppo-retaken',
				geometry: { type: 'Polygon', coordinates: [square()] },
				...change
			}) as Area;
		const withAreas = (...areas: Area[]) => withEvent(1, { areas });
		const at = 'story.json: events[1] "aleppo-retaken": areas[0]';

		it('accepts a polygon or a multipolygon, either way round, whose source the step cites', () => {
			expect(validateStory(withAreas(area({ label: 'East Aleppo' })))).toEqual([]);
			const reversed = square().reverse();
			const multi = { type: 'MultiPolygon', coordinates: [[square()], [reversed]] };
			expect(validateStory(withAreas(area({ geometry: multi })))).toEqual([]);
		});

		it('rejects an unknown source, or one the step’s paragraphs do not cite', () => {
			expect(validateStory(withAreas(area({ source: 'rumour' })))).toEqual([
				`${at}.source "rumour" is not in sources`
			]);
			expect(validateStory(withAreas(area({ source: 'reuters-ceasefire' })))).toEqual([
				`${at}.source "reuters-ceasefire" is not cited by the event's paragraphs: cite it where the text describes the area`
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
			far[2] = [187.4, 36.4];
			far[3] = [36.9, -96.4];
			const multi = { type: 'MultiPolygon', coordinates: [[square()], [far]] };
			expect(validateStory(withAreas(area({ geometry: multi })))).toEqual([
				`${at}.geometry.coordinates[1][0][2][0] must be within ±180`,
				`${at}.geometry.coordinates[1][0][3][1] must be within ±90`
			]);
			const flat = square();
			flat[1] = [37.4] as unknown as number[];
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
				'story.json: events[1] "aleppo-retaken": areas[1].id is used twice (first by events[1].areas[0])'
			]);
			const twice = withEvent(1, { areas: [area()] });
			twice.events[2] = { ...twice.events[2]!, areas: [area({ source: 'article' })] };
			expect(validateStory(twice)).toEqual([
				'story.json: events[2] "ceasefire": areas[0].id is used twice, for different areas (first by events[1].areas[0])'
			]);
		});

		it('lets a later step shade the same area again', () => {
			const again = withEvent(1, { areas: [area()] });
			again.events[2] = { ...again.events[2]!, areas: [area()] };
			again.events[2]!.body = [...again.events[2]!.body, again.events[1]!.body[0]!];
			expect(validateStory(again)).toEqual([]);
		});
	});

	it('rejects a source without its date or a gazetteer entry without its GeoNames name', () => {
		const sources = story.sources.map((s, i) => (i === 1 ? { ...s, date: 'December 2016' } : s));
		expect(validateStory({ ...story, sources })).toEqual([
			`story.json: sources[1] "${story.sources[1]!.id}": date "December 2016" is not a YYYY-MM-DD day (or YYYY-MM)`
		]);
		const places = story.places.map((p, i) =>
			i === 0 ? { ...p, geonames: { name: 'Al Bāb', country: 'Syria' } } : p
		);
		expect(validateStory({ ...story, places })).toEqual([
			'story.json: places[0] "al-bab": geonames.country must be a two-letter country code'
		]);
	});

	it('rejects a month-precision date that is not the 1st', () => {
		expect(validateStory(withEvent(3, { date: '2017-01-10', precision: 'month' }))).toContain(
			'story.json: events[3] "mosul-squeeze": date 2017-01-10 must be the 1st: the event\'s precision is "month"'
		);
	});

	it('rejects a malformed camera override', () => {
		expect(validateStory(withEvent(6, { camera: { bounds: [40, 30, 35, 32] } }))).toEqual([
			'story.json: events[6] "al-bab-joint-strikes": camera.bounds must be [west, south, east, north], west of east and south of north'
		]);
		expect(validateStory(withEvent(6, { camera: { maxZoom: 30 } }))).toEqual([
			'story.json: events[6] "al-bab-joint-strikes": camera.maxZoom must be between 0 and 22'
		]);
	});

	it('rejects duplicate and misplaced gazetteer entries', () => {
		const places = [...story.places, { ...story.places[0]!, lat: 95 }];
		const last = story.places.length;
		expect(validateStory({ ...story, places })).toEqual([
			`story.json: places[${last}] "al-bab": lat must be within ±90`,
			`story.json: places[${last}] "al-bab": id is used twice (first by places[0])`
		]);
	});

	it('names a missing field, a field of the wrong type and a misspelt one', () => {
		const file = json();
		delete file.events[2].title;
		file.events[3].places = 'mosul';
		file.events[4].palces = ['moscow'];
		file.meta.overview.places = ['atlantis'];
		expect(validateStory(file)).toEqual([
			'story.json: events[2] "ceasefire": title is missing',
			'story.json: events[3] "mosul-squeeze": places must be a list',
			'story.json: events[4] "sponsors-disagree": has unknown field "palces"',
			'story.json: meta.overview.places[0] "atlantis" is not in places'
		]);
	});

	it('still names unknown places in a file whose shape is broken elsewhere', () => {
		const file = json();
		file.events[0].title = 42;
		file.events[1].places = ['raqqa'];
		expect(validateStory(file)).toEqual([
			'story.json: events[0] "palmyra-falls": title must be text',
			'story.json: events[1] "aleppo-retaken": places[0] "raqqa" is not in places'
		]);
	});

	it('names a story with no events, or not a story at all', () => {
		expect(validateStory({ ...story, events: [] })).toEqual([
			'story.json: events is empty: a story needs at least one event'
		]);
		expect(validateStory([])).toEqual(['story.json: must be an object']);
	});

	it('throws one error that lists every problem, so the build fails', () => {
		const broken = withEvent(0, { title: '', places: ['atlantis'] });
		expect(() => parseStory(broken, 'stories/road-to-astana.json')).toThrow(
			'stories/road-to-astana.json has 2 problem(s):\n- stories/road-to-astana.json: events[0] "palmyra-falls": title is empty\n- stories/road-to-astana.json: events[0] "palmyra-falls": places[0] "atlantis" is not in places'
		);
	});

	it('knows a real calendar day', () => {
		expect(isIsoDay('2017-01-18')).toBe(true);
		expect(isIsoDay('2016-02-29')).toBe(true);
		expect(isIsoDay('2017-02-29')).toBe(false);
		expect(isIsoDay('2017-1-18')).toBe(false);
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
		expect(event.required).toEqual(expect.arrayContaining(['id', 'date', 'places']));
		expect(event.properties.date.pattern).toBeDefined();
		expect(event.additionalProperties).toBe(false);
		expect(schema.properties.places.items.properties.geonames.description).toMatch(/GeoNames/);
		const area = event.properties.areas.items;
		expect(area.required).toEqual(expect.arrayContaining(['id', 'source', 'geometry']));
		expect(JSON.stringify(area.properties.geometry)).toContain('MultiPolygon');
	});
});
