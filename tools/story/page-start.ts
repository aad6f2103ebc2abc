// What the browser's build of the page starts with (`virtual:story`): the story's start
// without what the server writes into the page and the browser never renders again: the
// first events' words and media, the introduction's paragraphs, the closing note, and the
// sources (src/lib/server/server-parts.ts). A long story's later events, which the browser
// renders, bring the sources they cite (`virtual:story/later`). The server's build keeps
// all of it. Pure: the story plugin (vite-plugin.ts) runs it.
import { withoutMedia } from '../media/page-data.ts';
import type { ShippedEvent, Source, StoryHead } from '../../src/lib/story/types';

/** Of `sources`, those the events cite, in their paragraphs or their media. */
export function sourcesCitedBy(
	events: readonly ShippedEvent[],
	sources: readonly Source[]
): Source[] {
	const cited = new Set<string>();
	for (const event of events) {
		for (const paragraph of event.body) for (const id of paragraph.sources) cited.add(id);
		for (const item of event.media ?? []) if (item.source) cited.add(item.source);
	}
	return sources.filter((source) => cited.has(source.id));
}

/** The head as the browser gets it. */
export function pageStart<Head extends StoryHead>(head: Head): Head {
	const start = withoutMedia(head);
	return {
		...start,
		meta: { ...start.meta, intro: [], about: [] },
		events: start.events.map((event) => ({ ...event, body: [] })),
		sources: []
	};
}
