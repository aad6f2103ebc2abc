// What an edition translates, and which translations are missing or stale (the English
// changed after the translation was made).
import { describe, expect, it } from 'vitest';
import { builtIn } from '../stories';
import { textHash } from '../../editor/shared/hash';
import { setIn } from '../../editor/shared/paths';
import { deleteStep, renameStep } from '../../editor/shared/story-ops';
import {
	confirm,
	tally,
	translatableUnits,
	translate,
	unitState,
	withBaseline
} from '../../editor/shared/translations';
import ru from '../../stories/road-to-astana.ru.json' with { type: 'json' };
import type { Work } from '../../editor/shared/api';

type Doc = Record<string, unknown>;
const story = builtIn as unknown as Doc;
const edition = ru as unknown as Doc;

describe('the units of a translation', () => {
	const units = translatableUnits(story);

	it('are each text an edition translates, at its path in the edition file', () => {
		const first = builtIn.events[0]!;
		expect(units).toContainEqual(
			expect.objectContaining({
				label: 'Title',
				english: first.title,
				path: ['events', first.id, 'title']
			})
		);
		expect(units).toContainEqual(
			expect.objectContaining({
				label: 'Paragraph 2',
				path: ['events', first.id, 'body', 1],
				long: true
			})
		);
		expect(units).toContainEqual(
			expect.objectContaining({ label: 'Name', path: ['places', 'palmyra', 'name'] })
		);
		expect(units.find((u) => u.key === 'meta/quotationNote')?.english).toBeUndefined();
	});

	it('find the built-in editions complete', () => {
		const from = withBaseline(units, edition, {});
		expect(tally(units, edition, from)).toMatchObject({ missing: 0, stale: 0 });
	});

	it('mark a translation stale once its English changes, until retranslated or confirmed', () => {
		const from = withBaseline(units, edition, {});
		const id = builtIn.events[0]!.id;
		const changed = setIn(story, ['events', 0, 'title'], 'A new English headline');
		const unit = translatableUnits(changed).find((u) => u.key === `events/${id}/title`)!;
		expect(unitState(unit, edition, from)).toBe('stale');
		const again = translate(unit, 'Новый заголовок', edition, from);
		expect(unitState(unit, again.edition, again.from)).toBe('done');
		expect(unitState(unit, edition, confirm(unit, from))).toBe('done');
		expect(again.from[unit.key]).toBe(textHash('A new English headline'));
	});

	it('count a step the edition lacks as missing', () => {
		const added = setIn(story, ['events', 9], {
			id: 'new-step',
			title: 'New',
			body: [{ text: 'Words.', sources: ['article'] }],
			places: []
		});
		const units2 = translatableUnits(added);
		const counts = tally(units2, edition, withBaseline(units2, edition, {}));
		expect(counts.missing).toBe(2);
	});
});

describe('steps renamed or deleted', () => {
	const work: Work = {
		story,
		keys: [],
		editions: { ru: edition },
		from: { ru: { 'events/palmyra-falls/title': 'abc' } }
	};

	it('take their translations and fingerprints with them', () => {
		const index = builtIn.events.findIndex((e) => e.id === 'palmyra-falls');
		const renamed = renameStep(work, index, 'palmyra-lost');
		expect((renamed.editions.ru!.events as Doc)['palmyra-lost']).toEqual(
			(edition.events as Doc)['palmyra-falls']
		);
		expect((renamed.editions.ru!.events as Doc)['palmyra-falls']).toBeUndefined();
		expect(renamed.from.ru).toEqual({ 'events/palmyra-lost/title': 'abc' });
		const deleted = deleteStep({ ...work, keys: builtIn.events.map((_, i) => String(i)) }, index);
		expect((deleted.editions.ru!.events as Doc)['palmyra-falls']).toBeUndefined();
		expect(deleted.from.ru).toEqual({});
	});
});
