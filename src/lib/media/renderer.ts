/**
 * Who draws a step's media. The server draws every step the page starts with, the
 * introduction's media and the month pages (src/lib/server/static-parts.ts), at once:
 * hooks.server.ts hands it the component. The browser draws media only in a long story's
 * later steps, so the component is a chunk of its own, fetched when the first of them
 * needs it, and the page's start-up script carries none of it.
 */
import type { Component } from 'svelte';
import type { MediaItem } from './types';

export interface MediaListProps {
	items: readonly MediaItem[];
	/** The event's id, or '' for the introduction: the items' ids start from it. */
	owner: string;
}

type MediaList = Component<MediaListProps>;

let drawing: MediaList | undefined;

/** The server's: draw media with this component, at once. */
export function drawMediaWith(component: MediaList): void {
	drawing = component;
}

/** The component, if it is here (always on the server; in the browser once fetched). */
export const mediaList = (): MediaList | undefined => drawing;

/** Fetches the component (once), and keeps it for the steps that follow. */
export const loadMediaList = (): Promise<MediaList> =>
	import('$lib/components/media/MediaList.svelte').then(
		(module) => (drawing = module.default as MediaList)
	);
