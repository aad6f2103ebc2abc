import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editionInfo } from '$lib/editions.js';
import { dateLabels, formatDate, useDateLocale } from '$lib/story/dates';
import type { EditionFile } from '$lib/story/edition-schema';
import { localizeStory } from '$lib/story/localize';
import { story } from './built-in-story';

const ar = JSON.parse(readFileSync('stories/road-to-astana.ar.json', 'utf8')) as EditionFile;

describe('an edition of the story', () => {
	const arabic = localizeStory(story, ar);

	it('takes the edition’s words and keeps the story’s ids, dates, places and order', () => {
		expect(arabic.meta.title).toBe(ar.meta.title);
		expect(arabic.events.map((e) => [e.id, e.date, e.places])).toEqual(
			story.events.map((e) => [e.id, e.date, e.places])
		);
		const talks = arabic.events.find((e) => e.id === 'astana-talks')!;
		expect(talks.title).toBe(ar.events['astana-talks']!.title);
		expect(talks.body.map((p) => p.text)).toEqual(ar.events['astana-talks']!.body);
		expect(talks.body.map((p) => p.sources)).toEqual(
			story.events.find((e) => e.id === 'astana-talks')!.body.map((p) => p.sources)
		);
		const astana = arabic.places.find((p) => p.id === 'astana')!;
		expect([astana.name, astana.lon, astana.lat]).toEqual([
			'أستانا',
			story.places.find((p) => p.id === 'astana')!.lon,
			story.places.find((p) => p.id === 'astana')!.lat
		]);
		expect(arabic.meta.countryLabels.map((l) => l.lon)).toEqual(
			story.meta.countryLabels.map((l) => l.lon)
		);
		expect(arabic.meta.countryLabels[0]!.name).toBe(ar.meta.countryLabels.SYRIA);
	});
});

describe('dates in each edition’s language (Intl)', () => {
	it('reads as each newsroom writes them, the same digits everywhere', () => {
		expect(formatDate('2017-01-18', 'day', editionInfo('en').locale)).toBe('18 January 2017');
		expect(formatDate('2017-01-18', 'day', editionInfo('ru').locale)).toBe('18 января 2017');
		expect(formatDate('2017-01-18', 'day', editionInfo('ar').locale)).toBe('18 يناير 2017');
		expect(formatDate('2017-01-01', 'month', editionInfo('en').locale)).toBe('January 2017');
		expect(formatDate('2017-01-01', 'month', editionInfo('ru').locale)).toBe('январь 2017');
	});

	it('are written at build time for every date the story shows, as Intl writes them', () => {
		const locale = editionInfo('ru').locale;
		const labels = dateLabels(story, locale);
		const shown = [
			story.meta.span.start,
			story.meta.span.end,
			...story.events.map((e) => (e.precision === 'day' ? e.date : e.date.slice(0, 7))),
			...story.sources.map((s) => s.date)
		];
		for (const date of shown)
			expect(labels[date], date).toBe(
				formatDate(
					date.length === 7 ? `${date}-01` : date,
					date.length === 7 ? 'month' : 'day',
					locale
				)
			);
		// Every month of the span, for the timeline's axis.
		expect(labels['2016-12']).toBe('декабрь 2016');
		expect(labels['2017-01']).toBe('январь 2017');
	});

	it('are read from those labels in the edition’s locale, and from Intl for any other date', () => {
		try {
			useDateLocale('ru', { '2017-01-18': 'label from the build', '2017-01': 'a month' });
			expect(formatDate('2017-01-18')).toBe('label from the build');
			expect(formatDate('2017-01-01', 'month')).toBe('a month');
			expect(formatDate('2017-01-19')).toBe('19 января 2017');
			expect(formatDate('2017-01-18', 'day', 'en-GB')).toBe('18 January 2017');
		} finally {
			useDateLocale('en-GB');
		}
	});
});

describe('what the page knows of an edition', () => {
	it('its language, direction, own name and folder', () => {
		expect(editionInfo('ar')).toMatchObject({
			lang: 'ar',
			dir: 'rtl',
			name: 'العربية',
			path: 'ar/'
		});
		expect(editionInfo('ru')).toMatchObject({
			lang: 'ru',
			dir: 'ltr',
			name: 'Русский',
			path: 'ru/'
		});
		expect(editionInfo('en')).toMatchObject({
			lang: 'en-GB',
			dir: 'ltr',
			name: 'English',
			path: ''
		});
	});
});
