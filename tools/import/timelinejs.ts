// TimelineJS3 (JSON, or a Google Sheet read into the same shape by timelinejs-sheet.ts):
// a title slide, events with dates, eras. Fields are read as the format documents them;
// what the story cannot carry is reported, what it cannot carry honestly refuses the file.
import type { ReaderContext } from './camera.ts';
import { dateInWords, firstDay, lastDay, readTimelineDate, sameDate } from './dates.ts';
import type { DatePart } from './dates.ts';
import { markdownOf, plainOf } from './fields.ts';
import { quote, whereOf } from './report.ts';
import type { Draft, DraftEvent, Era, StoryDate } from './types.ts';
import { readLocation, readMedia } from './slide-parts.ts';
import { field, given, isRecord, unknownKeys } from './values.ts';

export interface SlideSource {
	slide: unknown;
	/** How the file places it: `events[3]`, or `row 5` in a sheet. */
	path: string;
}

export interface TimelineSource {
	format: 'TimelineJS' | 'TimelineJS sheet';
	title?: SlideSource;
	events: SlideSource[];
	eras: SlideSource[];
	/** The file's own name for a field: `start_date.year`, or `Year` in a sheet. */
	label: (path: string) => string;
}

const TOP_KEYS = ['title', 'events', 'eras', 'scale'];
const SLIDE_KEYS = [
	'start_date',
	'end_date',
	'text',
	'media',
	'group',
	'display_date',
	'background'
];
const EXTRA_KEYS = ['autolink', 'unique_id', 'location', 'media_position'];
const DATE_PARTS: DatePart[] = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'];
const UNKNOWN = 'Unknown fields (not in the format as documented)';

/** A parsed TimelineJS JSON file. */
export function readTimelineJson(doc: unknown, ctx: ReaderContext): Draft | undefined {
	if (!isRecord(doc)) {
		ctx.problems.add('', '', 'is not a TimelineJS file: it holds no object');
		return undefined;
	}
	const lists: Record<'events' | 'eras', SlideSource[]> = { events: [], eras: [] };
	for (const key of ['events', 'eras'] as const) {
		const list = field(doc, key);
		if (list === undefined) continue;
		if (!Array.isArray(list)) ctx.problems.add('', key, 'is not a list');
		else lists[key] = list.map((slide, i) => ({ slide, path: `${key}[${i}]` }));
	}
	const scale = field(doc, 'scale');
	if (given(scale) && scale !== 'human')
		ctx.report.dropped(
			'The timeline’s scale (the story’s calendar is the human one)',
			quote(scale)
		);
	for (const key of unknownKeys(doc, TOP_KEYS)) ctx.report.dropped(UNKNOWN, key);
	const title = field(doc, 'title');
	return readTimeline(
		{
			format: 'TimelineJS',
			title: title === undefined ? undefined : { slide: title, path: 'title' },
			...lists,
			label: (path) => path
		},
		ctx
	);
}

/** TimelineJS slides, from a JSON file or a sheet, as the story's draft. */
export function readTimeline(source: TimelineSource, ctx: ReaderContext): Draft {
	const draft: Draft = {
		format: source.format,
		intro: [],
		media: [],
		eras: [],
		dated: true,
		events: []
	};
	if (source.title) readTitle(source.title, source, ctx, draft);
	for (const slide of source.events) {
		const event = readEvent(slide, source, ctx);
		if (event) draft.events.push(event);
	}
	for (const slide of source.eras) {
		const era = readEra(slide, source, ctx);
		if (era) draft.eras.push(era);
	}
	const sorted = [...draft.eras].sort((a, b) =>
		a.start < b.start ? -1 : a.start > b.start ? 1 : 0
	);
	if (sorted.some((era, i) => era !== draft.eras[i]))
		ctx.report.changed('Eras put in date order (the file’s order differed)');
	draft.eras = sorted;
	return draft;
}

function readTitle(
	src: SlideSource,
	source: TimelineSource,
	ctx: ReaderContext,
	draft: Draft
): void {
	if (!isRecord(src.slide)) return ctx.problems.add(src.path, '', 'is not a slide object');
	const headline = plainOf(
		field(field(src.slide, 'text'), 'headline'),
		src.path,
		source.label('text.headline'),
		ctx
	);
	const where = whereOf(src.path, headline);
	draft.title = headline;
	draft.intro = bodyOf(src.slide, where, source, ctx);
	draft.media = readMedia(src.slide, where, source, ctx);
	for (const key of ['start_date', 'end_date', 'display_date', 'group'])
		if (given(field(src.slide, key)))
			ctx.report.dropped(
				'Dates and groups on the title slide (it stands before the events)',
				where,
				`${source.label(key)}`
			);
	reportUnknown(src.slide, where, ctx);
}

