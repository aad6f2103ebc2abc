// What the reporter does to a story, as pure changes of the work.
import { describe, expect, it } from 'vitest';
import type { Work } from '../../editor/shared/api';
import {
	addPlace,
	addStep,
	cameraFromView,
	keepDateOrder,
	moveStep,
	movePlace,
	removePlace
} from '../../editor/shared/story-ops';

type Doc = Record<string, unknown>;
const step = (id: string, date: string, places: string[] = []) => ({
	id,
	date,
	precision: 'day',
	title: id,
	body: [],
	places
});
const manbij = {
	name: 'Manbij',
	country: 'SY',
	lon: 37.95495,
	lat: 36.52815,
	region: 'Aleppo, Syria'
};
const work = (events: Doc[], places: Doc[] = []): Work => ({
	story: { meta: { span: { start: '2017-01-01', end: '2017-01-31' } }, places, events },
	keys: events.map((e) => String(e.id)),
	editions: { ru: { places: { aleppo: { name: 'Алеппо', region: 'север Сирии' } } } },
	from: { ru: { 'places/aleppo/name': 'h1' } }
});
const ids = (w: Work) => (w.story.events as Doc[]).map((e) => e.id);

describe('steps', () => {
	it('are added after the selected one, on its date, with the file’s order of keys', () => {
		const { work: next, index } = addStep(
			work([step('a', '2017-01-02'), step('b', '2017-01-09')]),
			0,
			'k'
		);
		expect(index).toBe(1);
		expect(next.keys).toEqual(['a', 'k', 'b']);
		const added = (next.story.events as Doc[])[1]!;
		expect(Object.keys(added)).toEqual(['id', 'date', 'precision', 'title', 'body', 'places']);
		expect(added).toMatchObject({ id: 'new-step', date: '2017-01-02', precision: 'day' });
	});

	it('move past a neighbour of the same day, not past another day', () => {
		const w = work([step('a', '2017-01-02'), step('b', '2017-01-02'), step('c', '2017-01-05')]);
		const up = moveStep(w, 1, -1);
		expect('work' in up && ids(up.work)).toEqual(['b', 'a', 'c']);
		expect(moveStep(w, 1, 1)).toMatchObject({ refused: expect.stringMatching(/date order/) });
		expect(moveStep(w, 0, -1)).toMatchObject({ refused: 'It is the first step.' });
	});

	it('in a tour, move anywhere', () => {
		const tour = work([
			{ id: 'a', title: 'a', body: [], places: [] },
			{ id: 'b', title: 'b', body: [], places: [] }
		]);
		const down = moveStep(tour, 0, 1);
		expect('work' in down && ids(down.work)).toEqual(['b', 'a']);
	});

	it('take their place by date once every date is a day, and not while one is half typed', () => {
		const w = work([step('a', '2017-01-02'), step('b', '2017-01-20'), step('c', '2017-01-05')]);
		const sorted = keepDateOrder(w);
		expect(ids(sorted)).toEqual(['a', 'c', 'b']);
		expect(sorted.keys).toEqual(['a', 'c', 'b']);
		const typing = work([step('a', '2017-01-02'), step('b', '2017-01-2'), step('c', '2017-01-05')]);
		expect(keepDateOrder(typing)).toBe(typing);
	});
});

describe('places', () => {
	const aleppo = {
		id: 'aleppo',
		name: 'Aleppo',
		region: 'northern Syria',
		lon: 37.16,
		lat: 36.2,
		geonames: { name: 'Aleppo', country: 'SY' }
	};

	it('come from GeoNames into the gazetteer, named and placed as GeoNames has them', () => {
		const { work: next, id } = addPlace(work([step('a', '2017-01-02')], [aleppo]), 0, manbij);
		expect(id).toBe('manbij');
		expect((next.story.places as Doc[])[1]).toEqual({
			id: 'manbij',
			name: 'Manbij',
			region: 'Aleppo, Syria',
			lon: 37.95495,
			lat: 36.52815,
			geonames: { name: 'Manbij', country: 'SY' }
		});
		expect((next.story.events as Doc[])[0]!.places).toEqual(['manbij']);
	});

	it('reuse the gazetteer’s entry for the same GeoNames town', () => {
		const town = { ...manbij, name: 'Aleppo', lon: 37.16, lat: 36.2 };
		const { work: next, id } = addPlace(work([step('a', '2017-01-02')], [aleppo]), 0, town);
		expect(id).toBe('aleppo');
		expect(next.story.places).toHaveLength(1);
	});

	it('leave the gazetteer, and the editions, when no step uses them any more', () => {
		const w = work(
			[step('a', '2017-01-02', ['aleppo']), step('b', '2017-01-03', ['aleppo'])],
			[aleppo]
		);
		const once = removePlace(w, 0, 'aleppo');
		expect(once.story.places).toHaveLength(1);
		const gone = removePlace(once, 1, 'aleppo');
		expect(gone.story.places).toEqual([]);
		expect(gone.editions.ru!.places).toEqual({});
		expect(gone.from.ru).toEqual({});
	});

	it('follow a dragged marker to the nearest town, keeping a name the desk chose', () => {
		const renamed = { ...aleppo, name: 'Halab' };
		const moved = movePlace(work([], [renamed]), 'aleppo', manbij);
		expect((moved.story.places as Doc[])[0]).toMatchObject({
			name: 'Halab',
			lon: 37.95495,
			geonames: { name: 'Manbij' }
		});
		const followed = movePlace(work([], [aleppo]), 'aleppo', manbij);
		expect((followed.story.places as Doc[])[0]).toMatchObject({ name: 'Manbij' });
	});
});

describe('the camera from the map', () => {
	it('is the view, rounded, leaving out a level, north-up map’s tilt and turn', () => {
		expect(
			cameraFromView({ lon: 37.123456, lat: 36.987654, zoom: 6.123, pitch: 0, bearing: 0 })
		).toEqual({ center: [37.1235, 36.9877], zoom: 6.12 });
		expect(cameraFromView({ lon: 1, lat: 2, zoom: 3, pitch: 45.04, bearing: -20.26 })).toEqual({
			center: [1, 2],
			zoom: 3,
			pitch: 45,
			bearing: -20.3
		});
	});
});
