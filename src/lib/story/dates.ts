import type { DatePrecision } from './types';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A month, `YYYY-MM`: a month-precision source's date, a month page's address. */
export const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2017-02-30). */
export function isIsoDay(value: string): boolean {
	const match = ISO_DAY.exec(value);
	if (!match) return false;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const date = utcDay(y, m, d);
	return (
		y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
	);
}

/** A day as a Date at midnight UTC, years 1 to 99 included (Date.UTC reads those as 1900–1999). */
export function utcDay(year: number, month: number, day: number): Date {
	const date = new Date(Date.UTC(2000, month - 1, day));
	date.setUTCFullYear(year, month - 1, day);
	return date;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: DatePrecision) {
	const key = `${locale} ${precision}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, {
			...(precision === 'day' ? { day: 'numeric' } : {}),
			...(precision === 'year' ? {} : { month: 'long' }),
			year: 'numeric',
			timeZone: 'UTC'
		});
		formats.set(key, format);
	}
	return format;
}

/**
 * "11 December 2016", "January 2017" for a month-precision date, "1843" for a year's, in `locale`
 * ("18 января 2017", "18 يناير 2017"): Intl's own form, less the year's abbreviation
 * Russian adds ("г."), which newsrooms drop in datelines.
 */
export function formatDate(isoDay: string, precision: DatePrecision, locale: string): string {
	const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
	const parts = formatter(locale, precision).formatToParts(utcDay(year, month, day));
	const last = parts.at(-1);
	if (last?.type === 'literal') parts.pop();
	return parts.map((part) => part.value).join('');
}

/** How a page writes dates: in its edition's language. */
export interface Dates {
	/** A day (or, with `month` precision, its month). */
	format(isoDay: string, precision?: DatePrecision): string;
	/** A publication date, `YYYY-MM-DD` or `YYYY-MM` (only the month known). */
	published(date: string): string;
}

/**
 * Dates in `locale`. `known` holds the story's own dates already written in it by the
 * build, keyed `YYYY-MM-DD` for a day and `YYYY-MM` for a month: a phone's first
 * Intl.DateTimeFormat costs tens of milliseconds in the task that brings the page to
 * life, so the page starts without one; a date the reader types still goes through Intl.
 */
export function datesIn(locale: string, known: Readonly<Record<string, string>> = {}): Dates {
	const key = (isoDay: string, precision: DatePrecision) =>
		precision === 'day' ? isoDay : precision === 'month' ? isoDay.slice(0, 7) : isoDay.slice(0, 4);
	const format = (isoDay: string, precision: DatePrecision = 'day') =>
		known[key(isoDay, precision)] ?? formatDate(isoDay, precision, locale);
	return {
		format,
		published: (date) => (date.length === 7 ? format(`${date}-01`, 'month') : format(date))
	};
}

/** Every month from the one `start` is in to the one `end` is in, `YYYY-MM`. */
export function monthsBetween(start: string, end: string): string[] {
	const months: string[] = [];
	let [year, month] = start.split('-').map(Number) as [number, number];
	for (;;) {
		const yyyyMm = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
		if (yyyyMm > end.slice(0, 7)) return months;
		months.push(yyyyMm);
		[year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
	}
}
