// A step's dateline: its date at its precision ("1843", "January 2017", "18 January 2017"),
// its time where the source gives one, and a span's end ("10 December 1815 – 27 November
// 1852"), each with the machine-readable form a <time> element carries.
import { m } from '$lib/paraglide/messages.js';
import { dateKey, type Dates } from './dates';
import type { DatedEvent, DatePrecision } from './types';

export interface DatelineDate {
	/** `<time datetime>`: `1843`, `2017-01`, `2017-01-18` or `2017-01-18T14:30`. */
	datetime: string;
	text: string;
}

export interface Dateline {
	start: DatelineDate;
	/** A span's last day (or month, or year). */
	end?: DatelineDate;
}

function dateline(
	date: { date: string; precision: DatePrecision; time?: string },
	dates: Dates
): DatelineDate {
	const day = dates.format(date.date, date.precision);
	const key = dateKey(date.date, date.precision);
	if (!date.time || date.precision !== 'day') return { datetime: key, text: day };
	return {
		datetime: `${key}T${date.time}`,
		text: m.dateline_with_time({ date: day, time: dates.time(date.time) })
	};
}

/** What a dated step's dateline says, and the dates its <time> elements carry. */
export function datelineOf(event: DatedEvent, dates: Dates): Dateline {
	const start = dateline(event, dates);
	return event.end ? { start, end: dateline(event.end, dates) } : { start };
}
