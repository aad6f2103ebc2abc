// The story's paragraphs as the page receives them: those with markup (links, emphasis,
// lists) carry their parsed blocks, so the page renders them without the parser
// (src/lib/components/RichText.svelte). Build time only.
import { blocksOf, type Block } from '../../src/lib/text/rich-text.ts';
import type { Story } from '../../src/lib/story/types.ts';

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
