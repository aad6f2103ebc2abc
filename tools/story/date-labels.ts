import { axisTicks, dateKey, formatDate, formatTime } from '../../src/lib/story/dates.ts';
import { isDated, type Story } from '../../src/lib/story/types.ts';

/**
 * Every date the page shows of its own accord, written in `locale`: each event's day (or
 * month, or year) and time, its span's end, each source's date, the names on the
 * timeline's axis and the span's two ends. Keyed `YYYY-MM-DD` for a day, `YYYY-MM` for a
 * month, `YYYY` for a year, `HH:MM` for a time. The build ships these with the page because
 * a phone spends tens of milliseconds creating its first Intl.DateTimeFormat, and that
 * lands in the task that brings the page to life (src/lib/story/dates.ts: datesIn).
 */
export function dateLabels(
	story: Pick<Story, 'meta' | 'sources' | 'events'>,
	locale: string
): Record<string, string> {
	const out: Record<string, string> = {};
	const add = (date: string, precision: 'day' | 'month' | 'year') =>
		(out[dateKey(date, precision)] ??= formatDate(date, precision, locale));
	const { span } = story.meta;
	if (span) {
		add(span.start, 'day');
		add(span.end, 'day');
		for (const tick of axisTicks(span.start, span.end)) add(tick.date, tick.precision);
	}
	for (const event of story.events.filter(isDated))
		for (const { date, precision, time } of [event, ...(event.end ? [event.end] : [])]) {
			add(date, precision);
			if (time) out[time] ??= formatTime(time, locale);
		}
	for (const source of story.sources)
		if (source.date)
			add(
				source.date.length === 7 ? `${source.date}-01` : source.date,
				source.date.length === 7 ? 'month' : 'day'
			);
	return out;
}
