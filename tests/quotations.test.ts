import { describe, expect, it } from 'vitest';
import { isQuotedFrom, piecesOf, quotationsIn, sentencesQuoting } from '../tools/story/quotations';

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
