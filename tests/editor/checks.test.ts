// The checks each change goes through name their field by path, so the form marks it.
import { describe, expect, it } from 'vitest';
import { checkEdition, checkStory, editionPath, filesNear } from '../../editor/server/checks';
import { fixture, builtIn } from '../stories';
import { setIn } from '../../editor/shared/paths';
import ru from '../../stories/road-to-astana.ru.json' with { type: 'json' };

type Doc = Record<string, unknown>;

describe('the story’s checks', () => {
	const files = filesNear('stories/fixtures/andes-1990.json');

	it('find nothing wrong with the fixture', () => {
		expect(checkStory(fixture, files).filter((p) => p.blocking)).toEqual([]);
	});

	it('name a media problem by its item and field', () => {
		const broken = setIn(fixture as unknown as Doc, ['events', 1, 'media', 0, 'alt'], undefined);
		expect(checkStory(broken, files)).toContainEqual({
			path: ['events', 1, 'media', 0, 'alt'],
			message: expect.stringMatching(/^is missing/),
			blocking: true
		});
	});

	it('warn of a quotation no archived source can vouch for, without holding it back', () => {
		const quoting = setIn(
			fixture as unknown as Doc,
			['events', 0, 'body', 0, 'text'],
			'The wire said it was “a quiet day”.'
		);
		const problem = checkStory(quoting, files).find((p) => /quiet day/.test(p.message));
		expect(problem).toMatchObject({ path: ['events', 0, 'body', 0, 'text'], blocking: false });
	});
});

describe('an edition’s checks', () => {
	it('read the build’s paths back', () => {
		expect(editionPath('events["palmyra-falls"].body[2]')).toEqual([
			'events',
			'palmyra-falls',
			'body',
			2
		]);
		expect(editionPath('meta.countryLabels["Saudi Arabia"]')).toEqual([
			'meta',
			'countryLabels',
			'Saudi Arabia'
		]);
	});

	it('tell work to do (a missing translation) from what the build refuses', () => {
		const id = builtIn.events[0]!.id;
		const lacking = setIn(ru as unknown as Doc, ['events', id, 'body'], []);
		expect(checkEdition(builtIn, lacking)).toContainEqual({
			path: ['events', id, 'body', 0],
			message: 'is missing',
			blocking: false
		});
		const extra = setIn(ru as unknown as Doc, ['events', 'invented'], { title: 'x', body: [] });
		expect(checkEdition(builtIn, extra)).toContainEqual({
			path: ['events', 'invented'],
			message: 'is not in the story',
			blocking: true
		});
		const empty = setIn(ru as unknown as Doc, ['events', id, 'title'], '');
		expect(checkEdition(builtIn, empty)).toContainEqual({
			path: ['events', id, 'title'],
			message: 'is empty',
			blocking: true
		});
	});
});
