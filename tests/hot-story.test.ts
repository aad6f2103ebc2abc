// The dev server's part in a story file that changes while its page is open (the editor's
// preview): only some steps' words changed, and the page takes them in place; anything else,
// and it loads again; a page that was still starting is told what it missed.
import { describe, expect, it } from 'vitest';
import { missedSince, type StoryChange } from '../tools/story/hot-story';
import { proseChanges } from '../tools/story/prose-changes';
import type { Story } from '$lib/story/types';
import { FIXTURE_STORY, readStory } from './stories';

const story = readStory(FIXTURE_STORY);
/** The fixture, changed by `change` (on a copy). */
function changed(change: (copy: Story) => void): Story {
	const copy = structuredClone(story);
	change(copy);
	return copy;
}

describe('proseChanges', () => {
	it('names the steps whose title or paragraphs changed, in the story’s order', () => {
		const [first, , third] = story.events;
		const after = changed((s) => {
			s.events[2]!.body = [...s.events[2]!.body, { text: 'A paragraph more.', sources: [] }];
			s.events[0]!.title += ' (updated)';
		});
		expect(proseChanges(story, after)).toEqual([first!.id, third!.id]);
	});

	it('is empty for the same story', () => {
		expect(proseChanges(story, structuredClone(story))).toEqual([]);
	});

	it.each<[string, (copy: Story) => void]>([
		['a step’s places', (s) => (s.events[1]!.places = [])],
		['a step’s date', (s) => (s.events[1]!.date = '1990-01-01')],
		['a step’s id', (s) => (s.events[1]!.id = 'renamed')],
		['the steps’ order', (s) => s.events.reverse()],
		['a step more', (s) => s.events.push({ ...s.events[0]!, id: 'another' })],
		['the story’s title', (s) => (s.meta.title += '!')],
		['a place', (s) => (s.places[0]!.name += '!')]
	])('is null when more than words changed: %s', (_, change) => {
		expect(proseChanges(story, changed(change))).toBeNull();
	});
});

describe('missedSince', () => {
	const changes: StoryChange[] = [
		{ at: 100, steps: ['a'] },
		{ at: 200, steps: ['b', 'a'] },
		{ at: 300, steps: ['c'] }
	];

	it('tells nothing to a page that started after the last change', () => {
		expect(missedSince(changes, 301)).toBeNull();
	});

	it('tells a page that started meanwhile every step whose words it missed, once', () => {
		expect(missedSince(changes, 150)).toEqual({
			type: 'custom',
			event: 'story:prose',
			data: { steps: ['b', 'a', 'c'] }
		});
	});

	it('reloads a page that missed more than words', () => {
		const more = [...changes, { at: 400, steps: null }];
		expect(missedSince(more, 350)).toEqual({ type: 'full-reload' });
		expect(missedSince(more, 401)).toBeNull();
	});

	it('reloads a page that started before every change remembered (some may be forgotten)', () => {
		const many = Array.from({ length: 20 }, (_, i) => ({ at: i * 10, steps: ['a'] }));
		expect(missedSince(many, 0)).toEqual({ type: 'full-reload' });
		expect(missedSince(many, 5)).toMatchObject({ type: 'custom' });
	});
});
