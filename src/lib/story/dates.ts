/** How much of a date is known; the story file's `precision` (src/lib/story/schema/fields.ts) takes these. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
/** `day`: the exact day is known; `month`, `year`: only the month or the year (date is its first day). */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

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

/** "14:30" in `locale`'s own form ("2:30 PM" in American English). */
export function formatTime(time: string, locale: string): string {
	const [hour, minute] = time.split(':').map(Number) as [number, number];
	return new Intl.DateTimeFormat(locale, {
		hour: 'numeric',
		minute: '2-digit',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(2000, 0, 1, hour, minute)));
}

/** How a date is keyed at its precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (the page's `data-date`). */
export const dateKey = (isoDay: string, precision: DatePrecision) =>
	precision === 'day' ? isoDay : precision === 'month' ? isoDay.slice(0, 7) : isoDay.slice(0, 4);

/** The last day a date covers at its precision: 1843 (a year's) runs to 1843-12-31. */
export function lastDayOf(isoDay: string, precision: DatePrecision): string {
	if (precision === 'day') return isoDay;
	const [year, month] = isoDay.split('-').map(Number) as [number, number];
	const last = precision === 'year' ? utcDay(year, 12, 31) : utcDay(year, month + 1, 0);
	return `${isoDay.slice(0, 4)}-${String(last.getUTCMonth() + 1).padStart(2, '0')}-${String(last.getUTCDate()).padStart(2, '0')}`;
}

/** How a page writes dates: in its edition's language. */
export interface Dates {
	/** A day (or, with `month` precision, its month). */
	format(isoDay: string, precision?: DatePrecision): string;
	/** A publication date, `YYYY-MM-DD` or `YYYY-MM` (only the month known). */
	published(date: string): string;
	/** A time of day, `HH:MM`. */
	time(time: string): string;
}

/**
 * Dates in `locale`. `known` holds the story's own dates already written in it by the
 * build, keyed `YYYY-MM-DD` for a day, `YYYY-MM` for a month, `YYYY` for a year and
 * `HH:MM` for a time: a phone's first
 * Intl.DateTimeFormat costs tens of milliseconds in the task that brings the page to
 * life, so the page starts without one; a date the reader types still goes through Intl.
 */
export function datesIn(locale: string, known: Readonly<Record<string, string>> = {}): Dates {
	const format = (isoDay: string, precision: DatePrecision = 'day') =>
		known[dateKey(isoDay, precision)] ?? formatDate(isoDay, precision, locale);
	return {
		format,
		published: (date) => (date.length === 7 ? format(`${date}-01`, 'month') : format(date)),
		time: (time) => known[time] ?? formatTime(time, locale)
	};
}

/** Every month from the one `start` is in to the one `end` is in, `YYYY-MM` (at most `most`). */
export function monthsBetween(start: string, end: string, most = Infinity): string[] {
	const months: string[] = [];
	let [year, month] = start.split('-').map(Number) as [number, number];
	for (;;) {
		const yyyyMm = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
		if (yyyyMm > end.slice(0, 7) || months.length >= most) return months;
		months.push(yyyyMm);
		[year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
	}
}

/** Where the timeline names its axis: a month, or a year (every year, decade, century…). */
export interface AxisTick {
	date: string;
	precision: 'month' | 'year';
}

/** At most this many names on the axis: each needs about 40px of a 320px phone's track. */
const MAX_TICKS = 7;
/** Years between the axis's names, finest first: years, decades, centuries, millennia. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];

/**
 * The axis's names for a span: its months while they are few (each at its first day; the
 * timeline puts one begun before the span at its start), else years, decades or centuries: whole multiples of the
 * finest step that keeps them to a handful. Never a label per month of a long span.
 */
export function axisTicks(start: string, end: string): AxisTick[] {
	const months = monthsBetween(start, end, MAX_TICKS);
	if (months.length < MAX_TICKS)
		return months.map((month) => ({ date: `${month}-01`, precision: 'month' }));
	const [first, last] = [Number(start.slice(0, 4)), Number(end.slice(0, 4))];
	const step =
		YEAR_STEPS.find((s) => Math.floor(last / s) - Math.ceil(first / s) + 1 <= MAX_TICKS) ?? 5000;
	const ticks: AxisTick[] = [];
	for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
		const date = `${String(year).padStart(4, '0')}-01-01`;
		if (date >= start) ticks.push({ date, precision: 'year' });
	}
	return ticks;
}
