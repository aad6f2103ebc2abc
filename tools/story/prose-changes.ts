// What a change to the story file changed, for the dev server (vite-plugin.ts): when only the
// prose of some steps changed (their titles and paragraphs), the page takes the new words in
// place (src/lib/dev/hot-prose.ts) instead of loading again, keeping the reader's place. The
// editor's preview is the dev server, so this is what makes it follow typing within a second.
import type { Story } from '../../src/lib/story/types.ts';

/** The fields of a step the server writes as plain HTML and nothing else reads. */
const PROSE = ['title', 'body'] as const;

const withoutProse = ({ events, ...story }: Story) => ({
	...story,
	events: events.map((event) => {
		const rest: Record<string, unknown> = { ...event };
		for (const key of PROSE) delete rest[key];
		return rest;
	})
});

/**
 * The ids of the steps whose prose differs between `before` and `after`, when nothing else
 * does (the same steps in the same order, the same places, cameras, dates, sources…); null
 * when anything else changed, and the page must load again.
 */
export function proseChanges(before: Story, after: Story): string[] | null {
	if (JSON.stringify(withoutProse(before)) !== JSON.stringify(withoutProse(after))) return null;
	return after.events
		.filter((event, i) =>
			PROSE.some((key) => JSON.stringify(event[key]) !== JSON.stringify(before.events[i]![key]))
		)
		.map((event) => event.id);
}
