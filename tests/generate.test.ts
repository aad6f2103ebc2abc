import { describe, expect, it } from 'vitest';
import { daysBetween, generateStory } from '../tools/story/generate';
import { validateStory } from '../tools/story/problems';
import type { Story } from '$lib/story/types';
import { plainText } from '$lib/text/rich-text';
import { fixture as story, fixtureEvent } from './stories';

/**
 * The fixture, with its quoted minister quoting in translation: each of his quotations
 * carries the note, which reordered words would no longer keep in its sentence.
 */
const NOTE = '(the Fixture Gazette’s translation)';
const quoting = fixtureEvent((e) => e.body.some((p) => p.text.includes('“')));
const translated: Story = {
	...story,
	sources: story.sources.map((source) =>
		source.speakers?.length
			? { ...source, quotedInTranslation: [{ speakers: source.speakers, note: NOTE }] }
			: source
	),
	events: story.events.map((event) =>
		event === quoting
			? {
					...event,
					body: event.body.map((p) => ({ ...p, text: p.text.replace(/\.$/, ` ${NOTE}.`) }))
				}
			: event
	)
};

describe('a generated benchmark story', () => {
	it('is a valid story file of the count asked for, over every day of the span', () => {
		const long = generateStory(story, 300);
		expect(long.events).toHaveLength(300);
		expect(validateStory(long)).toEqual([]);
		const days = new Set(long.events.map((e) => e.date));
		expect([...days]).toEqual(daysBetween(story.meta.span.start, story.meta.span.end));
	});

	it('is valid even where its base quotes in translation (reordered words lose the note)', () => {
		expect(validateStory(translated)).toEqual([]);
		expect(translated.sources.some((s) => s.quotedInTranslation)).toBe(true);
		const long = generateStory(translated, 300);
		expect(validateStory(long)).toEqual([]);
		expect(long.sources.some((s) => s.quotedInTranslation)).toBe(false);
	});

	it('is the same every time, and its repeats are reworded, not copied', () => {
		expect(generateStory(story, 50)).toEqual(generateStory(story, 50));
		const long = generateStory(story, 20);
		const first = long.events[0]!.body[0]!.text;
		const repeat = long.events[story.events.length]!.body[0]!.text;
		expect(first).toBe(story.events[0]!.body[0]!.text);
		expect(repeat).not.toBe(first);
		expect(repeat.split(' ').sort()).toEqual(first.split(' ').sort());
	});

	it('rewords the words of a text with links, never their addresses', () => {
		const linked: Story = {
			...story,
			events: story.events.map((e, i) =>
				i === 0
					? {
							...e,
							body: [
								{
									...e.body[0]!,
									text: `${e.body[0]!.text} See [the invented wire](https://example.org/wire).`
								}
							]
						}
					: e
			)
		};
		const long = generateStory(linked, story.events.length + 1);
		expect(long.events[0]!.body[0]!.text).toContain('](https://example.org/wire)');
		const repeat = long.events.at(-1)!.body[0]!.text;
		expect(repeat).not.toMatch(/example\.org|\]\(/);
		// The same words as a reader reads in the first copy, in another order.
		const words = plainText(long.events[0]!.body[0]!.text).split(' ');
		expect(repeat.split(' ').sort()).toEqual(words.sort());
	});

	it('refuses a count that is not a whole number', () => {
		expect(() => generateStory(story, 0)).toThrow('--events');
		expect(() => generateStory(story, 2.5)).toThrow('--events');
	});
});
