import { m } from '$lib/paraglide/messages.js';
import { isIsoDay, monthsBetween, type Dates } from '$lib/story/dates';
import type { DatedEvent } from '$lib/story/types';

/** The story's first and last day (`meta.span`). */
export interface Span {
	start: string;
	end: string;
}

/** What a URL fragment asks for. */
export type FragmentRequest =
	/** No fragment, or one naming an element of the page (a skip link's target): leave it be. */
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
	if (isPageAnchor(text)) return { kind: 'none' };
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

/** The event a date opens, and whether it is exactly that day's. */
export interface Resolution {
	event: DatedEvent;
	exact: boolean;
}

/**
 * The event on `date`, or else the latest before it; before the first event, the
 * first; after the last, the last. `events` must be in date order (the schema checks).
 */
export function eventForDate(events: readonly DatedEvent[], date: string): Resolution {
	const first = events[0];
	if (!first) throw new Error('eventForDate needs at least one event');
	let found = first;
	for (const event of events) {
		if (event.date <= date) found = found.date === event.date ? found : event;
		else break;
	}
	return { event: found, exact: found.date === date };
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

/** A month of the story's calendar, where it starts on the timeline and its name. */
export interface TimelineMonth {
	date: string;
	at: number;
	label: string;
}

/** The months the span touches, each from its first day (the first from the span's start). */
export function timelineMonths(span: Span, dates: Dates): TimelineMonth[] {
	return monthsBetween(span.start, span.end).map((month) => {
		const date = `${month}-01`;
		return { date, at: timelinePosition(date, span), label: dates.format(date, 'month') };
	});
}

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
