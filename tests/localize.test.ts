import { describe, expect, it } from 'vitest';
import { axisTicks, dateKey, datesIn, formatDate, formatTime } from '$lib/story/dates';
import type { DatePrecision } from '$lib/story/types';
import { editionInfo } from '../tools/editions.js';
import { dateLabels } from '../tools/story/date-labels';
import type { EditionFile } from '../tools/story/edition-schema';
import {
	BUILT_IN_STORY,
	editionCodeOf,
	editionPaths,
	readStoryJson
} from '../tools/story/files.js';
import { localizeStory } from '../tools/story/localize';
import { builtIn, fixture } from './stories';

/** The built-in story's Arabic edition: its translation is what this part checks. */
const arFile = editionPaths(BUILT_IN_STORY).find((path) => editionCodeOf(path) === 'ar')!;
const ar = readStoryJson(arFile) as EditionFile;

describe('an edition of the story', () => {
	const story = builtIn;
	const arabic = localizeStory(story, ar);

	it('takes the edition’s words and keeps the story’s ids, dates, places and order', () => {
		expect(arabic.meta.title).toBe(ar.meta.title);
		expect(arabic.events.map((e) => [e.id, e.date, e.places])).toEqual(
			story.events.map((e) => [e.id, e.date, e.places])
		);
		const english = story.events.at(-1)!;
		const event = arabic.events.find((e) => e.id === english.id)!;
		expect(event.title).toBe(ar.events[english.id]!.title);
		expect(event.title).not.toBe(english.title);
		expect(event.body.map((p) => p.text)).toEqual(ar.events[english.id]!.body);
		expect(event.body.map((p) => p.sources)).toEqual(english.body.map((p) => p.sources));
		const place = story.places.find((p) => p.id === english.places[0])!;
		const translated = arabic.places.find((p) => p.id === place.id)!;
		expect([translated.name, translated.lon, translated.lat]).toEqual([
			ar.places[place.id]!.name,
			place.lon,
			place.lat
		]);
		expect(translated.name).not.toBe(place.name);
		expect(arabic.meta.countryLabels.map((l) => l.lon)).toEqual(
			story.meta.countryLabels.map((l) => l.lon)
		);
		const label = story.meta.countryLabels[0]!.name;
		expect(arabic.meta.countryLabels[0]!.name).toBe(ar.meta.countryLabels?.[label]);
		expect(arabic.meta.countryLabels[0]!.name).not.toBe(label);
	});
});

describe('dates in each edition’s language (Intl)', () => {
	it('reads as each newsroom writes them, the same digits everywhere', () => {
		expect(formatDate('1990-04-02', 'day', editionInfo('en').locale)).toBe('2 April 1990');
		expect(formatDate('1990-04-02', 'day', editionInfo('ru').locale)).toBe('2 апреля 1990');
		expect(formatDate('1990-04-02', 'day', editionInfo('ar').locale)).toBe('2 أبريل 1990');
		expect(formatDate('1990-04-01', 'month', editionInfo('en').locale)).toBe('April 1990');
		expect(formatDate('1990-04-01', 'month', editionInfo('ru').locale)).toBe('апрель 1990');
	});

	it('are written at build time for every date the story shows, as Intl writes them', () => {
		const locale = editionInfo('ru').locale;
		// The fixture, with a year's event that runs over a span and an event at a time of day.
		const [first, second, ...rest] = fixture.events;
		const story = {
			...fixture,
			events: [
				{ ...first!, date: '1990-01-01', precision: 'year' as const },
				{ ...second!, time: '14:05', end: { date: '1990-06-01', precision: 'month' as const } },
				...rest
			]
		};
		const labels = dateLabels(story, locale);
		const key = (date: string, precision: DatePrecision) => dateKey(date, precision);
		const shown: [string, DatePrecision][] = [
			[story.meta.span.start, 'day'],
			[story.meta.span.end, 'day'],
			...story.events.flatMap((e): [string, DatePrecision][] => [
				[e.date, e.precision],
				...(e.end ? [[e.end.date, e.end.precision] as [string, DatePrecision]] : [])
			]),
			...story.sources.map((s): [string, DatePrecision] =>
				s.date!.length === 7 ? [`${s.date}-01`, 'month'] : [s.date!, 'day']
			),
			// The names on the timeline's axis: here, every month of the span.
			...axisTicks(story.meta.span.start, story.meta.span.end).map(
				(tick): [string, DatePrecision] => [tick.date, tick.precision]
			)
		];
		// Dates of every precision: days, months (events' and sources') and a year.
		expect(new Set(shown.map(([, precision]) => precision))).toEqual(
			new Set(['day', 'month', 'year'])
		);
		for (const [date, precision] of shown)
			expect(labels[key(date, precision)], date).toBe(formatDate(date, precision, locale));
		expect(labels['14:05']).toBe(formatTime('14:05', locale));
		// Nothing else.
		expect(Object.keys(labels).sort()).toEqual(
			[...new Set([...shown.map(([d, p]) => key(d, p)), '14:05'])].sort()
		);
	});

	it('name a long span’s axis by decades or centuries, never month by month', () => {
		const span = { start: '1601-01-01', end: '2012-12-31' };
		const labels = dateLabels(
			{ ...fixture, meta: { ...fixture.meta, span }, sources: [], events: [] },
			'en-GB'
		);
		expect(Object.keys(labels).length).toBeLessThan(12);
		expect(Object.keys(labels).filter((k) => k.length === 7)).toEqual([]);
		expect(labels['1700']).toBe('1700');
	});

	it('are read from those labels in the edition’s locale, and from Intl for any other date', () => {
		const dates = datesIn(editionInfo('ru').locale, {
			'1990-04-02': 'label from the build',
			'1990-04': 'a month'
		});
		expect(dates.format('1990-04-02')).toBe('label from the build');
		expect(dates.format('1990-04-01', 'month')).toBe('a month');
		expect(dates.published('1990-04')).toBe('a month');
		expect(dates.format('1990-04-03')).toBe('3 апреля 1990');
		expect(dates.published('1990-05')).toBe('май 1990');
		// Another edition's dates are its own.
		expect(datesIn(editionInfo('en').locale).format('1990-04-02')).toBe('2 April 1990');
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
