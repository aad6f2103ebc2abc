// The maps' data for one build of a story (docs/maps.md): the desk's tiles cut from its
// archive, the data layers checked and hashed, the cameras capped at the map's detail, and
// the files to publish. Problems stop the build, one line each naming the file and field;
// warnings are printed. The Vite plugin (vite-plugin.ts) serves the result.
import { createHash } from 'node:crypto';
import { DETAIL_LIMIT, DETAIL_ZOOM } from '../basemap/story-basemap.ts';
import { detailAreas, storyViews } from '../basemap/views.ts';
import { storyRegion } from '../../src/lib/map/region.js';
import { fileBeside, readCapped } from './files.ts';
import { checkLayer, LAYER_SIZE_WARNING, MAX_LAYER_BYTES } from './layers.ts';
import {
	archiveInfo,
	cutTiles,
	openArchive,
	tilesForViews,
	TILES_DIR,
	type ArchiveInfo
} from './tiles.ts';
import { capCameras, zoomLimit } from './zoom-cap.ts';
import type { ShippedLayer, StoryMapData } from '../../src/lib/map/map-data.ts';
import type { Bounds, Story } from '../../src/lib/story/types';
import type { Box } from '../basemap/geometry.ts';

/** Where the layers' files go: hashed names, cached for good like the rest of `_app/immutable`. */
export const LAYERS_DIR = '_app/immutable/layers';
export const BASEMAP_CREDITS = ['Natural Earth (public domain)', 'GeoNames (CC BY 4.0)'];

export interface MapDataBuild {
	/** The story with its cameras capped at the map's detail. */
	story: Story;
	/** The page's module. */
	data: StoryMapData;
	/** The server's: the same, with each layer's collection for the static maps. */
	serverData: StoryMapData;
	/** Each file to publish, by its name from the site's root. */
	files: Map<string, Uint8Array>;
	warnings: string[];
	/** What the build made, for its log: the tiles cut and their bytes. */
	notes: string[];
}

/** A layer as the page gets it: the collection is fetched from its file. */
function withoutData(layer: ShippedLayer): ShippedLayer {
	const copy = { ...layer };
	delete copy.data;
	return copy;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1).replace(/\.0$/, '')} MB`;

/** Everything the maps need of `story` (read from `storyFile`, named `label` in messages). */
export async function buildMapData(
	storyFile: string,
	story: Story,
	label: string
): Promise<MapDataBuild> {
	const problems: string[] = [];
	const warnings: string[] = [];
	const files = new Map<string, Uint8Array>();
	const { tiles, info } = await deskTiles(storyFile, story, label, problems, warnings, files);
	const layers = readLayers(storyFile, story, label, problems, warnings, files);
	if (problems.length)
		throw new Error(`${label} has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
	const limit = zoomLimit(DETAIL_LIMIT, info);
	const capped = capCameras(story, limit, { label, tiles: info !== null });
	warnings.push(...capped.warnings);
	const data: StoryMapData = {
		basemap: {
			detailZoom: DETAIL_ZOOM,
			detailLimit: DETAIL_LIMIT,
			detailAreas: story.places.length ? (detailAreas(story, DETAIL_ZOOM) as Bounds[]) : [],
			credits: BASEMAP_CREDITS
		},
		tiles,
		layers: layers.map(withoutData),
		offline: [...files.keys()].sort(),
		// Only when asked: a story without an inset carries not even its name.
		...(story.meta.locator && story.places.length ? { locator: true as const } : {})
	};
	const notes = tiles
		? [
				`${label}: ${tiles.count} tiles (${megabytes(tiles.bytes)}) cut from meta.basemap.pmtiles into ${tiles.template.split('/{z}')[0]}/`
			]
		: [];
	return {
		story: { ...story, events: capped.events },
		data,
		serverData: { ...data, layers },
		files,
		warnings,
		notes
	};
}

async function deskTiles(
	storyFile: string,
	story: Story,
	label: string,
	problems: string[],
	warnings: string[],
	files: Map<string, Uint8Array>
): Promise<{ tiles: StoryMapData['tiles']; info: ArchiveInfo | null }> {
	const basemap = story.meta.basemap;
	if (!basemap || story.places.length === 0) return { tiles: null, info: null };
	const at = `${label}: meta.basemap.pmtiles "${basemap.pmtiles}"`;
	const found = fileBeside(storyFile, basemap.pmtiles);
	if (!found.ok) {
		problems.push(`${at} ${found.reason}`);
		return { tiles: null, info: null };
	}
	const opened = openArchive(found.path);
	try {
		const info = await archiveInfo(opened, found.size);
		if ('problem' in info) {
			problems.push(`${at} ${info.problem}`);
			return { tiles: null, info: null };
		}
		const wanted = tilesForViews(storyViews(story), info, storyRegion(story) as Box);
		const cut = await cutTiles(opened.archive, wanted, info);
		for (const [name, bytes] of cut.files) files.set(name, bytes);
		if (cut.files.size === 0)
			problems.push(
				`${at} has none of the ${wanted.length} tiles the story's cameras look at: is it the right place?`
			);
		else if (cut.missing > wanted.length / 2)
			warnings.push(
				`${at} lacks ${cut.missing} of the ${wanted.length} tiles the story's cameras look at`
			);
		return {
			info,
			tiles: {
				kind: info.kind,
				format: info.format,
				template: `${TILES_DIR}/${info.hash}/{z}/{x}/{y}.${info.format}`,
				minzoom: info.minzoom,
				maxzoom: info.maxzoom,
				tileSize: info.tileSize,
				bounds: info.bounds,
				attribution: basemap.attribution,
				vectorLayers: info.vectorLayers,
				count: cut.files.size,
				bytes: cut.bytes
			}
		};
	} catch (error) {
		problems.push(`${at} ${error instanceof Error ? error.message : String(error)}`);
		return { tiles: null, info: null };
	} finally {
		opened.close();
	}
}

function readLayers(
	storyFile: string,
	story: Story,
	label: string,
	problems: string[],
	warnings: string[],
	files: Map<string, Uint8Array>
): ShippedLayer[] {
	const shipped: ShippedLayer[] = [];
	(story.meta.layers ?? []).forEach((layer, i) => {
		const at = `${label}: meta.layers[${i}] "${layer.id}": file "${layer.file}"`;
		const found = fileBeside(storyFile, layer.file);
		if (!found.ok) return problems.push(`${at} ${found.reason}`);
		if (found.size > MAX_LAYER_BYTES)
			return problems.push(
				`${at} is ${megabytes(found.size)}, more than the ${megabytes(MAX_LAYER_BYTES)} a layer may be: simplify it`
			);
		const bytes = readCapped(found.path, MAX_LAYER_BYTES);
		if (!bytes) return problems.push(`${at} cannot be read`);
		if (bytes.length > LAYER_SIZE_WARNING)
			warnings.push(
				`${at} is ${megabytes(bytes.length)}: the page loads it whole when a step shows it; simplify it if you can`
			);
		const check = checkLayer(new TextDecoder().decode(bytes), layer.style.type);
		for (const problem of check.problems) problems.push(`${at}: ${problem}`);
		if (!check.data || !check.bounds) return;
		const json = new TextEncoder().encode(JSON.stringify(check.data));
		const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
		const file = `${LAYERS_DIR}/${layer.id}-${hash}.geojson`;
		files.set(file, json);
		shipped.push({
			id: layer.id,
			label: layer.label,
			style: layer.style,
			source: layer.source,
			file,
			bounds: check.bounds,
			features: check.features,
			data: check.data
		});
	});
	return shipped;
}
