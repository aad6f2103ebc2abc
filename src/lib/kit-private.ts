/**
 * Where SvelteKit 2 keeps a history entry's index (its scroll position is saved under it)
 * and the index of the navigation that made it (entries of one navigation are one page,
 * moved between by shallow routing): private to Kit, so the build checks they still are
 * (tools/patches/kit-history.ts).
 */
export const KIT_HISTORY_INDEX = 'sveltekit:history';
export const KIT_NAVIGATION_INDEX = 'sveltekit:navigation';
