/**
 * Who draws a step's media. The server writes them wherever it writes steps, as a part of
 * the page (src/lib/server/server-parts.ts). The browser draws media only in a long story's
 * later steps, and only where the build says one of them has any
 * (`virtual:story/later-media`): the component is then a chunk of its own, fetched when the
 * first of them needs it and kept for the rest, and the page's start-up script carries none
 * of it.
 */
import type { Component } from 'svelte';
import laterMedia from 'virtual:story/later-media';
import type { MediaItem } from './types';

export interface MediaListProps {
	items: readonly MediaItem[];
	/** The event's id, or '' for the introduction: the items' ids start from it. */
	owner: string;
}

export type MediaList = Component<MediaListProps>;

/** The browser's list of media, once fetched. */
let fetched: MediaList | undefined;

/** Whether the browser draws any media at all (a long story's later steps have some). */
export const browserDrawsMedia = laterMedia !== null;

/** The component, if it has been fetched. */
export const mediaList = (): MediaList | undefined => fetched;

/** Fetches the component (once), and keeps it for the steps that follow. */
export const fetchMediaList = async (): Promise<MediaList> =>
	(fetched ??= (await laterMedia!()).default as MediaList);
