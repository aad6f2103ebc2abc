import { describe, expect, it } from 'vitest';
import { story } from '$lib/story';
import { assertValidStory, isIsoDay, validateStory } from '$lib/story/schema';
import type { Story, StoryEvent } from '$lib/story';

/** A copy of the real story with one event changed. */
function withEvent(index: number, change: Partial<StoryEvent>): Story {
	const events = story.events.map((event, i) => (i === index ? { ...event, ...change } : event));
	return { ...story, events };
}

describe('the story schema', () => {
	it('accepts the story as shipped', () => {
		expect(validateStory(story)).toEqual([]);
	});

	it('names the event and field of an unknown place', () => {
		const problems = validateStory(withEvent(2, { places: ['aleppo', 'raqqa'] }));
		expect(problems).toEqual([`event "${story.events[2]!.id}": places has unknown place "raqqa"`]);
	});

	it('rejects dates out of order, naming both events', () => {
		const problems = validateStory(withEvent(3, { date: '2016-12-12' }));
		expect(problems).toContainEqual(
			`event "${story.events[3]!.id}": date 2016-12-12 comes before "${story.events[2]!.id}" (2016-12-30)`
		);
	});

	it('rejects dates outside the story', () => {
		expect(validateStory(withEvent(0, { date: '2016-11-30' }))[0]).toMatch(
			/^event "palmyra-falls": date 2016-11-30 is outside the story/
		);
		const last = story.events.length - 1;
		expect(validateStory(withEvent(last, { date: '2017-01-24' }))).toContainEqual(
			expect.stringMatching(/^event "astana-talks": date 2017-01-24 is outside the story/)
		);
	});

	it('rejects a date that is not a real day', () => {
		expect(validateStory(withEvent(1, { date: '2016-12-32' }))).toEqual([
			'event "aleppo-retaken": date "2016-12-32" is not a YYYY-MM-DD day'
		]);
	});

	it('rejects duplicate event ids', () => {
		expect(validateStory(withEvent(1, { id: 'palmyra-falls' }))).toEqual([
			'event "palmyra-falls": id is used twice'
		]);
	});

	it('rejects empty text, naming the field', () => {
		expect(validateStory(withEvent(4, { title: '  ' }))).toEqual([
			'event "sponsors-disagree": title is empty'
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
		).toEqual(['event "sponsors-disagree": body[1].text is empty']);
		expect(validateStory(withEvent(4, { body: [] }))).toEqual([
			'event "sponsors-disagree": body is empty'
		]);
	});

	it('rejects an event without places, or a paragraph without sources or with an unknown one', () => {
		expect(validateStory(withEvent(5, { places: [] }))).toEqual([
			'event "deir-ez-zor-attack": places is empty'
		]);
		const body = story.events[5]!.body;
		expect(
			validateStory(
				withEvent(5, { body: [body[0]!, { ...body[1]!, sources: ['article', 'rumour'] }] })
			)
		).toEqual(['event "deir-ez-zor-attack": body[1].sources has unknown source "rumour"']);
		expect(validateStory(withEvent(5, { body: [{ ...body[0]!, sources: [] }] }))).toEqual([
			'event "deir-ez-zor-attack": body[0].sources is empty'
		]);
	});

	it('rejects a line to a place the event does not show', () => {
		expect(
			validateStory(withEvent(4, { connections: [{ from: 'moscow', to: 'astana' }] }))
		).toEqual([
			'event "sponsors-disagree": connections[0].to "astana" is not one of the event\'s places'
		]);
	});

	it('rejects a source without its date or a gazetteer entry without its GeoNames name', () => {
		const sources = story.sources.map((s, i) => (i === 1 ? { ...s, date: 'December 2016' } : s));
		expect(validateStory({ ...story, sources })).toEqual([
			`source "${story.sources[1]!.id}": date "December 2016" is not a YYYY-MM-DD day (or YYYY-MM)`
		]);
		const places = story.places.map((p, i) =>
			i === 0 ? { ...p, geonames: { name: 'Al Bāb', country: 'Syria' } } : p
		);
		expect(validateStory({ ...story, places })).toEqual([
			'place "al-bab": geonames needs the entry\'s name and a two-letter country code'
		]);
	});

	it('rejects a month-precision date that is not the 1st', () => {
		expect(validateStory(withEvent(3, { date: '2017-01-10', precision: 'month' }))).toContainEqual(
			'event "mosul-squeeze": date of a month-precision event must be the 1st'
		);
	});

	it('rejects a malformed camera override', () => {
		expect(validateStory(withEvent(6, { camera: { bounds: [40, 30, 35, 32] } }))).toEqual([
			'event "al-bab-joint-strikes": camera.bounds must be [west, south, east, north]'
		]);
	});

	it('rejects duplicate and misplaced gazetteer entries', () => {
		const places = [...story.places, { ...story.places[0]!, lat: 95 }];
		expect(validateStory({ ...story, places })).toEqual([
			'place "al-bab": id is used twice',
			'place "al-bab": lat must be a number within ±90'
		]);
	});

	it('throws one error that lists every problem, so the build fails', () => {
		const broken = withEvent(0, { title: '', places: ['atlantis'] });
		expect(() => assertValidStory(broken)).toThrow(
			/2 problem\(s\):\n- event "palmyra-falls": title is empty\n- event "palmyra-falls": places has unknown place "atlantis"/
		);
	});

	it('knows a real calendar day', () => {
		expect(isIsoDay('2017-01-18')).toBe(true);
		expect(isIsoDay('2016-02-29')).toBe(true);
		expect(isIsoDay('2017-02-29')).toBe(false);
		expect(isIsoDay('2017-1-18')).toBe(false);
	});
});
