// TimelineJS date objects ({ year, month, day, hour, minute, … }, numbers often as strings)
// to the story's dates: a start day with its precision, and a time to the minute.
import type { Precision, StoryDate } from './types.ts';
import { quote as show } from './report.ts';
import { readInteger } from './values.ts';

/** The engine's calendar: ISO days with four-digit years. */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

export type DatePart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

export interface DateRead {
	date?: StoryDate;
	/** Field problems: the part and what is wrong with it (the value quoted). */
	problems: { part: DatePart; message: string }[];
	/** Parts that came as strings of digits. */
	fromString: DatePart[];
	/** Seconds or milliseconds that were given and are not carried. */
	belowMinute: boolean;
}

const RANGES: Record<Exclude<DatePart, 'year' | 'day'>, [number, number]> = {
	month: [1, 12],
	hour: [0, 23],
	minute: [0, 59],
	second: [0, 59],
	millisecond: [0, 999]
};

/** Reads one TimelineJS date object; `parts` holds its fields as the file gives them. */
export function readTimelineDate(parts: Partial<Record<DatePart, unknown>>): DateRead {
	const read: DateRead = { problems: [], fromString: [], belowMinute: false };
	const numbers: Partial<Record<DatePart, number>> = {};
	for (const part of Object.keys(parts) as DatePart[]) {
		const value = parts[part];
		const number = readInteger(value);
		if (number.kind === 'missing') continue;
		if (number.kind === 'bad') {
			read.problems.push({ part, message: `${show(value)} is not ${article(part)}` });
			continue;
		}
		if (number.fromString) read.fromString.push(part);
		numbers[part] = number.value;
	}
	if (read.problems.length) return read;
	const { year, month, day, hour, minute } = numbers;
	if (year === undefined) {
		read.problems.push({ part: 'year', message: 'is missing: TimelineJS needs at least a year' });
		return read;
	}
	if (year < FIRST_YEAR || year > LAST_YEAR) {
		read.problems.push({
			part: 'year',
			message:
				`${show(parts.year)} is outside the engine's calendar, which runs from year ${FIRST_YEAR} ` +
				`to ${LAST_YEAR}: the story's dates cannot be carried without inventing them`
		});
		return read;
	}
	for (const part of ['month', 'hour', 'minute', 'second', 'millisecond'] as const) {
		const value = numbers[part];
		const [low, high] = RANGES[part];
		if (value !== undefined && (value < low || value > high))
			read.problems.push({
				part,
				message: `${show(parts[part])} is not between ${low} and ${high}`
			});
	}
	if (day !== undefined && month === undefined)
		read.problems.push({ part: 'day', message: 'is given without a month' });
	else if (day !== undefined && month !== undefined && (day < 1 || day > daysIn(year, month)))
		read.problems.push({ part: 'day', message: `${show(parts.day)} is not a day of that month` });
	if ((hour !== undefined || minute !== undefined) && day === undefined)
		read.problems.push({ part: 'hour', message: 'is given without a day' });
	if (minute !== undefined && hour === undefined)
		read.problems.push({ part: 'minute', message: 'is given without an hour' });
	if (read.problems.length) return read;
	read.belowMinute = Boolean(numbers.second || numbers.millisecond);
	const precision: Precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
	read.date = { date: `${padYear(year)}-${pad(month ?? 1)}-${pad(day ?? 1)}`, precision };
	if (hour !== undefined) read.date.time = `${pad(hour)}:${pad(minute ?? 0)}`;
	return read;
}

/**
 * A sheet's clock time: `10:30 AM`, `2 pm`, `14:05`, `14:05:30`. Anything else (a bare `14`
 * could be an hour or a typing slip) is not read.
 */
export function readClock(
	text: string
): { hour: number; minute: number; second: number } | undefined {
	if (text.length > 20) return undefined;
	const match =
		/^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s*m\.?$|^(\d{1,2}):(\d{2})(?::(\d{2}))?$/i.exec(
			text.trim()
		);
	if (!match) return undefined;
	const twelve = match[4] !== undefined;
	let hour = Number(twelve ? match[1] : match[5]);
	const minute = Number((twelve ? match[2] : match[6]) ?? 0);
	const second = Number((twelve ? match[3] : match[7]) ?? 0);
	if (minute > 59 || second > 59) return undefined;
	if (twelve) {
		if (hour < 1 || hour > 12) return undefined;
		hour = (hour % 12) + (match[4]!.toLowerCase() === 'p' ? 12 : 0);
	} else if (hour > 23) return undefined;
	return { hour, minute, second };
}

/** The first day a date covers (its `date`). */
export function firstDay(date: StoryDate): string {
	return date.date;
}

/** The last day a date covers: 1843 ends 1843-12-31, February 1844 ends 1844-02-29. */
export function lastDay(date: StoryDate): string {
	const [year, month] = date.date.split('-').map(Number) as [number, number];
	if (date.precision === 'year') return `${padYear(year)}-12-31`;
	if (date.precision === 'month')
		return `${padYear(year)}-${pad(month)}-${pad(daysIn(year, month))}`;
	return date.date;
}

/** Orders dates by their start, then time (a date without a time first). */
export function compareDates(a: StoryDate, b: StoryDate): number {
	if (a.date !== b.date) return a.date < b.date ? -1 : 1;
	const [ta, tb] = [a.time ?? '', b.time ?? ''];
	return ta === tb ? 0 : ta < tb ? -1 : 1;
}

export function sameDate(a: StoryDate, b: StoryDate): boolean {
	return a.date === b.date && a.precision === b.precision && a.time === b.time;
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

/** A date in words, as a title where an event has no headline: `10 December 1815`. */
export function dateInWords(date: StoryDate): string {
	const [year, month, day] = date.date.split('-').map(Number) as [number, number, number];
	const words =
		date.precision === 'year'
			? String(year)
			: date.precision === 'month'
				? `${MONTHS[month - 1]} ${year}`
				: `${day} ${MONTHS[month - 1]} ${year}`;
	return date.time ? `${words}, ${date.time}` : words;
}

/** The years a story spans, for its share card: `1815–1985`, or `1815`. */
export function spanLabel(start: string, end: string): string {
	const [a, b] = [Number(start.slice(0, 4)), Number(end.slice(0, 4))];
	return a === b ? String(a) : `${a}–${b}`;
}

export function padYear(year: number): string {
	return String(year).padStart(4, '0');
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function article(part: DatePart): string {
	return part === 'hour' ? 'an hour' : `a ${part}`;
}
