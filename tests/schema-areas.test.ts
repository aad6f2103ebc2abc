// The story schema's rules for areas (shaded regions): on the test fixture, each example
// naming the event it breaks.
import { describe, expect, it } from 'vitest';
import { validateStory } from '../tools/story/problems';
import type { StoryEvent } from '$lib/story/types';
import { named, plain, story, withEvent } from './schema-fixture';

describe('the story schema', () => {
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
});
