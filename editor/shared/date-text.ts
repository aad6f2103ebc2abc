// The "Date" field: a reporter writes a day, a month or a year (`2017-01-18`, `2017-01`,
// `2017`) and the story file gets its date and precision (the 1st of the month, 1 January).
// Anything else is kept as typed, so the schema's own message names what is wrong.
import type { DatePrecision } from '../../src/lib/story/dates.ts';

export interface StoryDate {
	date: string;
	precision: DatePrecision;
}

/** The story file's date and precision for what the reporter typed. */
export function storyDate(text: string, fallback: DatePrecision = 'day'): StoryDate {
	const typed = text.trim();
	if (/^\d{4}$/.test(typed)) return { date: `${typed}-01-01`, precision: 'year' };
	if (/^\d{4}-\d{2}$/.test(typed)) return { date: `${typed}-01`, precision: 'month' };
	if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) return { date: typed, precision: 'day' };
	return { date: typed, precision: fallback };
}

/** What the field shows for a date of the story file: as precise as the date is. */
export function dateText(date: string | undefined, precision: DatePrecision | undefined): string {
	if (date === undefined) return '';
	if (precision === 'year' && /^\d{4}-01-01$/.test(date)) return date.slice(0, 4);
	if (precision === 'month' && /^\d{4}-\d{2}-01$/.test(date)) return date.slice(0, 7);
	return date;
}

/** How the field names a precision beside it. */
export const PRECISION_WORDS: Record<DatePrecision, string> = {
	day: 'a day',
	month: 'a month (only the month is known)',
	year: 'a year (only the year is known)'
};
