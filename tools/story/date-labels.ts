import { formatDate, monthsBetween } from '../../src/lib/story/dates.ts';
import { isDated, type Story } from '../../src/lib/story/types.ts';

/**
 * Every date the page shows of its own accord, written in `locale`: each event's day (or
 * month), each source's date, every month of the span and its two ends. Keyed `YYYY-MM-DD`
 * for a day, `YYYY-MM` for a month. The build ships these with the page because a phone
 * spends tens of milliseconds creating its first Intl.DateTimeFormat, and that lands in
 * the task that brings the page to life (src/lib/story/dates.ts: datesIn).
 */
export function dateLabels(
	story: Pick<Story, 'meta' | 'sources' | 'events'>,
	locale: string
): Record<string, string> {
	const out: Record<string, string> = {};
	const day = (date: string) => (out[date] ??= formatDate(date, 'day', locale));
	const month = (yyyyMm: string) => (out[yyyyMm] ??= formatDate(`${yyyyMm}-01`, 'month', locale));
	const year = (yyyy: string) => (out[yyyy] ??= formatDate(`${yyyy}-01-01`, 'year', locale));
	const { span } = story.meta;
	if (span) {
		day(span.start);
		day(span.end);
		for (const yyyyMm of monthsBetween(span.start, span.end)) month(yyyyMm);
	}
	for (const event of story.events.filter(isDated))
		for (const { date, precision } of [event, ...(event.end ? [event.end] : [])])
			if (precision === 'day') day(date);
			else if (precision === 'month') month(date.slice(0, 7));
			else year(date.slice(0, 4));
	for (const source of story.sources)
		if (source.date) (source.date.length === 7 ? month : day)(source.date);
	return out;
}
