// What the app takes from the story it is built for: the modules tools/story/vite-plugin.ts
// makes from the story file (docs/architecture.md, "What the build makes from the story").
declare module 'virtual:story' {
	/** The page's start, in this build's edition, and what it knows of the others. */
	const data: import('$lib/story/types').StoryData;
	export default data;
}
/** The later events, in parts: each loader fetches one module of them; and the sources they cite. */
declare module 'virtual:story/later' {
	const sources: import('$lib/story/types').Source[];
	export { sources };
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

/**
 * The map's pane, or null for a story without places (a timeline): then nothing of the
 * map is in the build, MapLibre, basemap and label fonts included.
 */
declare module 'virtual:story/map-pane' {
	const MapPane: typeof import('$lib/components/MapPane.svelte').default | null;
	export default MapPane;
}
/** The map's key, or null for a story without data layers (`meta.layers`): then none is bundled. */
declare module 'virtual:story/map-legend' {
	const MapLegend: typeof import('$lib/components/MapLegend.svelte').default | null;
	export default MapLegend;
}
/** The basemap drawn for the story's region: its GeoJSON, for the server's static maps. */
declare module 'virtual:story/basemap' {
	const basemap: import('geojson').FeatureCollection;
	export default basemap;
}
/** Its detail (1:10m where the cameras come close): its GeoJSON, for the server's static maps. */
declare module 'virtual:story/basemap-detail' {
	const detail: import('geojson').FeatureCollection;
	export default detail;
}
/** The same basemap's address, for the live map to fetch. */
declare module 'virtual:story/basemap-url' {
	const url: string;
	export default url;
}
/** Its detail's address, where the story's cameras come close (`virtual:story/map-data`'s `detailAreas`). */
declare module 'virtual:story/basemap-detail-url' {
	const url: string;
	export default url;
}
/**
 * Who draws the media of a long story's later steps in the browser: a loader of the
 * component, or null where none of them has media (the server draws the rest).
 */
declare module 'virtual:story/later-media' {
	const load:
		| (() => Promise<{ default: typeof import('$lib/components/media/MediaList.svelte').default }>)
		| null;
	export default load;
}
/** The maps' data beyond the story: basemap detail, the desk's tiles, data layers (src/lib/map/map-data.ts). */
declare module 'virtual:story/map-data' {
	const data: import('$lib/map/map-data').StoryMapData;
	export default data;
}
