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

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "11 December 2016", or "January 2017" for a month-precision date. */
export function formatDate(isoDay: string, precision: DatePrecision = 'day'): string {
	const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
	const monthYear = `${MONTHS[month - 1]} ${year}`;
	return precision === 'month' ? monthYear : `${day} ${monthYear}`;
}
