import { describe, expect, it } from 'vitest';
import { pageStart } from '../tools/story/page-start';
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
		const start = pageStart(head, []);
		expect(start.events[0]!.body).toEqual([]);
		expect(start.events[0]!.media).toBeUndefined();
		expect(start.meta.intro).toEqual([]);
		expect(start.meta.about).toEqual([]);
		expect(JSON.stringify(start)).not.toContain('Words of first');
		expect(start.events[0]).toMatchObject({ id: 'first', date: '2016-12-11', places: ['palmyra'] });
		expect(start.meta.title).toBe('A story');
		expect(start.eventCount).toBe(3);
	});

	it('keeps only the sources the later events cite, in their words or their media', () => {
		const later = [event('second', ['c']), event('third', [], 'd')];
		expect(pageStart(head, later).sources.map((s) => s.id)).toEqual(['c', 'd']);
		expect(pageStart(head, []).sources).toEqual([]);
	});

	it('changes nothing in the head it is given (the server keeps all of it)', () => {
		pageStart(head, []);
		expect(head.events[0]!.body[0]!.text).toBe('Words of first');
		expect(head.meta.intro).toHaveLength(1);
		expect(head.sources).toHaveLength(4);
	});
});
