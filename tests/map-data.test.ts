// The maps' data a build makes (tools/map-data/, docs/maps.md): data layers checked, files
// read only inside the story's folder, the desk's tiles cut from a PMTiles archive, and
// cameras capped at the map's detail. Archives are the repository's own fixtures
// (scripts/make-fixture-tiles.js) or written here.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildMapData } from '../tools/map-data/build';
import { fileBeside } from '../tools/map-data/files';
import { checkLayer } from '../tools/map-data/layers';
import { writePmtiles } from '../tools/map-data/pmtiles-writer';
import {
	archiveInfo,
	openArchive,
	tilesForViews,
	tilesCovering,
	type ArchiveInfo
} from '../tools/map-data/tiles';
import { capCameras, zoomLimit } from '../tools/map-data/zoom-cap';
import { storyViews } from '../tools/basemap/views';
import { validateStory } from '../tools/story/problems';
import { readStory } from './stories';
import type { Story } from '$lib/story/types';

const FIXTURE = resolve('stories/fixtures/andes-1990.json');
const TILES_TOUR = resolve('stories/fixtures/tour-tiles.json');
const collection = (geometry: unknown) =>
	JSON.stringify({
		type: 'FeatureCollection',
		features: [{ type: 'Feature', properties: {}, geometry }]
	});
const square = [
	[
		[0, 0],
		[1, 0],
		[1, 1],
		[0, 0]
	]
];

describe('a data layer’s file', () => {
	it('passes when every geometry is well formed and of its style’s kind, with its bounds', () => {
		const check = checkLayer(collection({ type: 'Polygon', coordinates: square }), 'fill');
		expect(check.problems).toEqual([]);
		expect(check.bounds).toEqual([0, 0, 1, 1]);
		expect(check.features).toBe(1);
	});

	it('names what is wrong, and where', () => {
		const problems = (geometry: unknown, style: 'fill' | 'line' | 'point' = 'fill') =>
			checkLayer(collection(geometry), style).problems;
		expect(
			problems({
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[1, 0],
						[1, 1],
						[0, 1]
					]
				]
			})
		).toEqual([
			'features[0].geometry.coordinates[0] is not closed: its last position must repeat its first'
		]);
		expect(problems({ type: 'Point', coordinates: [35.5, 120] }, 'point')[0]).toMatch(
			/^features\[0\]\.geometry\.coordinates \[35\.5, 120\] is not a longitude .* \(is it \[latitude, longitude\]\?\)$/
		);
		expect(problems({ type: 'LineString', coordinates: [[0, 0]] }, 'line')).toEqual([
			'features[0].geometry.coordinates must be a line of 2 positions or more'
		]);
		expect(
			problems(
				{
					type: 'LineString',
					coordinates: [
						[0, 0],
						[1, 1]
					]
				},
				'fill'
			)
		).toEqual([
			'features[0].geometry.type "LineString" is not drawn by a fill layer: it draws Polygon or MultiPolygon'
		]);
		expect(checkLayer('{"type":"Feature"}', 'fill').problems[0]).toMatch(/FeatureCollection/);
		expect(checkLayer('{', 'fill').problems[0]).toMatch(/^is not valid JSON/);
	});

	it('is read once, position by position: the work grows with the file, and problems stop at 20', () => {
		const line = (n: number) =>
			collection({
				type: 'LineString',
				coordinates: Array.from({ length: n }, (_, i) => [i / n, 0])
			});
		expect(checkLayer(line(1000), 'line').positions).toBe(1000);
		expect(checkLayer(line(10_000), 'line').positions).toBe(10_000);
		const bad = collection({
			type: 'MultiPoint',
			coordinates: Array.from({ length: 500 }, () => [500, 500])
		});
		expect(checkLayer(bad, 'point').problems).toHaveLength(21);
	});
});

describe('a file the story names', () => {
	const folder = mkdtempSync(join(tmpdir(), 'map-data-'));
	const story = join(folder, 'story.json');
	writeFileSync(story, '{}');
	writeFileSync(join(folder, 'inside.geojson'), '{}');
	const outside = mkdtempSync(join(tmpdir(), 'map-data-outside-'));
	writeFileSync(join(outside, 'secret.geojson'), '{}');
	symlinkSync(join(outside, 'secret.geojson'), join(folder, 'link.geojson'));
	execFileSync('mkfifo', [join(folder, 'pipe.geojson')]);
	mkdirSync(join(folder, 'dir.geojson'));

	it('is read only inside the story’s folder, and only as a regular file', () => {
		expect(fileBeside(story, 'inside.geojson')).toMatchObject({ ok: true, size: 2 });
		expect(fileBeside(story, 'link.geojson')).toEqual({
			ok: false,
			reason: "leads outside the story's folder (through a link)"
		});
		expect(fileBeside(story, '../' + outside.split('/').pop() + '/secret.geojson')).toMatchObject({
			ok: false
		});
		expect(fileBeside(story, 'pipe.geojson')).toEqual({
			ok: false,
			reason: 'is not a regular file'
		});
		expect(fileBeside(story, 'dir.geojson')).toEqual({
			ok: false,
			reason: 'is not a regular file'
		});
		expect(fileBeside(story, 'missing.geojson')).toEqual({ ok: false, reason: 'is missing' });
	});
});

