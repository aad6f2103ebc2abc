import { m } from '$lib/paraglide/messages.js';
import type { Dates } from './dates';
import type { Source } from './types';

/**
 * How a step's sources line cites a source: its headline in quotation marks (or, where
 * the headline is not known, what the piece is, without them), then byline and date.
 */
export function citationOf(source: Source, dates: Dates): { title: string; after: string } {
	return {
		title: source.untitled ? source.title : m.citation_quoted_title({ title: source.title }),
		after: `${source.author ? m.citation_by_author({ author: source.author }) : ''}${source.date ? m.citation_date({ date: dates.published(source.date) }) : ''}`
	};
}
