import { staticMapSvg } from '$lib/server/static-maps';
import { story } from '$lib/story';
import type { PageServerLoad } from './$types';

/**
 * The first step's static map, inlined into the page: the map paints with the text,
 * with no request of its own (as an image it was the largest paint, arriving last).
 */
export const load: PageServerLoad = () => {
	const first = story.events[0]!;
	return { firstMap: { stepId: first.id, svg: staticMapSvg(first.id, { inline: true })! } };
};
