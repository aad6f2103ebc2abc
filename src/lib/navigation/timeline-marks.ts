/**
 * The timeline's marks: one per day with events while days stay far enough apart to tap,
 * else one per week, month, year, decade or century, the finest that fits. Whether they
 * do is judged on the narrowest screen the story supports, so the marks are the same at
 * every size (and in the HTML).
 */
import { m } from '$lib/paraglide/messages.js';
import type { Dates } from '$lib/story/dates';
import type { DaySummary } from '$lib/story/types';

export type MarkPeriod = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

export interface TimelineMark {
	/** The first date with events in the mark's period: where the mark leads. */
	date: string;
	/** The last date with events in it. */
	last: string;
	period: MarkPeriod;
	precision: DaySummary['precision'];
	/** The last date's precision. */
	lastPrecision: DaySummary['precision'];
	count: number;
	/** The first few headlines. */
	titles: string[];
	/** The group every event of the mark belongs to, if they share one. */
	group?: string;
}

/**
 * The timeline's track on a 320px phone: the bar's padding and the timeline's own taken off
 * (0.75rem each side, each: StoryBar.svelte, Timeline.svelte).
 */
export const NARROWEST_TRACK_PX = 272;
/** Tap targets: a day's marks keep WCAG's 24px minimum; grouped marks are 44px wide. */
const TARGET_PX: Record<MarkPeriod, number> = {
	day: 24,
	week: 44,
	month: 44,
	year: 44,
	decade: 44,
	century: 44
};
/** Finest first: the first whose marks fit is the timeline's. */
const PERIODS: MarkPeriod[] = ['day', 'week', 'month', 'year', 'decade', 'century'];

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The Monday that starts an ISO day's week (YYYY-MM-DD). */
export function weekOf(iso: string): string {
	const t = Date.parse(`${iso}T00:00:00Z`);
	const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0
	return new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
}

const periodKey: Record<MarkPeriod, (iso: string) => string> = {
	day: (iso) => iso,
	week: weekOf,
	month: (iso) => iso.slice(0, 7),
	year: (iso) => iso.slice(0, 4),
	decade: (iso) => iso.slice(0, 3),
	century: (iso) => iso.slice(0, 2)
};

/** The days grouped by period, in order. */
export function groupDays(days: readonly DaySummary[], period: MarkPeriod): TimelineMark[] {
	const marks: TimelineMark[] = [];
	let key = '';
	for (const day of days) {
		const k = periodKey[period](day.date);
		const last = marks.at(-1);
		if (last && k === key) {
			last.last = day.date;
			last.lastPrecision = day.precision;
			last.count += day.count;
			last.titles.push(...day.titles.slice(0, Math.max(0, 3 - last.titles.length)));
			if (day.precision === 'day' && last.date === day.date) last.precision = 'day';
			if (last.group !== day.group) delete last.group;
		} else {
			const { date, precision, count, group } = day;
			marks.push({
				date,
				precision,
				count,
				titles: [...day.titles],
				last: date,
				lastPrecision: precision,
				period,
				...(group ? { group } : {})
			});
			key = k;
		}
	}
	return marks;
}

/**
 * Whether marks alternating above and below the axis (see Timeline.svelte) keep their
 * targets apart on a track this wide: each mark clear of the next but one, on its row.
 */
export function marksFit(marks: readonly TimelineMark[], span: [string, string], trackPx: number) {
	const [start, end] = span.map(dayNumber) as [number, number];
	const px = (iso: string) => ((dayNumber(iso) - start) / Math.max(1, end - start)) * trackPx;
	return marks.every(
		(mark, i) => i < 2 || px(mark.date) - px(marks[i - 2]!.date) >= TARGET_PX[mark.period] - 0.001
	);
}

/** The finest grouping whose marks all fit the narrowest track. */
export function timelineMarks(
	days: readonly DaySummary[],
	span: [string, string],
	trackPx = NARROWEST_TRACK_PX
): TimelineMark[] {
	for (const period of PERIODS) {
		const marks = groupDays(days, period);
		if (marksFit(marks, span, trackPx)) return marks;
	}
	return groupDays(days, 'century');
}

/** The mark the reader's date falls in: the last that starts on or before it. */
export function markIndexFor(marks: readonly TimelineMark[], date: string | null): number {
	if (!date) return -1;
	let found = -1;
	marks.forEach((mark, i) => {
		if (mark.date <= date) found = i;
	});
	return found;
}

/** What a mark says: its date or dates, then its headlines ("and 20 more"). */
export function markLabel(mark: TimelineMark, dates: Dates): string {
	const more = mark.count - mark.titles.length;
	const headlines =
		mark.titles.join(m.list_separator()) +
		(more > 0 ? m.timeline_mark_and_more({ count: more }) : '');
	if (mark.period === 'day')
		return m.timeline_day_tip({ date: dates.format(mark.date, mark.precision), headlines });
	const when =
		mark.date === mark.last
			? dates.format(mark.date, mark.precision)
			: m.timeline_mark_date_range({
					from: dates.format(mark.date, mark.precision),
					to: dates.format(mark.last, mark.lastPrecision)
				});
	return m.timeline_mark_group_tip({ when, count: mark.count, headlines });
}
