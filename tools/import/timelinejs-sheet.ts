// A TimelineJS Google Sheet exported as CSV: columns found by their header, as TimelineJS
// finds them (case and surrounding spaces aside), each row read into the JSON format's
// shape so timelinejs.ts reads both alike. Problem lines name the sheet's row and column.
import Papa from 'papaparse';
import type { ReaderContext } from './camera.ts';
import { readClock } from './dates.ts';
import { htmlToPlain } from './html.ts';
import { quote, whereOf } from './report.ts';
import { readTimeline, type SlideSource } from './timelinejs.ts';
import type { Draft } from './types.ts';

/** The template's columns, by lower-case header, and the JSON field each fills. */
const COLUMNS = new Map<string, string>([
	['year', 'start_date.year'],
	['month', 'start_date.month'],
	['day', 'start_date.day'],
	['time', 'start_date.time'],
	['end year', 'end_date.year'],
	['end month', 'end_date.month'],
	['end day', 'end_date.day'],
	['end time', 'end_date.time'],
	['display date', 'display_date'],
	['headline', 'text.headline'],
	['text', 'text.text'],
	['media', 'media.url'],
	['media credit', 'media.credit'],
	['media caption', 'media.caption'],
	['media thumbnail', 'media.thumbnail'],
	['alt text', 'media.alt'],
	['type', 'type'],
	['group', 'group'],
	['background', 'background']
]);

/** JSON fields a message may name that no single column holds: the column that stands for them. */
const STANDS_FOR = new Map<string, string>([
	['start_date', 'start_date.year'],
	['start_date.hour', 'start_date.time'],
	['start_date.minute', 'start_date.time'],
	['start_date.second', 'start_date.time'],
	['end_date', 'end_date.year'],
	['end_date.hour', 'end_date.time'],
	['end_date.minute', 'end_date.time'],
	['end_date.second', 'end_date.time'],
	['media', 'media.url'],
	['background.alt', 'background']
]);

type Slide = Record<string, Record<string, unknown> | string>;

export function readTimelineSheet(text: string, ctx: ReaderContext): Draft | undefined {
	const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
		delimiter: ',',
		skipEmptyLines: false
	});
	for (const error of parsed.errors.slice(0, 20))
		ctx.problems.add(
			error.row === undefined ? '' : `row ${error.row + 1}`,
			'',
			`cannot be read as CSV: ${error.message}`
		);
	if (parsed.errors.length) return undefined;
	const [header = [], ...rows] = parsed.data;
	const columns = new Map<string, number>();
	const headers = new Map<string, string>();
	const unknown: string[] = [];
	header.forEach((name, i) => {
		const path = COLUMNS.get(name.trim().toLowerCase());
		if (!path) {
			if (name.trim()) unknown.push(JSON.stringify(name.trim()));
			return;
		}
		if (columns.has(path)) return unknown.push(`${JSON.stringify(name.trim())} (a second one)`);
		columns.set(path, i);
		headers.set(path, name.trim());
	});
	if (!columns.has('start_date.year') || !columns.has('text.headline')) {
		ctx.problems.add(
			'row 1',
			'',
			'does not have the TimelineJS sheet’s columns (Year, Headline, Text…) as its headers'
		);
		return undefined;
	}
	for (const name of unknown)
		ctx.report.dropped('Columns the TimelineJS template does not have', name);
	const label = (path: string) => headers.get(STANDS_FOR.get(path) ?? path) ?? path;

	const events: SlideSource[] = [];
	const eras: SlideSource[] = [];
	let title: SlideSource | undefined;
	rows.forEach((cells, i) => {
		const row = `row ${i + 2}`;
		const cell = (path: string) => {
			const index = columns.get(path);
			return index === undefined ? '' : (cells[index] ?? '').trim();
		};
		if (cells.every((value) => value.trim() === '')) return;
		const where = whereOf(row, htmlToPlain(cell('text.headline')).text);
		const slide: Slide = {};
		for (const [path, index] of columns) {
			const value = (cells[index] ?? '').trim();
			if (value === '' || path === 'type') continue;
			const [group, key] = path.split('.') as [string, string | undefined];
			if (path === 'background') slide.background = backgroundOf(value);
			else if (key === 'time') {
				const clock = readClock(value);
				if (clock) Object.assign(sub(slide, group), clock);
				else
					ctx.problems.add(
						where,
						headers.get(path)!,
						`${quote(value)} is not a time (write it like 10:30 AM or 14:05)`
					);
			} else if (key) sub(slide, group)[key] = value;
			else slide[group] = value;
		}
		const type = cell('type').toLowerCase();
		const source = { slide, path: row };
		if (type === 'title') {
			if (title)
				ctx.problems.add(
					where,
					headers.get('type')!,
					'says title a second time: a timeline has one title slide'
				);
			title = source;
		} else if (type === 'era') eras.push(source);
		else {
			if (type)
				ctx.report.changed(
					'Rows with a Type other than title or era read as events',
					where,
					`${quote(cell('type'))}`
				);
			events.push(source);
		}
	});
	return readTimeline({ format: 'TimelineJS sheet', title, events, eras, label }, ctx);
}

function sub(slide: Slide, group: string): Record<string, unknown> {
	const found = slide[group];
	if (typeof found === 'object') return found;
	const made: Record<string, unknown> = {};
	slide[group] = made;
	return made;
}

/** The Background column holds an image's address or a CSS colour. */
function backgroundOf(value: string): Record<string, unknown> {
	const lower = value.toLowerCase();
	const address =
		lower.startsWith('http://') ||
		lower.startsWith('https://') ||
		lower.startsWith('//') ||
		/\.(jpe?g|png|gif|webp|avif)$/.test(lower);
	return address ? { url: value } : { color: value };
}
