// Static maps, prerendered at build time: one per step (its places highlighted) and an
// overview. They stand in for the live map without JavaScript or WebGL, and in print.
import { error } from '@sveltejs/kit';
import type { FeatureCollection } from 'geojson';
import basemap from '$lib/data/basemap.json';
import { cameraFor } from '$lib/map/camera';
import { renderStaticMap, staticFrameFor } from '$lib/map/static-map';
import { placesOf, story } from '$lib/story';
import {
	OVERVIEW_BOUNDS,
	OVERVIEW_PLACES,
	STATIC_MAP_SIZE,
	staticMapAlt
} from '$lib/map/static-maps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [
	{ id: 'overview' },
	...story.events.map((event) => ({ id: event.id }))
];

export const GET: RequestHandler = ({ params }) => {
	const event = story.events.find((e) => e.id === params.id);
	if (!event && params.id !== 'overview') error(404, 'No such map');
	const svg = renderStaticMap({
		basemap: basemap as FeatureCollection,
		places: story.places,
		highlighted: event?.places ?? OVERVIEW_PLACES,
		bounds: event ? staticFrameFor(cameraFor(event, placesOf(event))) : OVERVIEW_BOUNDS,
		...STATIC_MAP_SIZE,
		title: staticMapAlt(event ? placesOf(event) : [])
	});
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
