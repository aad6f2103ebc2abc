// The built-in story, read from its files (stories/road-to-astana.json and its editions
// beside it): what the main suite's tests expect, derived from the story and named by what
// it is, never written into the tests, so a journalist editing the story breaks no engine
// test. The fixture suite reads its own story the same way (e2e/contract/story.ts).
//
// A test that needs a kind of step (a day with two, a step with lines, one far enough on
// that a jump passes several...) finds it here; if the story no longer has one, loading
// this module fails, saying which kind and why the tests need it.
import { readFileSync } from 'node:fs';
import { formatDate, monthsBetween } from '../src/lib/story/dates';
import { indexStory, staticMapOf } from '../src/lib/story/lookup';
import type { DatePrecision, DatedEvent, Place } from '../src/lib/story/types';
import type { EditionFile } from '../tools/story/edition-schema';
import { BUILT_IN_STORY, storyLabel } from '../tools/story/files.js';
import { withStaticMaps } from '../tools/story/split';
import { stepForDate } from './soak/story-rules';
import { readDatedStory, type DatedStory } from './story-file';

/** The story file the main suite's build tells (playwright.config.ts serves build/). */
export const STORY_FILE = BUILT_IN_STORY;

/** The story file itself, less its `$schema` pointer: a chronology, dated throughout. */
export const story: DatedStory = (() => {
	const file = readDatedStory(STORY_FILE) as DatedStory & { $schema?: string };
	delete file.$schema;
	return file;
})();
type StoryEvent = DatedEvent;

const ENGLISH = 'en-GB';

/** Fails loading the tests: the story has no step of a kind they need. */
function missing(what: string, why: string): never {
	throw new Error(
		`${storyLabel(STORY_FILE)} has no ${what}, which the browser tests need (${why}). ` +
			'Add one to the story, or change what e2e/story.ts picks.'
	);
}

// ---- The events, their days and their span ----

export const { meta, events } = story;
/** The story's first and last day (`meta.span`): the date field's bounds, the timeline's ends. */
export const span = meta.span;
export const firstEvent = events[0] ?? missing('event', 'every test reads a step');
export const lastEvent = events.at(-1)!;
/** Where an event is in the story, from 0. */
export const indexOf = (event: StoryEvent) => events.indexOf(event);
/** The event after this one, if any. */
export const eventAfter = (event: StoryEvent) => events[indexOf(event) + 1];

/** A day of the story: its date and its events, in order (what a date link and a timeline mark open). */
export interface Day {
	date: string;
	precision: DatePrecision;
	events: StoryEvent[];
}
export const days: Day[] = [];
for (const event of events) {
	const day = days.at(-1);
	if (day?.date === event.date) day.events.push(event);
	else days.push({ date: event.date, precision: event.precision, events: [event] });
}
export const firstDay = days[0]!;
export const lastDay = days.at(-1)!;
const eventDates = new Set(days.map((day) => day.date));

/** The step a date opens: that day's first, else the latest day's before it, clamped to the story. */
export const opens = (date: string) => stepForDate(events, date);

const shiftDay = (iso: string, by: number) =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
/** The day before `iso` (YYYY-MM-DD). */
export const dayBefore = (iso: string) => shiftDay(iso, -1);
/** The day after `iso` (YYYY-MM-DD). */
export const dayAfter = (iso: string) => shiftDay(iso, 1);

/** A year of the story (its last day's), for dates that cannot be: 30 February, month 13. */
export const storyYear = span.end.slice(0, 4);
/** A day that does not exist, in the story's year: 30 February. */
export const impossibleDay = `${storyYear}-02-30`;
/** A date-like text that is no day: month 13, day 45. */
export const malformedDay = `${storyYear}-13-45`;

// ---- Places, maps and dates, in English ----

const index = indexStory(story);
/** The gazetteer entries an event highlights, in its order. */
export const placesOf = (event: StoryEvent): Place[] => index.placesOf(event);
/** The sources an event's paragraphs cite, each once, in the order first cited. */
export const sourcesOf = (event: StoryEvent) => index.sourcesOf(event);
/** A place's name, by its id. */
export const placeName = (id: string) =>
	(story.places.find((place) => place.id === id) ?? missing(`place "${id}"`, 'a step names it'))
		.name;

/**
 * What the map of a step says in words (its accessible name, the live region, the static
 * map's title): "Map: Al Bab, northern Syria", places joined by "; ", then any labelled areas.
 */
