// A TimelineJS Google Sheet exported as CSV: columns by their header, title and era rows,
// clock times, quoted cells with newlines, and problem lines naming row and column.
import { describe, expect, it } from 'vitest';
import { imported, line, refused } from './fixtures';

const { story, report, mediaFiles } = imported('timelinejs/sheet.csv');

describe('a TimelineJS sheet', () => {
	it('finds columns by header, whatever their case and spaces', () => {
		expect(story.meta.imported).toEqual({ format: 'TimelineJS sheet', file: 'sheet.csv' });
		expect(story.events.map((e) => [e.id, e.date, e.precision])).toEqual([
			['a-year', '2016-01-01', 'year'],
			['an-earlier-event', '2016-12-20', 'day'],
			['talks-open', '2017-01-23', 'day']
		]);
	});

	it('reads the title row as the title slide', () => {
		expect(story.meta.title).toBe('A sheet of invented events');
		expect(story.meta.intro).toEqual([
			{ text: "Every row here is invented for the importer's tests.", sources: ['original'] }
		]);
		expect(story.meta.media).toEqual([
			{ src: 'https://example.org/cover.jpg', credit: 'The Desk' }
		]);
		expect(line(report, 'dropped', 'Background colours').where).toEqual([
			'row 2 "A sheet of invented events": "#ffeedd"'
		]);
	});

	it('reads era rows as eras', () => {
		expect(story.meta.eras).toEqual([
			{ label: 'The six weeks', start: '2016-12-01', end: '2017-01-23' }
		]);
	});

	it('reads 12-hour and 24-hour clock times', () => {
		const talks = story.events.find((e) => e.id === 'talks-open')!;
		expect(talks.time).toBe('10:30');
		expect(talks.end).toEqual({ date: '2017-01-23', precision: 'day', time: '14:05' });
		expect(story.events.find((e) => e.id === 'an-earlier-event')!.time).toBe('14:05');
	});

	it('keeps a quoted cell’s lines in one paragraph', () => {
		const talks = story.events.find((e) => e.id === 'talks-open')!;
		expect(talks.body).toEqual([
			{ text: 'First line second line, in one quoted cell.', sources: ['original'] }
		]);
	});

	it('takes alt text from its column, and copies the local picture', () => {
		const talks = story.events.find((e) => e.id === 'talks-open')!;
		expect(talks.media).toEqual([
			{
				src: 'media/market.jpg',
				alt: 'An orange square',
				caption: 'A market',
				credit: 'Photo desk'
			},
			{ src: 'https://example.org/back.jpg', credit: 'Not credited in sheet.csv' }
		]);
		expect(mediaFiles).toEqual([{ from: 'media/market.jpg', to: 'media/market.jpg' }]);
		expect(talks.group).toBe('Diplomacy');
	});

	it('reports columns, thumbnails, display dates and types it does not carry', () => {
		expect(line(report, 'dropped', 'Columns the TimelineJS template does not have').where).toEqual([
			'"Notes"'
		]);
		expect(line(report, 'dropped', 'Thumbnails').where).toEqual(['row 4 "Talks open"']);
		expect(line(report, 'dropped', 'Display dates').where).toEqual([
			'row 4 "Talks open": "Monday"'
		]);
		expect(line(report, 'changed', 'Rows with a Type other than title or era').where).toEqual([
			'row 7 "A year": "headline"'
		]);
	});

	it('does not call a sheet’s numbers strings: every cell is text', () => {
		expect(report.changed.some((l) => l.text.startsWith('Numbers given as strings'))).toBe(false);
	});

	it('names the row, the headline and the column of each problem', () => {
		expect(refused('timelinejs/bad-sheet.csv')).toEqual([
			'bad-sheet.csv: row 2 "A bad time": Time "half past ten" is not a time (write it like 10:30 AM or 14:05)',
			'bad-sheet.csv: row 3 "A bad month": Month "x" is not a month'
		]);
	});

	it('refuses a sheet without the template’s headers', () => {
		expect(refused('timelinejs/bad-sheet.csv', () => 'Date,Title\n2017,x\n')).toEqual([
			'bad-sheet.csv: row 1: does not have the TimelineJS sheet’s columns (Year, Headline, Text…) as its headers'
		]);
	});

	it('refuses a second title row', () => {
		const csv = 'Year,Headline,Type\n,One,title\n,Two,title\n2017,Event,\n';
		expect(refused('timelinejs/bad-sheet.csv', () => csv)).toEqual([
			'bad-sheet.csv: row 3 "Two": Type says title a second time: a timeline has one title slide'
		]);
	});
});
