import type { DatePrecision } from './types';

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
