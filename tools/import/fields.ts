// Text fields as every format has them: HTML to plain text (titles, captions, credits) or
// to the story's Markdown (body text), with what cleaning removed said in the report.
import type { ReaderContext } from './camera.ts';
import { paragraphLimitProblem } from '../story/quotations.ts';
import { htmlToMarkdown, htmlToPlain, type Removals } from './html.ts';
import { quote } from './report.ts';

/** A field over the limits of html-limits.ts refuses the file, naming the field. */
function refused(removals: Removals, where: string, label: string, ctx: ReaderContext): boolean {
	if (removals.refused) ctx.problems.add(where, label, removals.refused);
	return removals.refused !== undefined;
}

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
	if (refused(removals, where, label, ctx)) return undefined;
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
	if (refused(removals, where, label, ctx)) return [];
	// A paragraph the build would refuse (tools/story/quotations.ts) is refused here.
	for (const [i, paragraph] of paragraphs.entries()) {
		const tooMuch = paragraphLimitProblem(paragraph);
		if (tooMuch) ctx.problems.add(where, label, `paragraph ${i + 1} ${tooMuch}`);
	}
	ctx.report.html(where, label, removals);
	if (removals.markup)
		ctx.report.changed(
			'HTML text turned into Markdown (links, emphasis and lists kept)',
			where,
			label
		);
	return paragraphs;
}
