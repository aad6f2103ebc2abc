/**
 * Where SvelteKit 2 keeps a history entry's index (its scroll position is saved under it):
 * private to Kit, so the build checks it still is (tools/patches/kit-history.ts).
 */
export const KIT_HISTORY_INDEX = 'sveltekit:history';
