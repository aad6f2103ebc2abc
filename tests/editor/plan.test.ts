// What a change writes and what waits in the draft: the story file is only ever one the
// build accepts; a broken step keeps its last good version there (or none, if it is new).
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../editor/shared/api';
import { inDateOrder, planEdition, planStory, writtenSteps } from '../../editor/server/plan';

type Doc = Record<string, unknown>;
const step = (id: string, date: string, title = id) => ({ id, date, precision: 'day', title });
/** A check that finds a bad date in a step, or an empty headline. */
const check = (story: Doc): Problem[] => [
	...(story.events as Doc[]).flatMap((event, i) =>
		/^\d{4}-\d{2}-\d{2}$/.test(String(event.date)) && !String(event.date).includes('-13-')
			? []
			: [{ path: ['events', i, 'date'], message: 'is not a day', blocking: true }]
	),
	...((story.meta as Doc).title
		? []
		: [{ path: ['meta', 'title'], message: 'is empty', blocking: true }])
];

describe('planning a save', () => {
	const saved = new Map<string, unknown>([
		['a', step('a', '2017-01-01')],
		['b', step('b', '2017-01-05', 'B as saved')]
	]);

	it('writes the whole story when nothing is wrong', () => {
		const story = {
			meta: { title: 'M' },
			events: [step('a', '2017-01-01'), step('b', '2017-01-06')]
		};
		expect(planStory(story, ['a', 'b'], saved, check)).toMatchObject({
			write: story,
			held: [],
			drafted: false
		});
	});

	it('keeps a broken step’s last good version in the file, and a new broken step out of it', () => {
		const story = {
			meta: { title: 'M' },
			events: [step('a', '2017-01-01'), step('b', '2017-13-45', 'B now'), step('n', '2017-13-02')]
		};
		const plan = planStory(story, ['a', 'b', 'n'], saved, check);
		expect(plan.held).toEqual([1, 2]);
		expect(plan.drafted).toBe(true);
		expect(plan.write?.events).toEqual([
			step('a', '2017-01-01'),
			step('b', '2017-01-05', 'B as saved')
		]);
		expect(plan.problems.map((p) => p.path)).toEqual([
			['events', 1, 'date'],
			['events', 2, 'date']
		]);
	});

	it('writes nothing while a problem lies outside the steps', () => {
		const story = { meta: { title: '' }, events: [step('a', '2017-01-02')] };
		expect(planStory(story, ['a'], saved, check)).toMatchObject({ write: null, drafted: true });
	});

	it('remembers each written step by its key, and not the held ones', () => {
		const story = { meta: { title: 'M' }, events: [step('a2', '2017-01-03'), step('b', 'x')] };
		const plan = planStory(story, ['a', 'b'], saved, check);
		const next = writtenSteps(story, ['a', 'b'], plan, saved);
		expect(next.get('a')).toEqual(step('a2', '2017-01-03'));
		expect(next.get('b')).toEqual(step('b', '2017-01-05', 'B as saved'));
	});

	it('puts steps in date order, a day’s steps in their order', () => {
		expect(
			inDateOrder([step('x', '2017-01-05'), step('y', '2017-01-01'), step('z', '2017-01-05')]).map(
				(e) => e.id
			)
		).toEqual(['y', 'x', 'z']);
	});
});

describe('planning an edition', () => {
	const onDisk = { edition: 'ru', events: { a: { title: 'А', body: ['п'] } } };
	const editionCheck = (edition: Doc): Problem[] =>
		Object.entries(edition.events as Record<string, Doc>).flatMap(([id, entry]) => [
			...(entry.title === undefined
				? [{ path: ['events', id, 'title'], message: 'must be text', blocking: true }]
				: []),
			...(id === 'gone'
				? [{ path: ['events', id], message: 'is not in the story', blocking: true }]
				: []),
			...((entry.body as unknown[]).length === 0
				? [{ path: ['events', id, 'body', 0], message: 'is missing', blocking: false }]
				: [])
		]);

	it('writes missing translations as missing: they are work to do, not a reason to wait', () => {
		const working = { edition: 'ru', events: { a: { title: 'А2', body: [] } } };
		const plan = planEdition(working, onDisk, editionCheck);
		expect(plan.write).toEqual(working);
		expect(plan.drafted).toBe(false);
		expect(plan.problems).toHaveLength(1);
	});

	it('keeps an entry the build would refuse at its version on disk, or out', () => {
		const working = {
			edition: 'ru',
			events: { a: { body: ['новый'] }, gone: { title: 'x', body: ['y'] } }
		};
		const plan = planEdition(working, onDisk, editionCheck);
		expect(plan.write).toEqual(onDisk);
		expect(plan.drafted).toBe(true);
	});

	it('cuts a list at its first gap: a later paragraph waits for the one before it', () => {
		const working = {
			edition: 'ru',
			events: { a: { title: 'А', body: ['один', undefined, 'три'] } }
		};
		expect(planEdition(working, onDisk, editionCheck).write).toEqual({
			edition: 'ru',
			events: { a: { title: 'А', body: ['один'] } }
		});
	});
});
