import type { ParamMatcher } from '@sveltejs/kit';
import { ISO_MONTH } from '$lib/story/dates';

/** A month of the story, as its page's path names it: `2017-01`. */
export const match: ParamMatcher = (param) => ISO_MONTH.test(param);
