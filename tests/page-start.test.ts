import { describe, expect, it } from 'vitest';
import { pageStart, sourcesCitedBy } from '../tools/story/page-start';
import { indexStory } from '../src/lib/story/lookup';
import type { ShippedEvent, StoryHead } from '../src/lib/story/types';

const paragraph = (text: string, sources: string[]) => ({ text, sources });
const event = (id: string, sources: string[], mediaSource?: string): ShippedEvent =>
	({
		id,
		date: '2016-12-11',
		precision: 'day',
		title: `Title ${id}`,
		body: [paragraph(`Words of ${id}`, sources)],
		places: ['palmyra'],
		...(mediaSource
			? { media: [{ file: 'a.jpg', alt: 'A', credit: 'C', source: mediaSource }] }
			: {})
	}) as ShippedEvent;

const source = (id: string) => ({ id, outlet: `Outlet ${id}`, title: `T ${id}` });
const head = {
	meta: { title: 'A story', intro: [paragraph('Intro words', ['a'])], about: ['The note'] },
	places: [],
	sources: ['a', 'b', 'c', 'd'].map(source),
	events: [event('first', ['a'], 'b')],
	eventCount: 3
} as unknown as StoryHead;

describe('pageStart: what the browser starts with', () => {
	it('leaves out the words the server writes in, and keeps what the page acts on', () => {
		const start = pageStart(head);
		expect(start.events[0]!.body).toEqual([]);
		expect(start.events[0]!.media).toBeUndefined();
		expect(start.meta.intro).toEqual([]);
		expect(start.meta.about).toEqual([]);
		expect(JSON.stringify(start)).not.toContain('Words of first');
		expect(start.events[0]).toMatchObject({ id: 'first', date: '2016-12-11', places: ['palmyra'] });
		expect(start.meta.title).toBe('A story');
		expect(start.eventCount).toBe(3);
	});

	it('starts without sources: the later events bring those they cite, in words or media', () => {
		expect(pageStart(head).sources).toEqual([]);
		const later = [event('second', ['c']), event('third', [], 'd')];
		expect(sourcesCitedBy(later, head.sources).map((s) => s.id)).toEqual(['c', 'd']);
		expect(sourcesCitedBy([], head.sources)).toEqual([]);
	});

	it('changes nothing in the head it is given (the server keeps all of it)', () => {
		pageStart(head);
		expect(head.events[0]!.body[0]!.text).toBe('Words of first');
		expect(head.meta.intro).toHaveLength(1);
		expect(head.sources).toHaveLength(4);
	});
});

describe('indexStory: the sources the page knows', () => {
	it('finds a source once it is added, as a later part brings it', () => {
		const index = indexStory({ places: [], sources: [] });
		const later = event('second', ['c', 'a', 'c']);
		expect(index.sourcesOf(later)).toEqual([]);
		expect(index.sourceOf('c')).toBeUndefined();
		index.addSources(sourcesCitedBy([later], head.sources));
		expect(index.sourcesOf(later).map((s) => s.id)).toEqual(['c', 'a']);
		expect(index.sourceOf('c')?.outlet).toBe('Outlet c');
		expect(index.sourceOf('b')).toBeUndefined();
	});
});