function readEvent(
	src: SlideSource,
	source: TimelineSource,
	ctx: ReaderContext
): DraftEvent | undefined {
	const { slide } = src;
	if (!isRecord(slide)) {
		ctx.problems.add(src.path, '', 'is not a slide object');
		return undefined;
	}
	const title = plainOf(
		field(field(slide, 'text'), 'headline'),
		src.path,
		source.label('text.headline'),
		ctx
	);
	const where = whereOf(src.path, title);
	const start = readDate(slide, 'start_date', where, source, ctx);
	if (start === undefined)
		ctx.problems.add(
			where,
			source.label('start_date'),
			'is missing: TimelineJS needs a start date for every event but the title slide'
		);
	let end = readDate(slide, 'end_date', where, source, ctx);
	if (!start || end === null) return undefined;
	if (
		end &&
		(lastDay(end) < firstDay(start) ||
			(end.date === start.date && end.time && start.time && end.time < start.time))
	) {
		ctx.problems.add(
			where,
			source.label('end_date'),
			`${dateInWords(end)} is before the start, ${dateInWords(start)}`
		);
		return undefined;
	}
	if (end && sameDate(start, end)) {
		ctx.report.changed('End dates the same as their start left out', where);
		end = undefined;
	}
	const displayDate = field(slide, 'display_date');
	const event: DraftEvent = {
		where,
		fallbackTitle:
			typeof displayDate === 'string' && displayDate.trim()
				? displayDate.trim()
				: dateInWords(start),
		body: bodyOf(slide, where, source, ctx),
		start,
		media: readMedia(slide, where, source, ctx)
	};
	if (title) event.title = title;
	if (end) event.end = end;
	if (given(displayDate))
		ctx.report.dropped(
			'Display dates (the story writes its dates itself)',
			where,
			`${quote(displayDate)}`
		);
	const group = plainOf(field(slide, 'group'), where, source.label('group'), ctx);
	if (group) event.group = group;
	const location = readLocation(field(slide, 'location'), where, ctx);
	if (location) event.location = location;
	reportUnknown(slide, where, ctx);
	const uniqueId = field(slide, 'unique_id');
	if (given(uniqueId))
		ctx.report.changed(
			'unique_id not carried: ids are made from headlines',
			where,
			`${quote(uniqueId)}`
		);
	if (field(slide, 'autolink') !== undefined)
		ctx.report.dropped('autolink (the story links only what its text links)', where);
	if (field(slide, 'media_position') !== undefined)
		ctx.report.dropped('media_position (the story lays out its own pages)', where);
	return event;
}

/** null when the date is given and wrong (a problem line says why); undefined when missing. */
function readDate(
	slide: Record<string, unknown>,
	key: 'start_date' | 'end_date',
	where: string,
	source: TimelineSource,
	ctx: ReaderContext
): StoryDate | undefined | null {
	const value = field(slide, key);
	if (value === undefined || value === null) return undefined;
	if (!isRecord(value)) {
		ctx.problems.add(where, source.label(key), `${quote(value)} is not a date object`);
		return null;
	}
	for (const unknown of unknownKeys(value, [...DATE_PARTS, 'display_date', 'format']))
		ctx.report.dropped(UNKNOWN, where, `${key}.${unknown}`);
	const display = field(value, 'display_date');
	if (given(display))
		ctx.report.dropped(
			'Display dates (the story writes its dates itself)',
			where,
			`${quote(display)}`
		);
	if (given(field(value, 'format')))
		ctx.report.dropped(
			'Date formats (the story writes its dates itself)',
			where,
			`${source.label(`${key}.format`)}`
		);
	const parts: Partial<Record<DatePart, unknown>> = {};
	for (const part of DATE_PARTS) if (given(field(value, part))) parts[part] = field(value, part);
	if (!Object.keys(parts).length) return undefined;
	const read = readTimelineDate(parts);
	for (const problem of read.problems)
		ctx.problems.add(where, source.label(`${key}.${problem.part}`), problem.message);
	if (!ctx.numbersAreText)
		for (const part of read.fromString)
			ctx.report.changed(
				'Numbers given as strings read as numbers',
				where,
				`${source.label(`${key}.${part}`)}`
			);
	if (read.belowMinute)
		ctx.report.dropped('Seconds and milliseconds (times are carried to the minute)', where);
	return read.date ?? null;
}

function readEra(src: SlideSource, source: TimelineSource, ctx: ReaderContext): Era | undefined {
	if (!isRecord(src.slide)) {
		ctx.problems.add(src.path, '', 'is not an era object');
		return undefined;
	}
	const label = plainOf(
		field(field(src.slide, 'text'), 'headline'),
		src.path,
		source.label('text.headline'),
		ctx
	);
	const where = whereOf(src.path, label);
	const start = readDate(src.slide, 'start_date', where, source, ctx);
	const end = readDate(src.slide, 'end_date', where, source, ctx);
	if (start === undefined)
		ctx.problems.add(
			where,
			source.label('start_date'),
			'is missing: an era needs a start and an end'
		);
	if (end === undefined)
		ctx.problems.add(
			where,
			source.label('end_date'),
			'is missing: an era needs a start and an end'
		);
	if (!start || !end) return undefined;
	if (lastDay(end) < firstDay(start)) {
		ctx.problems.add(
			where,
			source.label('end_date'),
			`${dateInWords(end)} is before the start, ${dateInWords(start)}`
		);
		return undefined;
	}
	if (bodyOf(src.slide, where, source, ctx).length)
		ctx.report.dropped('Era text (TimelineJS does not show it either)', where);
	const era = {
		label: label ?? `${dateInWords(start)}–${dateInWords(end)}`,
		start: firstDay(start),
		end: lastDay(end)
	};
	if (!label) ctx.report.changed('Eras without a headline labelled with their dates', where);
	return era;
}

function reportUnknown(slide: Record<string, unknown>, where: string, ctx: ReaderContext): void {
	for (const key of unknownKeys(slide, [...SLIDE_KEYS, ...EXTRA_KEYS]))
		ctx.report.dropped(UNKNOWN, where, key);
	for (const key of unknownKeys(field(slide, 'text'), ['headline', 'text']))
		ctx.report.dropped(UNKNOWN, where, `text.${key}`);
}

function bodyOf(
	slide: Record<string, unknown>,
	where: string,
	source: TimelineSource,
	ctx: ReaderContext
): string[] {
	return markdownOf(field(field(slide, 'text'), 'text'), where, source.label('text.text'), ctx);
}
