// What the browser's build of the page starts with (`virtual:story`): the story's start
// without what the server writes into the page and the browser never renders again: the
// first events' words and media, the introduction's paragraphs, the closing note, and the
// sources no later event cites (src/lib/server/server-parts.ts). The server's build keeps
// all of it. Pure: the story plugin (vite-plugin.ts) runs it.
import { withoutMedia } from '../media/page-data.ts';
import type { ShippedEvent, StoryHead } from '../../src/lib/story/types';

/** The sources the events cite, in their paragraphs or their media. */
function sourcesCited(events: readonly ShippedEvent[]): Set<string> {
	const cited = new Set<string>();
	for (const event of events) {
		for (const paragraph of event.body) for (const id of paragraph.sources) cited.add(id);
		for (const item of event.media ?? []) if (item.source) cited.add(item.source);
	}
	return cited;
}

/**
 * The head as the browser gets it. `later`: the events the page's scripts render
 * themselves (a long story's later parts), whose citations need their sources.
 */
export function pageStart<Head extends StoryHead>(
	head: Head,
	later: readonly ShippedEvent[]
): Head {
	const start = withoutMedia(head);
	const cited = sourcesCited(later);
	return {
		...start,
		meta: { ...start.meta, intro: [], about: [] },
		events: start.events.map((event) => ({ ...event, body: [] })),
		sources: start.sources.filter((source) => cited.has(source.id))
	};
}
