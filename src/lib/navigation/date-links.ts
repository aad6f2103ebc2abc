import { m } from '$lib/paraglide/messages.js';
import { axisTicks, isIsoDay, lastDayOf, type Dates } from '$lib/story/dates';
import type { DatedEvent } from '$lib/story/types';
import { isHostFragment } from './host-fragments';

/** The story's first and last day (`meta.span`). */
export interface Span {
	start: string;
	end: string;
}

/** What a URL fragment asks for. */
export type FragmentRequest =
	/**
	 * No fragment, one naming an element of the page (a skip link's target), or one a host
	 * added (AMP's `#amp=1`): leave it be.
	 */
	| { kind: 'none' }
	/** A day of the story's calendar, `YYYY-MM-DD`. */
	| { kind: 'date'; date: string }
	/** Anything else: ignored, with a message the reader can read. */
	| { kind: 'invalid'; message: string };

/** Longer fragments are not even decoded: nothing of ours is this long. */
export const MAX_FRAGMENT_LENGTH = 100;

const DATE_LIKE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/**
 * Reads a location hash (`#2017-01-18`). Never throws and never returns the raw
 * text for display: a hostile fragment is described, not echoed.
 * @param isPageAnchor whether an id names an element of the page (the browser handles those)
 */
export function parseFragment(
	hash: string,
	isPageAnchor: (id: string) => boolean = () => false
): FragmentRequest {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	if (raw === '') return { kind: 'none' };
	if (raw.length > MAX_FRAGMENT_LENGTH)
		return {
			kind: 'invalid',
			message: m.notice_link_date_too_long()
		};
	let text: string;
	try {
		text = decodeURIComponent(raw);
	} catch {
		return {
			kind: 'invalid',
			message: m.notice_link_date_unreadable()
		};
	}
	if (isIsoDay(text)) return { kind: 'date', date: text };
	if (isPageAnchor(text) || isHostFragment(text)) return { kind: 'none' };
	if (DATE_LIKE.test(text))
		return {
			kind: 'invalid',
			message: m.notice_link_date_not_a_day()
		};
	return {
		kind: 'invalid',
		message: m.notice_link_not_a_date()
	};
}

/** What the date field asks for when the reader commits it (Enter, Go, a pick). */
export type DateFieldRequest =
	| { kind: 'date'; date: string }
	/** Empty, half typed or not a real day: the field gives no value for these. */
	| { kind: 'invalid'; message: string };

/**
 * Reads the date field's value (`YYYY-MM-DD`, or empty when what was typed is not a whole,
 * real day). Also reads `?date=` from a form sent before the page's scripts arrived, so
 * anything may come in; it is never echoed back.
 */
export function readDateField(value: string): DateFieldRequest {
	if (isIsoDay(value)) return { kind: 'date', date: value };
	return {
		kind: 'invalid',
		message: m.notice_date_field_incomplete()
	};
}

/** The date field's value in a query (`?date=…`): the form sent before the scripts arrived. */
export const dateFieldIn = (search: string): string | null =>
	new URLSearchParams(search).get('date');

/** The event a date opens, and whether it is that day's (or a span's that takes the day in). */
export interface Resolution {
	event: DatedEvent;
	exact: boolean;
}

/** The last day an event covers: its span's end at the end's precision, else its own day. */
const lastDayOfEvent = (event: DatedEvent) =>
	event.end ? lastDayOf(event.end.date, event.end.precision) : event.date;

/**
 * The event on `date` (the first of that day); else the span that takes it in (the one
 * that started last); else the latest event before it; before the first event, the first;
 * after the last, the last. `events` must be in date order (the schema checks).
 */
export function eventForDate(events: readonly DatedEvent[], date: string): Resolution {
	const first = events[0];
	if (!first) throw new Error('eventForDate needs at least one event');
	let found = first;
	let span: DatedEvent | undefined;
	for (const event of events) {
		if (event.date > date) break;
		if (found.date !== event.date) found = event;
		if (event.end && lastDayOfEvent(event) >= date && span?.date !== event.date) span = event;
	}
	if (found.date === date) return { event: found, exact: true };
	return span ? { event: span, exact: true } : { event: found, exact: false };
}

/**
 * The polite note shown when the date opened is not the one asked for, or null.
 * "No event on 5 January 2017; showing 30 December 2016."
 */
export function describeResolution(
	asked: string,
	{ event, exact }: Resolution,
	span: Span,
	dates: Dates
): string | null {
	if (exact) return null;
	const shown = dates.format(event.date, event.precision);
	const askedText = dates.format(asked);
	if (asked < span.start) return m.notice_before_story({ asked: askedText, shown });
	if (asked > span.end) return m.notice_after_story({ asked: askedText, shown });
	return m.notice_no_event({ asked: askedText, shown });
}

/** Where a date sits on the story's timeline, from 0 (its first day) to 1 (its last). */
export function timelinePosition(date: string, { start, end }: Span): number {
	const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
	const length = day(end) - day(start);
	return Math.min(1, Math.max(0, (day(date) - day(start)) / length));
}

/** A name on the timeline's axis (a month, a year, a decade…): where it stands, and the name. */
export interface AxisName {
	date: string;
	at: number;
	label: string;
}

/** The names along the span's axis: its months, or for a long span its years, decades or centuries. */
export function timelineAxis(span: Span, dates: Dates): AxisName[] {
	return axisTicks(span.start, span.end).map(({ date, precision }) => ({
		date,
		at: timelinePosition(date, span),
		label: dates.format(date, precision)
	}));
}

/** An era's band on the timeline: from `at` (0 to 1) over `width` of the track. */
export interface EraBand {
	label: string;
	at: number;
	width: number;
}

/**
 * The eras (`meta.eras`) as bands along the span's track, each cut to the span and to
 * where the next begins (bands share one row); an era outside the span has none.
 */
export function eraBands(
	eras: readonly { label: string; start: string; end: string }[],
	span: Span
): EraBand[] {
	const inside = eras.filter((era) => era.end >= span.start && era.start <= span.end);
	return inside.map((era, i) => {
		const at = timelinePosition(era.start, span);
		const next = inside[i + 1];
		const dayAfter = utcDayAfter(era.end);
		const until = Math.min(
			timelinePosition(dayAfter, span),
			next ? timelinePosition(next.start, span) : 1
		);
		return { label: era.label, at, width: Math.max(0, until - at) };
	});
}

const utcDayAfter = (iso: string) =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The fragment for a step: its date. */
export const fragmentFor = (event: DatedEvent) => `#${event.date}`;

/** Why the URL is about to change. */
export type UrlChange = 'scroll' | 'jump' | 'history';

/**
 * How the URL follows the story: scrolling replaces the fragment (no new history
 * entries, so Back still leaves the story); a deliberate jump pushes one entry, so Back
 * returns to where the reader was; Back and Forward themselves change nothing.
 */
export function historyAction(change: UrlChange, currentHash: string, nextHash: string) {
	if (change === 'history' || currentHash === nextHash) return null;
	return change === 'jump' ? 'push' : 'replace';
}
