import { describe, expect, it } from 'vitest';
import type { Story } from '$lib/story/types';
import { validateStory } from '../tools/story/problems';
import { isQuotedFrom, piecesOf, quotationsIn, sentencesQuoting } from '../tools/story/quotations';
import { fixture, fixtureEvent } from './stories';

const source = `"It's likely that Russia will support the new attack," said Isaev. "It's a question of reputation."`;

describe('quotations', () => {
	it('are the passages between curly double quotes', () => {
		expect(quotationsIn('He said “one” and then “two, three”.')).toEqual(['one', 'two, three']);
	});

	it('match word for word, typographic apostrophes aside', () => {
		expect(isQuotedFrom('It’s a question of reputation', source)).toBe(true);
		expect(isQuotedFrom('It’s a question of honour', source)).toBe(false);
	});

	it('allow a cut marked with an ellipsis and an insertion in brackets, in order', () => {
		expect(isQuotedFrom('It’s likely … [Moscow] will support the new attack', source)).toBe(true);
		expect(piecesOf('a … b [c] d')).toEqual(['a', 'b', 'd']);
		// The pieces must stand in the source's order.
		expect(isQuotedFrom('a question of reputation … It’s likely', source)).toBe(false);
	});

	it('leave a final comma or full stop to the story’s sentence', () => {
		expect(isQuotedFrom('support the new attack.', source)).toBe(true);
		expect(isQuotedFrom('', source)).toBe(false);
	});

	it('are read in whole sentences, whatever punctuation they hold', () => {
		const text = 'Calm here. “Why? Why not?” Isaev asked. “Fine,” he said. Nothing quoted.';
		expect(sentencesQuoting(text)).toEqual(['“Why? Why not?” Isaev asked.', '“Fine,” he said.']);
	});
});

describe('a quotation of someone quoted in translation', () => {
	// The fixture, its quoted minister quoting in translation (invented): his quotations
	// carry the note. The check reads words as a reader does: a link's address is no word.
	const NOTE = '(the Fixture Gazette’s translation)';
	const quoting = fixtureEvent((e) => e.body.some((p) => p.text.includes('“')));
	const withText = (text: string): Story => ({
		...fixture,
		sources: fixture.sources.map((source) =>
			source.speakers?.length
				? { ...source, quotedInTranslation: [{ speakers: source.speakers, note: NOTE }] }
				: source
		),
		events: fixture.events.map((event) =>
			event === quoting
				? { ...event, body: event.body.map((p) => (p.text.includes('“') ? { ...p, text } : p)) }
				: event
		)
	});
	const quote = '[Test fixture: invented text] “We heard them,” an invented minister';

	it('must say so where the sentence names him', () => {
		const story = withText(`${quote}, Ortega, told the Fixture Gazette.`);
		expect(validateStory(story).join('\n')).toContain('quotes a translation without saying so');
		expect(validateStory(withText(`${quote}, Ortega, told the Fixture Gazette ${NOTE}.`))).toEqual(
			[]
		);
	});

	it('need not where his name is only in a link’s address', () => {
		const linked = `${quote} told [the Fixture Gazette](https://example.org/Ortega).`;
		expect(validateStory(withText(linked))).toEqual([]);
	});
});