describe('the story file’s map fields', () => {
	const story = readStory(FIXTURE);
	it('accept the fixture’s layers, one of each style', () => {
		expect(validateStory(story, 'andes.json')).toEqual([]);
		const types = story.meta.layers!.map(
			(l) => l.style.type + (l.style.type === 'line' && l.style.dashed ? '-dashed' : '')
		);
		expect(new Set(types)).toEqual(new Set(['fill', 'hatch', 'line', 'line-dashed', 'point']));
	});

	it('refuse unknown layers, uncited sources, colours off the palette and paths out of the folder', () => {
		const layers = [
			{ ...story.meta.layers![0]!, style: { type: 'fill', color: 'pink' } },
			{ ...story.meta.layers![1]!, file: '../elsewhere.geojson' }
		];
		const events = story.events.map((e, i) =>
			i === 0 ? { ...e, layers: ['nowhere', 'held-north'] } : e
		);
		const problems = validateStory(
			{ ...story, meta: { ...story.meta, layers }, events },
			'andes.json'
		);
		expect(problems).toContain(
			'andes.json: meta.layers[0].style.color must be one of "red", "orange", "yellow", "green", "blue", "purple", "grey"'
		);
		expect(problems).toContain(
			"andes.json: meta.layers[1].file leaves the story's folder: keep it beside the story file, or in a folder under it"
		);
		expect(problems).toContain(
			'andes.json: events[0] "lima-meeting": layers[0] "nowhere" is not in meta.layers'
		);
		expect(
			problems.some((p) =>
				p.startsWith(
					'andes.json: events[0] "lima-meeting": layers[1] "held-north" comes from "fixture-wire"'
				)
			)
		).toBe(true);
		const basemap = { pmtiles: 'https://tiles.example.org/x.pmtiles', attribution: 'x' };
		expect(validateStory({ ...story, meta: { ...story.meta, basemap } }, 'andes.json')).toEqual([
			'andes.json: meta.basemap.pmtiles must be a file beside the story, relative to it (not an address or absolute path)'
		]);
	});
});

