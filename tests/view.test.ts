// What the map shows for a step (viewOf), for the live and static maps alike: checked on
// the fixture's steps against what their story file says, place by place and line by line.
import { describe, expect, it } from 'vitest';
import { cameraFor } from '$lib/map/camera';
import { viewOf } from '$lib/map/view';
import { fixture, fixtureEvent, placesOf } from './stories';

const overview = { alt: fixture.meta.overview!.alt };

describe('viewOf', () => {
	// The fixture's fullest steps: three places and two lines; two places framed without a
	// camera; a shaded area with its label.
	const lines = fixtureEvent((e) => e.places.length >= 3 && (e.connections?.length ?? 0) >= 2);
	const framed = fixtureEvent((e) => e.places.length >= 2 && !e.camera);
	const shaded = fixtureEvent((e) => e.areas?.some((a) => a.label) === true);

	it('highlights every place of the step, in the story’s order, and draws its lines in order', () => {
		const view = viewOf(lines, placesOf(lines), overview);
		expect(view.stepId).toBe(lines.id);
		expect(view.places).toEqual(lines.places);
		expect(view.connections).toEqual(lines.connections!.map((c) => `${c.from}>${c.to}`));
		expect(view.areas).toEqual([]);
		expect(view.camera).toEqual(cameraFor(lines, placesOf(lines)));
		expect(view.interactive).toBe(false);
	});

	it('names each place in its description, in the same order', () => {
		for (const event of [lines, framed]) {
			const { description } = viewOf(event, placesOf(event), overview);
			const at = placesOf(event).map((place) => description.indexOf(place.name));
			expect(at.every((i) => i >= 0)).toBe(true);
			expect(at).toEqual([...at].sort((a, b) => a - b));
		}
	});

	it('frames the step’s own places when it has no camera', () => {
		const view = viewOf(framed, placesOf(framed), overview);
		expect(view.places).toEqual(framed.places);
		const [west, south, east, north] = view.camera.bounds;
		for (const place of placesOf(framed)) {
			expect(place.lon).toBeGreaterThanOrEqual(west);
			expect(place.lon).toBeLessThanOrEqual(east);
			expect(place.lat).toBeGreaterThanOrEqual(south);
			expect(place.lat).toBeLessThanOrEqual(north);
		}
	});

	it('shades the step’s areas and says so in words', () => {
		const view = viewOf(shaded, placesOf(shaded), overview);
		expect(view.areas).toEqual(shaded.areas!.map((a) => a.id));
		for (const area of shaded.areas!) expect(view.description).toContain(area.label!);
	});

	it('shows the overview, in the overview’s words, for a step without places', () => {
		const bare = { ...lines, places: [], connections: [], areas: [] };
		const view = viewOf(bare, [], overview);
		expect(view).toMatchObject({ places: [], connections: [], areas: [] });
		expect(view.description).toBe(overview.alt);
	});

	it('lets the reader move the map only on a step that says so', () => {
		expect(viewOf({ ...lines, mapInteractive: true }, placesOf(lines), overview).interactive).toBe(
			true
		);
	});
});
