// The step's form is generated from the story's schema: its fields, labels and kinds come
// from the JSON Schema the zod schema writes, so a field added there shows in the editor.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { storyJsonSchema } from '../../tools/story/schema';
import { labelFor, stepForm, type Field, type JsonSchema } from '../../editor/shared/form';

const schema = storyJsonSchema() as JsonSchema;
const byKey = (fields: Field[], key: string) => fields.find((f) => f.key === key);

describe('the step form', () => {
	it('has the contract’s fields for a dated story, title first', () => {
		const fields = stepForm(schema, true);
		expect(fields[0]).toMatchObject({ key: 'title', label: 'Title', kind: 'text', required: true });
		expect(byKey(fields, 'date')).toMatchObject({ label: 'Date', kind: 'widget', widget: 'date' });
		expect(byKey(fields, 'body')).toMatchObject({ kind: 'widget', widget: 'paragraphs' });
		expect(byKey(fields, 'places')).toMatchObject({ kind: 'widget', widget: 'place-refs' });
		// The precision is the date field's own business; a tour's dateline is not asked for.
		expect(byKey(fields, 'precision')).toBeUndefined();
		expect(byKey(fields, 'dateline')).toBeUndefined();
	});

	it('asks a tour for its dateline, not for dates', () => {
		const keys = stepForm(schema, false).map((f) => f.key);
		expect(keys).toContain('dateline');
		for (const key of ['date', 'precision', 'time', 'end']) expect(keys).not.toContain(key);
	});

	it('takes each field’s guidance from the schema’s description', () => {
		const title = byKey(stepForm(schema, true), 'title');
		expect(title?.help).toBe('The step’s headline.');
		const group = byKey(stepForm(schema, true), 'group');
		expect(group?.help).toMatch(/strand of the story/);
	});

	it('gives each type its kind of field', () => {
		const fields = stepForm(schema, true);
		expect(byKey(fields, 'mapInteractive')).toMatchObject({ kind: 'flag', onlyTrue: true });
		expect(byKey(fields, 'end')).toMatchObject({ kind: 'object', required: false });
		const end = byKey(fields, 'end') as Field & { kind: 'object' };
		expect(end.fields.map((f) => f.key)).toEqual(['date', 'time']);
		const camera = byKey(fields, 'camera') as Field & { kind: 'widget' };
		expect(byKey(camera.fields!, 'center')).toMatchObject({ kind: 'tuple', label: 'Centre' });
		expect(byKey(camera.fields!, 'zoom')).toMatchObject({ kind: 'number', min: 0, max: 22 });
		const areas = byKey(fields, 'areas') as Field & { kind: 'list' };
		expect(areas.item.label).toBe('Area');
		expect(byKey((areas.item as Field & { kind: 'object' }).fields, 'geometry')).toMatchObject({
			widget: 'geometry'
		});
	});

	it('shows a field added to the schema, with no editor code', () => {
		// The story schema grown by one field, written out as the project writes it.
		const event = z.strictObject({
			id: z.string(),
			title: z.string().describe('The step’s headline.'),
			kicker: z.string().optional().describe('A line above the headline.'),
			severity: z.enum(['low', 'high']).describe('How grave it is.')
		});
		const grown = z.toJSONSchema(z.strictObject({ events: z.array(event) }), {
			io: 'input'
		}) as JsonSchema;
		const fields = stepForm(grown, false);
		expect(byKey(fields, 'kicker')).toMatchObject({
			label: 'Kicker',
			kind: 'text',
			required: false,
			help: 'A line above the headline.'
		});
		expect(byKey(fields, 'severity')).toMatchObject({ kind: 'choice', options: ['low', 'high'] });
	});

	it('labels keys it has no word for from their names', () => {
		expect(labelFor('mapInteractive')).toBe('Readers may move the map');
		expect(labelFor('overviewAlt')).toBe('Overview alt');
	});
});