describe('the desk’s tiles', () => {
	it('are typed from the archive’s header: raster PNG tiles of 256 pixels, vector MVT of 512 with their layers', async () => {
		for (const [file, kind, format, tileSize] of [
			['andes-raster', 'raster', 'png', 256],
			['andes-vector', 'vector', 'mvt', 512]
		] as const) {
			const path = `stories/fixtures/tiles/${file}.pmtiles`;
			const opened = openArchive(path);
			const info = await archiveInfo(opened, (await import('node:fs')).statSync(path).size);
			opened.close();
			expect(info).toMatchObject({ kind, format, tileSize });
		}
	});

	it('refuse what is not a version 3 archive of pictures or vector tiles', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'tiles-'));
		const avif = writePmtiles([{ z: 0, x: 0, y: 0, data: new Uint8Array([1]) }], {
			tileType: 5,
			tileCompression: 1,
			metadata: {},
			bounds: [-180, -85, 180, 85],
			center: [0, 0, 0]
		});
		writeFileSync(join(folder, 'a.pmtiles'), avif);
		writeFileSync(join(folder, 'b.pmtiles'), 'not an archive at all, only words');
		for (const [name, message] of [
			['a.pmtiles', /holds tiles of type Avif/],
			['b.pmtiles', /is not a PMTiles archive/]
		] as const) {
			const opened = openArchive(join(folder, name));
			const info = await archiveInfo(opened, 100);
			opened.close();
			expect('problem' in info && info.problem).toMatch(message);
		}
	});

	it('are cut where the cameras look, a level either side, and the levels under the overview’s', async () => {
		const story = readStory(TILES_TOUR);
		const info: ArchiveInfo = {
			kind: 'raster',
			format: 'png',
			minzoom: 0,
			maxzoom: 14,
			tileSize: 256,
			bounds: [-82, -36, -66, 2],
			vectorLayers: [],
			hash: 'x'
		};
		const tiles = tilesForViews(storyViews(story), info, [-87, -24, -62, -3]);
		const at = (z: number) => tiles.filter((t) => t.startsWith(`${z}/`)).length;
		// The zoom-13 camera is zoom 14 in 256-pixel tiles: 13 to 14 around Cusco, never 15.
		expect(at(14)).toBeGreaterThan(0);
		expect(at(13)).toBeGreaterThan(0);
		expect(tiles.every((t) => Number(t.split('/')[0]) <= 14)).toBe(true);
		for (const z of [0, 1, 2, 3]) expect(at(z)).toBe(tilesCovering([-87, -24, -62, -3], z).length);
		// The region's pyramid stops two levels under the overview's (zoom 6.5 is 8 in 256-pixel
		// tiles): its zoom-8 tiles are only those the overview's own view shows.
		expect(at(8)).toBeLessThan(tilesCovering([-87, -24, -62, -3], 8).length / 2);
		expect(tiles.length).toBeLessThan(800);
	});

	it('are published as plain files under a folder named by the archive’s hash, decompressed', async () => {
		const built = await buildMapData(TILES_TOUR, readStory(TILES_TOUR), 'tour-tiles.json');
		const tiles = built.data.tiles!;
		expect(tiles).toMatchObject({
			kind: 'raster',
			format: 'png',
			tileSize: 256,
			attribution: 'Invented tiles (test fixture)'
		});
		expect(tiles.template).toMatch(
			/^_app\/immutable\/tiles\/[0-9a-f]{12}\/\{z\}\/\{x\}\/\{y\}\.png$/
		);
		expect(tiles.count).toBe(built.files.size);
		expect(tiles.count).toBeGreaterThan(10);
		for (const [name, bytes] of built.files) {
			expect(name.startsWith(tiles.template.split('{z}')[0]!)).toBe(true);
			expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
		}
		expect(built.data.offline).toEqual([...built.files.keys()].sort());
		expect(built.notes).toEqual([
			expect.stringMatching(
				new RegExp(
					`^tour-tiles\\.json: ${tiles.count} tiles \\([\\d.]+ MB\\) cut from meta\\.basemap\\.pmtiles into _app/immutable/tiles/[0-9a-f]{12}/$`
				)
			)
		]);
		// With the desk's tiles to zoom 14 (256 px), the zoom-13 camera is not capped.
		expect(built.warnings).toEqual([]);
		expect(built.story.events[2]?.camera?.zoom).toBe(13);
	});

	it('of a vector archive come out as MVT, gunzipped', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'vector-'));
		mkdirSync(join(folder, 'tiles'));
		copyFileSync('stories/fixtures/tiles/andes-vector.pmtiles', join(folder, 'tiles/v.pmtiles'));
		const story = readStory(TILES_TOUR);
		const vector: Story = {
			...story,
			meta: { ...story.meta, basemap: { pmtiles: 'tiles/v.pmtiles', attribution: 'x' } }
		};
		const built = await buildMapData(join(folder, 'story.json'), vector, 'v.json');
		expect(built.data.tiles).toMatchObject({
			kind: 'vector',
			format: 'mvt',
			vectorLayers: ['earth', 'water', 'roads', 'places']
		});
		const [first] = built.files.values();
		expect(() => gunzipSync(first!)).toThrow();
	});
});

describe('honest zoom', () => {
	const story = readStory(TILES_TOUR);
	it('caps a camera past the built-in basemap’s detail, and says so naming the file, the event and the zoom', () => {
		const capped = capCameras(story, 10, { label: 'tour.json', tiles: false });
		expect(capped.warnings).toEqual([
			'tour.json: events[2] "cusco-streets": camera looks at zoom 13, past the built-in basemap\'s detail (zoom 10): capped at 10; to go closer, bring tiles the desk has rights to (meta.basemap.pmtiles)'
		]);
		expect(capped.events[2]?.camera).toMatchObject({ zoom: 10, maxZoom: 10 });
		expect(capped.events[1]).toBe(story.events[1]);
		const box = {
			...story.events[0]!,
			camera: {
				bounds: [-72, -13.6, -71.9, -13.5] as [number, number, number, number],
				maxZoom: 15
			}
		};
		expect(
			capCameras({ ...story, events: [box] }, 10, { label: 't', tiles: false }).events[0]?.camera
				?.maxZoom
		).toBe(10);
	});

	it('sets the limit by the desk’s tiles where it brings them', () => {
		const raster = { kind: 'raster', tileSize: 256, maxzoom: 14 } as const;
		expect(zoomLimit(10, null)).toBe(10);
		expect(zoomLimit(10, raster as never)).toBe(14);
		expect(zoomLimit(10, { kind: 'vector', tileSize: 512, maxzoom: 12 } as never)).toBe(15);
	});

	it('is applied by the build with the layers of the fixture checked and published', async () => {
		const built = await buildMapData(FIXTURE, readStory(FIXTURE), 'andes.json');
		expect(built.data.tiles).toBeNull();
		expect(built.data.layers.map((l) => l.id)).toEqual([
			'held-north',
			'contested-altiplano',
			'front-line',
			'claimed-line',
			'marches'
		]);
		for (const layer of built.data.layers) {
			expect(layer.data).toBeUndefined();
			expect(built.files.has(layer.file)).toBe(true);
			expect(layer.file).toMatch(/^_app\/immutable\/layers\/[a-z-]+-[0-9a-f]{12}\.geojson$/);
		}
		expect(built.serverData.layers[0]?.data?.type).toBe('FeatureCollection');
	});
});
