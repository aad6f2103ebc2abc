import { describe, expect, it } from 'vitest';
import { daysBetween, generateStory } from '$lib/story/generate.js';
import { validateStory } from '$lib/story/schema';
import { story } from './built-in-story';

describe('a generated benchmark story', () => {
	it('is a valid story file of the count asked for, over every day of the span', () => {
		const long = generateStory(story, 300);
		expect(long.events).toHaveLength(300);
		expect(validateStory(long)).toEqual([]);
		const days = new Set(long.events.map((e) => e.date));
		expect([...days]).toEqual(daysBetween(story.meta.span.start, story.meta.span.end));
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

	it('refuses a count that is not a whole number', () => {
		expect(() => generateStory(story, 0)).toThrow('--events');
		expect(() => generateStory(story, 2.5)).toThrow('--events');
	});
});
