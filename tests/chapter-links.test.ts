import { describe, expect, it } from 'vitest';
import { chapterFragment, parseChapterFragment } from '$lib/navigation/chapter-links';
import { MAX_FRAGMENT_LENGTH } from '$lib/navigation/date-links';
import { isPlainClick, rovingTarget } from '$lib/navigation/link-row';
import { groupByDay } from '$lib/story/lookup';
import { splitStory } from '../tools/story/split';
import { tour } from './stories';

const ids = tour.events.map((event) => event.id);
const [first, second] = ids as [string, string];
const last = ids.at(-1)!;

describe('parseChapterFragment', () => {
	it('reads a chapter by its id, from its place in the story', () => {
		expect(parseChapterFragment(`#${second}`, ids)).toEqual({ kind: 'chapter', index: 1 });
		expect(parseChapterFragment(last, ids)).toEqual({ kind: 'chapter', index: ids.length - 1 });
		expect(parseChapterFragment(chapterFragment(tour.events[0]!), ids)).toEqual({
			kind: 'chapter',
			index: 0
		});
	});

	it('leaves no fragment, and other elements of the page, to the browser', () => {
		expect(parseChapterFragment('', ids)).toEqual({ kind: 'none' });
		expect(parseChapterFragment('#', ids)).toEqual({ kind: 'none' });
		expect(parseChapterFragment('#story', ids, (id) => id === 'story')).toEqual({ kind: 'none' });
		// An amp-iframe's own fragment is no chapter link: no note.
		expect(parseChapterFragment('#amp=1', ids)).toEqual({ kind: 'none' });
		expect(parseChapterFragment('#x=1', ids).kind).toBe('invalid');
	});

	it('explains anything else without echoing it', () => {
		for (const hash of [
			'#no-such-chapter',
			'#2017-01-18',
			`#${first.toUpperCase()}`,
			'#%E0%A4%A',
			'#<script>alert(1)</script>',
			`#${'a'.repeat(MAX_FRAGMENT_LENGTH + 1)}`
		]) {
			const request = parseChapterFragment(hash, ids);
			expect(request.kind, hash).toBe('invalid');
			if (request.kind === 'invalid') {
				expect(request.message).not.toContain('script');
				expect(request.message).not.toContain('no-such');
				expect(request.message.length).toBeGreaterThan(20);
			}
		}
	});

	it('reads an id written percent-encoded', () => {
		expect(parseChapterFragment(`#${encodeURIComponent(second)}`, ids)).toEqual({
			kind: 'chapter',
			index: 1
		});
	});
});

describe('a tour on the page', () => {
	it('ships whole: every chapter is in the page it starts with, however many', () => {
		const long = {
			...tour,
			events: Array.from({ length: 40 }, (_, i) => ({
				...tour.events[i % tour.events.length]!,
				id: `chapter-${i}`
			}))
		};
		const { head, parts } = splitStory(long, 12);
		expect(head.events).toHaveLength(40);
		expect(parts).toEqual([]);
		expect(head.laterMonths).toEqual([]);
	});

	it('groups no chapters together: each is its own link target', () => {
		expect(groupByDay(tour.events)).toHaveLength(tour.events.length);
	});
});

describe('a row of links', () => {
	it('moves with the arrows the way the text runs, and to the ends with Home and End', () => {
		expect(rovingTarget('ArrowRight', 2, 6, false)).toBe(3);
		expect(rovingTarget('ArrowLeft', 2, 6, false)).toBe(1);
		expect(rovingTarget('ArrowLeft', 2, 6, true)).toBe(3);
		expect(rovingTarget('ArrowRight', 0, 6, true)).toBe(0);
		expect(rovingTarget('ArrowRight', 5, 6, false)).toBe(5);
		expect(rovingTarget('Home', 4, 6, false)).toBe(0);
		expect(rovingTarget('End', 1, 6, true)).toBe(5);
		expect(rovingTarget('Enter', 1, 6, false)).toBeUndefined();
	});

	it('leaves clicks that open a new tab or window to the browser', () => {
		const click = (init: MouseEventInit) => ({ button: 0, ...init }) as MouseEvent;
		expect(isPlainClick(click({}))).toBe(true);
		expect(isPlainClick(click({ ctrlKey: true }))).toBe(false);
		expect(isPlainClick(click({ metaKey: true }))).toBe(false);
		expect(isPlainClick(click({ shiftKey: true }))).toBe(false);
		expect(isPlainClick(click({ button: 1 }))).toBe(false);
	});
});
