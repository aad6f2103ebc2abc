// Static maps, prerendered at build time: one per distinct view of a step (its places highlighted) and an
// overview. They stand in for the live map until it starts, without WebGL or
// JavaScript, and in print.
import { error } from '@sveltejs/kit';
import { LOCATOR_MAP_ID, staticMapIds, staticMapSvg } from '$lib/server/static-map-files';
import { wholeStory } from '$lib/server/whole-story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// A story without places (a timeline) has no maps at all; one with a locator inset
// (`meta.locator`) has its region's, for the live map's inset.
export const entries: EntryGenerator = () =>
	wholeStory.places.length
		? [
				{ id: 'overview' },
				...(wholeStory.meta.locator ? [{ id: LOCATOR_MAP_ID }] : []),
				...staticMapIds().map((id) => ({ id }))
			]
		: [];

export const GET: RequestHandler = ({ params }) => {
	const svg = staticMapSvg(params.id);
	if (!svg) error(404, 'No such map');
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
