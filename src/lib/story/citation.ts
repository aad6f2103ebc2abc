import { m } from '$lib/paraglide/messages.js';
import { formatDate } from './dates';
import type { Source } from './types';

/** A publication date, `YYYY-MM-DD` or `YYYY-MM` (only the month known), as the story prints it. */
export function formatPublished(date: string): string {
	return date.length === 7 ? formatDate(`${date}-01`, 'month') : formatDate(date);
}

/**
 * How a step's sources line cites a source: its headline in quotation marks (or, where
 * the headline is not known, what the piece is, without them), then byline and date.
 */
export function citationOf(source: Source): { title: string; after: string } {
	return {
		title: source.untitled ? source.title : m.citation_quoted_title({ title: source.title }),
		after: `${source.author ? m.citation_by_author({ author: source.author }) : ''}${m.citation_date({ date: formatPublished(source.date) })}`
	};
}
