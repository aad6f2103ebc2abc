import type { ClientInit } from '@sveltejs/kit';
import { KIT_HISTORY_INDEX } from '$lib/kit-private';

/**
 * On a reload, or a return from another page, the browser restores the reader's scroll
 * position itself, while the page loads. SvelteKit restores it again when it starts, which
 * here is after the first paint and the scripts' download: by then the reader may have
 * scrolled on, and that second restore would snap them back. Kit finds the position by the
 * entry's index in history.state; without one it takes the entry as new (and gives it a new
 * index) and leaves the scroll alone. The build fails if Kit renames
 * the key (tools/patches/kit-history.ts), and e2e/reload.spec.ts if this stops working.
 */
export const init: ClientInit = () => {
	const state: unknown = history.state;
	if (!state || typeof state !== 'object' || !(KIT_HISTORY_INDEX in state)) return;
	const rest: Record<string, unknown> = { ...state };
	delete rest[KIT_HISTORY_INDEX];
	history.replaceState(rest, '');
};
