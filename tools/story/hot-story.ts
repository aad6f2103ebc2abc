// The dev server's side of a story file that changes while its page is open: which steps'
// words alone changed (prose-changes.ts), told to the page (src/lib/dev/hot-prose.ts takes
// them in place), or the page loaded again. A page still starting when a change lands has
// no listener yet: once it has, it says when it started loading, and is told what it missed.
import type { HotChannelClient, HotPayload, ViteDevServer } from 'vite';
import type { Story } from '../../src/lib/story/types.ts';
import { proseChanges } from './prose-changes.ts';

/** A change to the story file: when (ms since 1970), and whose words (null: more than words). */
export interface StoryChange {
	at: number;
	steps: string[] | null;
}

/** How many changes are remembered for pages still starting (one that missed more reloads). */
const REMEMBERED = 20;

/**
 * What tells a page that started loading at `since` of the changes it missed: null for none,
 * the steps whose words changed, or a reload (more than words changed, or more changes than
 * are remembered).
 */
export function missedSince(changes: StoryChange[], since: number): HotPayload | null {
	const missed = changes.filter((change) => change.at >= since);
	if (!missed.length) return null;
	const forgotten = changes.length >= REMEMBERED && missed.length === changes.length;
	const steps = missed.map((change) => change.steps);
	if (forgotten || steps.some((ids) => ids === null)) return { type: 'full-reload' };
	return { type: 'custom', event: 'story:prose', data: { steps: [...new Set(steps.flat())] } };
}

/** The story's changes on one dev server, told to its pages. */
export function storyChanges() {
	const changes: StoryChange[] = [];
	let server: ViteDevServer | undefined;
	return {
		/** Listens for pages that started while a change landed (the plugin's configureServer). */
		listen(dev: ViteDevServer) {
			server = dev;
			dev.environments.client.hot.on(
				'story:listening',
				({ since }: { since: number }, client: HotChannelClient) => {
					const payload = missedSince(changes, since);
					if (payload) client.send(payload);
				}
			);
		},
		/** The story file changed from `before` to `after()` (which throws for a broken file): tells the pages. */
		changed(before: Story | undefined, after: () => Story) {
			let steps: string[] | null = null;
			try {
				steps = before ? proseChanges(before, after()) : null;
			} catch {
				// A broken file: the page loads again, and shows what is wrong.
			}
			changes.push({ at: Date.now(), steps });
			if (changes.length > REMEMBERED) changes.shift();
			server?.environments.client.hot.send(
				steps ? { type: 'custom', event: 'story:prose', data: { steps } } : { type: 'full-reload' }
			);
		}
	};
}