export function mapName(event: StoryEvent): string {
	const places = placesOf(event);
	if (places.length === 0) return meta.overview?.alt ?? '';
	const shaded = (event.areas ?? []).flatMap((area) => (area.label ? [area.label] : []));
	return (
		`Map: ${places.map((place) => `${place.name}, ${place.region}`).join('; ')}` +
		(shaded.length ? `; shaded: ${shaded.join('; ')}` : '')
	);
}

/** The lines a step draws, as the map's `data-connections` lists them. */
export const lineIds = (event: StoryEvent) =>
	(event.connections ?? []).map(({ from, to }) => `${from}>${to}`).join(' ');

/** The static map a step is shown with: its own, or an earlier step's with the same view. */
export const staticMapOfStep = (() => {
	const shipped = withStaticMaps(events, { route: null, places: story.places });
	return (event: StoryEvent) => staticMapOf(shipped[indexOf(event)]!);
})();

/** A day as the English edition writes it: "18 January 2017". */
export const dayText = (iso: string) => formatDate(iso, 'day', ENGLISH);
/** An event's (or a day's) date as the English edition writes it: "18 January 2017", "January 2017". */
export const dateText = ({ date, precision }: { date: string; precision: DatePrecision }) =>
	formatDate(date, precision, ENGLISH);
/** The months the timeline names, in English: every month the span touches. */
export const monthNames = monthsBetween(span.start, span.end).map((month) =>
	formatDate(`${month}-01`, 'month', ENGLISH)
);
/** The names of the months the story's sources are dated in ("January", "December"...). */
export const sourceMonths = [
	...new Set(
		story.sources.flatMap((source) =>
			source.date === undefined
				? []
				: formatDate(`${source.date.slice(0, 7)}-01`, 'month', ENGLISH).split(' ')[0]!
		)
	)
];

/** Whether two steps show none of the same places: the map must move from one to the other. */
const apart = (a: StoryEvent, b: StoryEvent) => !a.places.some((place) => b.places.includes(place));
const aloneOnItsDay = (event: StoryEvent) =>
	days.find((day) => day.date === event.date)!.events.length === 1;

// ---- Steps of the kinds the tests need ----

/**
 * Where a reader reads on to before jumping elsewhere: the first step of the story's
 * second day (past the first, so the reader has scrolled).
 */
export const readingStart =
	days[1]?.events[0] ?? missing('second day', 'a reader reads on to it before jumping');

/** The first day with two steps or more, and its second step (a date link opens the first). */
export const dayWithTwoSteps =
	days.find((day) => day.events.length >= 2) ??
	missing('day with two steps', 'Back must return to the second step of a day, not its first');
export const secondStepOfDay = dayWithTwoSteps.events[1]!;

/** The first step dated only to its month (`precision: "month"`): its date reads "January 2017". */
export const monthStep =
	events.find((event) => event.precision === 'month') ??
	missing('step dated to a month', 'notes and the timeline name a month for it');

/** The last step that draws lines between places, and the last that draws none. */
export const stepWithLines =
	events.findLast((event) => event.connections?.length) ??
	missing('step with connections', 'its lines must be highlighted with it');
export const stepWithoutLines =
	events.findLast((event) => !event.connections?.length) ??
	missing('step without connections', 'a step without lines must draw none');

/**
 * The step a reader jumps to (typed, linked, a timeline mark): alone on its day and dated
 * to it, at least two steps past `readingStart` (a jump passes one), not the last (the
 * reader reads on from it), and showing none of the places of the first step or of
 * `readingStart` (the map and its name must change). The latest such.
 */
export const jumpStep =
	events.findLast(
		(event) =>
			event !== lastEvent &&
			event.precision === 'day' &&
			aloneOnItsDay(event) &&
			indexOf(event) >= indexOf(readingStart) + 2 &&
			apart(event, firstEvent) &&
			apart(event, readingStart)
	) ??
	missing(
		'step to jump to (alone on its day, dated to it, two past the second day, not the last, away from the first steps’ places)',
		'dates typed, linked and clicked land on it'
	);

/**
 * A day far on in the story: the last before its last day, dated to the day, at least
 * three steps past `readingStart` and the second step of `dayWithTwoSteps`, so a jump
 * there passes several steps and takes a while.
 */
