import type { DatePrecision, Story } from './types';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2017-02-30). */
export function isIsoDay(value: string): boolean {
	const match = ISO_DAY.exec(value);
	if (!match) return false;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The locale dates are written in: the edition's (see useDateLocale), British English by default. */
let dateLocale = 'en-GB';

/** The story's own dates in that locale, written at build time (see dateLabels). */
let labels: Readonly<Record<string, string>> = {};

/**
 * Dates from now on in this locale (an Intl tag): each build tells one edition. `known`
 * holds the story's dates already written in it, so the page need not start Intl at all.
 */
export function useDateLocale(locale: string, known: Readonly<Record<string, string>> = {}): void {
	dateLocale = locale;
	labels = known;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: DatePrecision) {
	const key = `${locale} ${precision}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, {
			...(precision === 'day' ? { day: 'numeric' } : {}),
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		formats.set(key, format);
	}
	return format;
}

/**
 * "11 December 2016", or "January 2017" for a month-precision date, in the edition's
 * language ("18 января 2017", "18 يناير 2017"): Intl's own form, less the year's
 * abbreviation Russian adds ("г."), which newsrooms drop in datelines.
 */
export function formatDate(
	isoDay: string,
	precision: DatePrecision = 'day',
	locale = dateLocale
): string {
	const known = locale === dateLocale && labels[precision === 'day' ? isoDay : isoDay.slice(0, 7)];
	if (known) return known;
	const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
	const parts = formatter(locale, precision).formatToParts(
		new Date(Date.UTC(year, month - 1, day))
	);
	const last = parts.at(-1);
	if (last?.type === 'literal') parts.pop();
	return parts.map((part) => part.value).join('');
}

/**
 * Every date the page shows of its own accord, written in `locale`: each event's day (or
 * month), each source's date, every month of the span and its two ends. Keyed `YYYY-MM-DD`
 * for a day, `YYYY-MM` for a month. The build ships these with the page because a phone
 * spends tens of milliseconds creating its first Intl.DateTimeFormat, and that lands in
 * the task that brings the page to life; a date the reader types still goes through Intl.
 */
export function dateLabels(
	story: Pick<Story, 'meta' | 'sources' | 'events'>,
	locale: string
): Record<string, string> {
	const out: Record<string, string> = {};
	const day = (date: string) => (out[date] ??= formatDate(date, 'day', locale));
	const month = (yyyyMm: string) => (out[yyyyMm] ??= formatDate(`${yyyyMm}-01`, 'month', locale));
	const { start, end } = story.meta.span;
	day(start);
	day(end);
	for (let at = start.slice(0, 7); at <= end.slice(0, 7);) {
		month(at);
		const [y, m] = at.split('-').map(Number) as [number, number];
		at = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
	}
	for (const event of story.events)
		if (event.precision === 'day') day(event.date);
		else month(event.date.slice(0, 7));
	for (const source of story.sources)
		if (source.date) (source.date.length === 7 ? month : day)(source.date);
	return out;
}
