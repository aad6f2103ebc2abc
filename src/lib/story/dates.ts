import type { DatePrecision } from './types';

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

/** Dates from now on in this locale (an Intl tag): each build tells one edition. */
export function useDateLocale(locale: string): void {
	dateLocale = locale;
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
	const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
	const parts = formatter(locale, precision).formatToParts(
		new Date(Date.UTC(year, month - 1, day))
	);
	const last = parts.at(-1);
	if (last?.type === 'literal') parts.pop();
	return parts.map((part) => part.value).join('');
}
