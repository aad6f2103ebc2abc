// The story's paragraphs as the page receives them: those with markup (links, emphasis,
// lists) carry their parsed blocks, so the page renders them without the parser
// (src/lib/components/RichText.svelte). Build time only.
import { parseRichText, type Block } from '../../src/lib/text/rich-text.ts';
import type { Story } from '../../src/lib/story/types.ts';

/**
 * The text's blocks, or undefined when it is one paragraph of plain words (a `<p>` of the
 * text as written: most paragraphs). The page receives these with the paragraphs that need
 * them, and renders markup without shipping the parser.
 */
export function blocksOf(text: string): Block[] | undefined {
	const blocks = parseRichText(text);
	const [first] = blocks;
	const plain =
		blocks.length === 1 &&
		first?.kind === 'paragraph' &&
		first.content.length === 1 &&
		first.content[0]?.kind === 'text' &&
		first.content[0].text === text;
	return plain ? undefined : blocks;
}

type Parsed<P> = P & { blocks?: Block[] };

function parsed<P extends { text: string }>(paragraph: P): Parsed<P> {
	const blocks = blocksOf(paragraph.text);
	return blocks ? { ...paragraph, blocks } : paragraph;
}

/** The story with each marked-up paragraph's blocks beside its text (the introduction's, the events'). */
export function withRichText(story: Story): Story {
	return {
		...story,
		meta: { ...story.meta, intro: story.meta.intro.map(parsed) },
		events: story.events.map((event) => ({ ...event, body: event.body.map(parsed) }))
	};
}
