// The edition's page in the preview while it is being translated: what is not translated yet
// stands in English in the preview's copy, so the page builds; the build's own check agrees.
import { describe, expect, it } from 'vitest';
import { builtIn } from '../stories';
import { checkEdition } from '../../editor/server/checks';
import {
	directionOf,
	editionForPreview,
	languageName,
	withNotesOwed
} from '../../editor/shared/edition-preview';
import { getIn, setIn } from '../../editor/shared/paths';
import ru from '../../stories/road-to-astana.ru.json' with { type: 'json' };
import type { Story } from '../../src/lib/story/types';

type Doc = Record<string, unknown>;
const story = builtIn as unknown as Doc;
const edition = ru as unknown as Doc;
const [first, second] = builtIn.events as { id: string; title: string; body: unknown[] }[];

describe("an edition's preview copy", () => {
	it('is the edition itself when it is complete', () => {
		const shown = editionForPreview(story, edition);
		expect(shown.inEnglish).toEqual([]);
		expect(shown.edition).toBe(edition);
	});

	it('gives each text not translated yet in English, and builds', () => {
		let partial = setIn(edition, ['events', first!.id, 'title'], undefined);
		partial = setIn(partial, ['events', second!.id], undefined);
		expect(checkEdition(builtIn as unknown as Story, partial).length).toBeGreaterThan(0);
		const shown = editionForPreview(story, partial);
		// The English paragraph quotes a source in English: the edition's note is owed after it.
		const problems = checkEdition(builtIn as unknown as Story, shown.edition);
		expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^must say/)]);
		const owed = withNotesOwed(shown.edition, problems, shown.inEnglish);
		expect(checkEdition(builtIn as unknown as Story, owed)).toEqual([]);
		const paragraph = getIn(owed, problems[0]!.path) as string;
		expect(paragraph.endsWith(` ${(edition.meta as Doc).quotationNote}`)).toBe(true);
		// A paragraph the translator wrote is left for them to fix.
		expect(withNotesOwed(shown.edition, problems, [])).toBe(shown.edition);
		const events = shown.edition.events as Record<string, { title: string; body: unknown[] }>;
		expect(events[first!.id]!.title).toBe(first!.title);
		expect(events[second!.id]!.title).toBe(second!.title);
		expect(events[second!.id]!.body).toHaveLength(second!.body.length);
		expect(shown.inEnglish.map((u) => u.key)).toContain(`events/${first!.id}/title`);
		// The translator's own words elsewhere stay theirs; the edition given is not changed.
		expect((edition.events as Doc)[first!.id]).toMatchObject({ title: expect.any(String) });
		expect(events[first!.id]!.body).toEqual(
			((edition.events as Doc)[first!.id] as { body: unknown[] }).body
		);
	});

	it("leaves the edition's own words (its quotation note) missing: nothing English stands for them", () => {
		const partial = setIn(edition, ['meta', 'quotationNote'], undefined);
		const shown = editionForPreview(story, partial);
		expect(getNote(shown.edition)).toBeUndefined();
		expect(checkEdition(builtIn as unknown as Story, shown.edition)).not.toEqual([]);
	});

	it('names the language and its direction', () => {
		expect(languageName('ru')).toBe('Russian');
		expect(directionOf('ar')).toBe('rtl');
		expect(directionOf('ru')).toBe('ltr');
	});
});

const getNote = (doc: Doc) => (doc.meta as Doc | undefined)?.quotationNote;
