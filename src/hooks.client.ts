import type { ClientInit } from '@sveltejs/kit';
import { KIT_HISTORY_INDEX, KIT_NAVIGATION_INDEX } from '$lib/kit-private';

/**
 * On a reload, or a return from another page, the browser restores the reader's scroll
 * position itself, while the page loads. SvelteKit restores it again when it starts, which
 * here is after the first paint and the scripts' download: by then the reader may have
 * scrolled on, and that second restore would snap them back. Kit finds the position by the
 * entry's index in history.state, so the entry is given a fresh index, under which Kit has
 * saved nothing, and Kit leaves the scroll alone.
 *
 * The navigation index stays: it tells Kit that the tab's other entries are this same page
 * (the navigator's shallow entries). Without it (issue 28) Kit took the entry for a new
 * navigation, and Back across the reload for a navigation to another page: it went to the
 * URL that entry's page was loaded with, and its scroll, not to where the reader had left it.
 *
 * The build fails if Kit renames either key or stops reading them on start
 * (tools/patches/kit-history.ts); e2e/reload.spec.ts and e2e/tour/reload.spec.ts fail if
 * this stops working.
 */
export const init: ClientInit = () => {
	const state: unknown = history.state;
	if (!state || typeof state !== 'object' || !(KIT_HISTORY_INDEX in state)) return;
	const rest: Record<string, unknown> = { ...state };
	if (typeof rest[KIT_NAVIGATION_INDEX] === 'number') {
		// Kit's own choice for a new entry's index: later than every index this tab has used
		// (each push adds one), so no saved scroll position is found under it.
		rest[KIT_HISTORY_INDEX] = Date.now();
	} else {
		// Without a navigation index Kit starts both afresh, as for a new page.
		delete rest[KIT_HISTORY_INDEX];
	}
	history.replaceState(rest, '');
};