export const farDay =
	days.findLast(
		(day) =>
			day !== lastDay &&
			day.precision === 'day' &&
			indexOf(day.events[0]!) >= Math.max(indexOf(readingStart), indexOf(secondStepOfDay)) + 3
	) ?? missing('day far on in the story', 'a long jump there must still be under way');

/**
 * A step a few steps on (the fourth or later) showing none of the first step's places:
 * the camera has far to go from the first to it, so it flies unless motion is reduced.
 */
export const distantStep =
	events.find((event) => indexOf(event) >= 3 && apart(event, firstEvent)) ??
	missing('step far from the first', 'the camera must fly to it');

/**
 * Three steps in a row, from the third on, each showing none of the places of the one
 * before: a reader who stays on the first sees the map fly to the second, and one who
 * scrolls straight on sees it cut to the third.
 */
export const threeInARow = ((): [StoryEvent, StoryEvent, StoryEvent] => {
	for (let i = 2; i + 2 < events.length; i++) {
		const [before, a, b, c] = events.slice(i - 1, i + 3) as StoryEvent[];
		if (apart(before!, a!) && apart(a!, b!) && apart(b!, c!)) return [a!, b!, c!];
	}
	return missing('three steps in a row, each away from the one before', 'the map flies, then cuts');
})();

/** A day with no event between the first event and the last, and the step a link to it opens. */
export interface DateWithoutEvent {
	date: string;
	/** The latest event before it (the first of its day). */
	opens: StoryEvent;
}

/**
 * The last day of the longest run of days without an event whose step (the latest before
 * them) `fits`: as close as can be to the next event, so "the latest before" and "the
 * nearest" differ.
 */
function withoutEvent(what: string, fits: (opens: StoryEvent) => boolean): DateWithoutEvent {
	const runs = new Map<StoryEvent, string[]>();
	for (let date = dayAfter(firstEvent.date); date < lastEvent.date; date = dayAfter(date)) {
		if (eventDates.has(date)) continue;
		const step = opens(date);
		if (fits(step)) runs.set(step, [...(runs.get(step) ?? []), date]);
	}
	const [step, dates] =
		[...runs].sort(([, a], [, b]) => b.length - a.length)[0] ??
		missing(`day without an event ${what}`, 'a date link to it opens the latest before it');
	return { date: dates.at(-1)!, opens: step };
}

/** A day without an event after a step dated to the day, other than the first: the note names that day. */
export const dateWithoutEvent = withoutEvent(
	'after a step dated to the day (not the first step)',
	(step) => step.precision === 'day' && step !== firstEvent
);
/** A day without an event after `monthStep`'s day: the note names its month. */
export const dateWithoutEventAfterMonthStep = withoutEvent(
	'after a step dated to its month',
	(step) => step.date === monthStep.date
);

/** A day before the story begins, and one after it ends: links to them are clamped. */
export const beforeStory = dayBefore(span.start);
export const afterStory = dayAfter(span.end);

// ---- The editions ----

/** How each edition writes dates (Intl locales): Russian; Arabic with Western digits. */
const EDITION_LOCALES: Record<string, string> = { ru: 'ru', ar: 'ar-u-nu-latn' };

/** An edition of the story: its own title, headlines, place names and dates. */
export interface Edition {
	code: string;
	file: EditionFile;
	title: string;
	titleOf(event: StoryEvent): string;
	placeName(id: string): string;
	dateText(event: StoryEvent): string;
}

/** The edition in `code` (`ru`, `ar`), read from its file beside the story's. */
export function edition(code: string): Edition {
	const locale = EDITION_LOCALES[code];
	if (!locale) throw new Error(`e2e/story.ts does not know how the ${code} edition writes dates`);
	const path = STORY_FILE.replace(/\.json$/, `.${code}.json`);
	const file = JSON.parse(readFileSync(path, 'utf8')) as EditionFile;
	const text = <T>(what: T | undefined, name: string) =>
		what ?? missing(`${name} in its ${code} edition`, 'the edition must translate it');
	return {
		code,
		file,
		title: file.meta.title,
		titleOf: (event) => text(file.events[event.id], `event "${event.id}"`).title,
		placeName: (id) => text(file.places[id], `place "${id}"`).name,
		dateText: ({ date, precision }) => formatDate(date, precision, locale)
	};
}

/** `text` as a regular expression matching it literally. */
export const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
