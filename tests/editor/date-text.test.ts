// The "Date" field: a day, a month or a year as typed, and the story file's date and precision.
import { describe, expect, it } from 'vitest';
import { dateText, storyDate } from '../../editor/shared/date-text';

describe('the date field', () => {
	it.each([
		['2017-01-18', '2017-01-18', 'day'],
		['2017-01', '2017-01-01', 'month'],
		['1843', '1843-01-01', 'year'],
		[' 2017-01 ', '2017-01-01', 'month']
	])('reads %s as %s (%s)', (typed, date, precision) => {
		expect(storyDate(typed)).toEqual({ date, precision });
		expect(dateText(date, precision as 'day')).toBe(typed.trim());
	});

	it('keeps what is not a date as typed, for the schema to name', () => {
		expect(storyDate('2017-13-45')).toEqual({ date: '2017-13-45', precision: 'day' });
		expect(storyDate('2017-1', 'month')).toEqual({ date: '2017-1', precision: 'month' });
		expect(dateText('2017-1', 'month')).toBe('2017-1');
	});
});
