// The story file the build tells, checked against its schema and cut where the page's
// first screens end (tools/story/vite-plugin.ts, tools/story/split.ts).
declare module 'virtual:story' {
	/** The page's start, in this build's edition, and what it knows of the others. */
	const data: import('$lib/story/types').StoryData;
	export default data;
}
/** The later events, in parts: each loader fetches one module of them. */
declare module 'virtual:story/later' {
	const parts: (() => Promise<{ default: import('$lib/story/types').ShippedEvent[] }>)[];
	export default parts;
}
/** The live map's label fonts for this build's edition: each file and the characters it covers. */
declare module 'virtual:story/map-fonts' {
	const fonts: { url: string; range: string[] }[];
	export default fonts;
}
/** The whole story, for the server: static maps, month pages. */
declare module 'virtual:story/full' {
	const story: Omit<import('$lib/story/types').Story, 'events'> & {
		events: import('$lib/story/types').ShippedEvent[];
		/** The months whose events are not all in the page's start: each has a page of its own. */
		laterMonths: string[];
	};
	export default story;
}

/** Whether a long story's later steps, which the browser draws, have media (tools/media/vite-plugin.ts). */
declare const __STORY_LATER_MEDIA__: boolean;
/**
 * The map's pane, or null for a story without places (a timeline): then nothing of the
 * map is in the build, MapLibre, basemap and label fonts included.
 */
declare module 'virtual:story/map-pane' {
	const MapPane: typeof import('$lib/components/MapPane.svelte').default | null;
	export default MapPane;
}
/** The maps' data beyond the story: basemap detail, the desk's tiles, data layers (src/lib/map/map-data.ts). */
declare module 'virtual:story/map-data' {
	const data: import('$lib/map/map-data').StoryMapData;
	export default data;
}
