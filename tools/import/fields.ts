// Text fields as every format has them: HTML to plain text (titles, captions, credits) or
// to the story's Markdown (body text), with what cleaning removed said in the report.
import type { ReaderContext } from './camera.ts';
import { htmlToMarkdown, htmlToPlain } from './html.ts';
import { quote } from './report.ts';

/** A field's HTML as plain text; undefined when missing or empty, a problem when not text. */
export function plainOf(
	value: unknown,
	where: string,
	label: string,
	ctx: ReaderContext
): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string' && typeof value !== 'number') {
		ctx.problems.add(where, label, `${quote(value)} is not text`);
		return undefined;
	}
	const { text, removals } = htmlToPlain(String(value));
	ctx.report.html(where, label, removals);
	if (removals.markup)
		ctx.report.changed(
			'HTML in titles, captions, credits and labels reduced to plain text',
			where,
			label
		);
	return text || undefined;
}

/** A field's HTML as Markdown paragraphs. */
export function markdownOf(
	value: unknown,
	where: string,
	label: string,
	ctx: ReaderContext
): string[] {
	if (value === undefined || value === null) return [];
	if (typeof value !== 'string') {
		ctx.problems.add(where, label, `${quote(value)} is not text`);
		return [];
	}
	const { paragraphs, removals } = htmlToMarkdown(value);
	ctx.report.html(where, label, removals);
	if (removals.markup)
		ctx.report.changed(
			'HTML text turned into Markdown (links, emphasis and lists kept)',
			where,
			label
		);
	return paragraphs;
}
