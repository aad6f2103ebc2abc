import type { ParamMatcher } from '@sveltejs/kit';

/** A month of the story, as its page's path names it: `2017-01`. */
export const match: ParamMatcher = (param) => /^\d{4}-(0[1-9]|1[0-2])$/.test(param);
