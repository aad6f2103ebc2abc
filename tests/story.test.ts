import { describe, expect, it } from 'vitest';
import { groupByDay, placesOf, sourcesOf } from '$lib/story';
import { story } from './built-in-story';
import { citationOf } from '$lib/story/citation';
import { formatDate } from '$lib/story/dates';

const eventOn = (date: string) => story.events.filter((event) => event.date === date);

describe('the story', () => {
	it('runs from December 2016 to the talks on 23 January 2017', () => {
		expect(story.events.length).toBeGreaterThanOrEqual(8);
		expect(story.events[0]!.date.startsWith('2016-12')).toBe(true);
		const last = story.events.at(-1)!;
		expect(last.date).toBe('2017-01-23');
		expect(last.places[0]).toBe('astana');
	});

	it('has the events the story is about', () => {
		expect(
			story.events.find((e) => e.places.includes('palmyra') && e.date.startsWith('2016-12'))
		).toBeTruthy();
		expect(
			eventOn('2016-12-30')[0]
				?.body.map((p) => p.text)
				.join(' ')
		).toMatch(/Islamic State/);
		expect(story.events.some((e) => e.places.includes('mosul'))).toBe(true);
		const deirEzZor = story.events.find((e) => e.places.includes('deir-ez-zor'));
		expect(deirEzZor?.date.startsWith('2017-01')).toBe(true);
		expect(eventOn('2017-01-18')[0]?.places).toContain('al-bab');
		expect(
			story.events.some((e) => /Tetrapylon/.test(e.title) && e.places.includes('palmyra'))
		).toBe(true);
	});

	it('highlights each of the five towns in some step', () => {
		const highlighted = new Set(story.events.flatMap((event) => event.places));
		for (const id of ['al-bab', 'mosul', 'palmyra', 'deir-ez-zor', 'astana'])
			expect(highlighted.has(id), id).toBe(true);
	});

	it('cites an outside source wherever it gives a day the article does not', () => {
		// Days the article states: the truce and the Al Bab strikes (the talks it only announces).
		const articleDays = new Set(['2016-12-30', '2017-01-18']);
		for (const event of story.events) {
			const outside = sourcesOf(event).filter((source) => source.id !== 'article');
			if (event.precision === 'day' && !articleDays.has(event.date))
				expect(outside.length, event.id).toBeGreaterThan(0);
		}
	});

	it('reports the talks’ opening from a source written after it', () => {
		const talks = story.events.at(-1)!;
		const after = sourcesOf(talks).filter((source) => source.date >= talks.date);
		expect(after.length).toBeGreaterThan(0);
	});

	it('resolves places and sources in the event’s order', () => {
		const truce = eventOn('2016-12-30')[0]!;
		expect(placesOf(truce).map((p) => p.id)).toEqual(truce.places);
		const strikes = eventOn('2017-01-18')[0]!;
		expect(sourcesOf(strikes).map((s) => s.id)).toEqual([
			...new Set(strikes.body.flatMap((p) => p.sources))
		]);
	});

	it('groups events that share a day', () => {
		const days = groupByDay(story.events);
		expect(days.flat()).toEqual(story.events);
		expect(new Set(days.map((day) => day[0]!.date)).size).toBe(days.length);
		expect(days.find((day) => day[0]!.date === '2017-01-01')?.length).toBe(2);
	});

	it('writes dates the way the story prints them', () => {
		expect(formatDate('2017-01-18')).toBe('18 January 2017');
		expect(formatDate('2016-12-01', 'month')).toBe('December 2016');
	});
});

describe('a citation', () => {
	const reuters = story.sources.find((s) => s.id === 'reuters-palmyra-captured')!;
	const article = story.sources.find((s) => s.id === 'article')!;

	it('quotes the headline, then the byline and the day', () => {
		expect(citationOf(reuters)).toEqual({
			title: `“${reuters.title}”`,
			after: `, by ${reuters.author}, 11 December 2016`
		});
	});

	it('describes a piece whose headline is not known, without quotation marks', () => {
		expect(citationOf(article).title).toBe(article.title);
		expect(citationOf(article).after).toBe(', January 2017');
	});
});
