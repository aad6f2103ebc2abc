// The richer basemap's pieces: the kept water data, the town thinning, the detail areas
// where cameras come close, and what the built-in story's files carry (docs/maps.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	cutPolygon,
	decodeDeltas,
	encodeDeltas,
	simplified,
	type Point
} from '../tools/basemap/geometry';
import { overlaps, textWidth } from '$lib/map/label-placement';
import { TOWN_LABEL, townCandidates, townFeatures, type City } from '../tools/basemap/towns';
import { detailAreas, fitZoom, mergedBoxes, storyViews } from '../tools/basemap/views';
import { keepWater, waterFeatures, type KeptWater } from '../tools/basemap/water';
import { DETAIL_ZOOM } from '../tools/basemap/story-basemap';
import { builtIn, fixture, tour } from './stories';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const base = read('../src/lib/data/basemap.json') as GeoJSON.FeatureCollection;
const detail = read('../src/lib/data/basemap-detail.json') as GeoJSON.FeatureCollection & {
	areas: number[][];
};
const kinds = (fc: GeoJSON.FeatureCollection, kind: string) =>
	fc.features.filter((f) => f.properties?.kind === kind);

describe('the kept water', () => {
	it('stores lines as integer steps and reads them back to the step', () => {
		const line: Point[] = [
			[38.123, 35.456],
			[38.2, 35.5],
			[38.2, 35.5],
			[39.01, 34.99]
		];
		const encoded = encodeDeltas(line, 100);
		expect(encoded).toEqual([3812, 3546, 8, 4, 81, -51]);
		expect(decodeDeltas(encoded, 100)).toEqual([
			[38.12, 35.46],
			[38.2, 35.5],
			[39.01, 34.99]
		]);
	});

	it('simplifies a line within its tolerance and keeps its ends', () => {
		const wiggle: Point[] = Array.from({ length: 101 }, (_, i) => [i / 10, i % 2 ? 0.001 : 0]);
		expect(simplified(wiggle, 0.01)).toEqual([wiggle[0], wiggle[100]]);
		const bend: Point[] = [
			[0, 0],
			[1, 1],
			[2, 0]
		];
		expect(simplified(bend, 0.5)).toEqual(bend);
	});

	it('drops a hole whose outer ring is cut away, rather than drawing the hole as land', () => {
		const outer: Point[] = [
			[0, 0],
			[4, 0],
			[4, 4],
			[0, 4],
			[0, 0]
		];
		expect(cutPolygon([outer], [10, 10, 20, 20], { decimals: 2 })).toBeNull();
		expect(cutPolygon([outer], [1, 1, 3, 3], { decimals: 2 })?.[0]).toHaveLength(5);
	});

	it('repairs the names Natural Earth damaged, and keeps none with a lost letter', () => {
		const line = {
			type: 'LineString' as const,
			coordinates: [
				[33, 40],
				[34, 40.5],
				[35, 41]
			]
		};
		const kept = keepWater([{ properties: { name: 'Kiz?lirmak' }, geometry: line }], [], {
			about: '',
			scale: 1000,
			tolerance: 0
		});
		expect(kept.rivers[0]![0]).toBe('Kızılırmak');
		// The kept file itself: no `?` or replacement character where a letter was.
		const water = JSON.parse(
			readFileSync('tools/basemap/data/natural-earth-water.json', 'utf8')
		) as KeptWater;
		const names = [...water.rivers, ...water.lakes].flatMap(([name, local]) => [name, local]);
		expect(names.filter((name) => /[?\uFFFD]/.test(name))).toEqual([]);
		expect(names).not.toContain('Ataturk Barajt');
	});

	it('names a river by its English name, keeping Natural Earth’s, and a reservoir by its English name', () => {
		const kept = keepWater(
			[
				{
					properties: { name: 'Al Furat', scalerank: 3, min_zoom: 3 },
					geometry: {
						type: 'LineString',
						coordinates: [
							[38, 36],
							[39, 35.5],
							[40, 35]
						]
					}
				},
				{ properties: { name: 'Nowhere' }, geometry: null }
			],
			[
				{
					properties: {
						name: 'Buhayrat al-Assad',
						name_alt: 'Lake Assad',
						scalerank: 7,
						min_zoom: 5.7
					},
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[38, 36],
								[38.5, 36],
								[38.5, 36.2],
								[38, 36.2],
								[38, 36]
							]
						]
					}
				}
			],
			{ about: 'test', scale: 100, tolerance: 0 }
		);
		expect(kept.rivers.map(([name, local, rank, minzoom]) => [name, local, rank, minzoom])).toEqual(
			[['Euphrates', 'Al Furat', 3, 2]]
		);
		expect(kept.lakes[0]?.slice(0, 4)).toEqual(['Lake Assad', 'Buhayrat al-Assad', 7, 4.7]);
		const features = waterFeatures(kept, [37, 34, 39.5, 37], { decimals: 2 });
		expect(features.map((f) => [f.properties.kind, f.properties.name])).toEqual([
			['river', 'Euphrates'],
			['lake', 'Lake Assad']
		]);
		// Cut to the box: the river stops at 39.5°E.
		const [line] = (features[0]!.geometry as GeoJSON.MultiLineString).coordinates;
		expect(Math.max(...line!.map(([lon]) => lon!))).toBeCloseTo(39.5, 5);
		expect(waterFeatures(kept, [37, 34, 39.5, 37], { decimals: 2, belowZoom: 4 })).toHaveLength(1);
	});

	it('is Natural Earth’s, kept small: every river and lake named or ranked, in range', () => {
		const water = read('../tools/basemap/data/natural-earth-water.json') as KeptWater;
		expect(water.rivers.length).toBeGreaterThan(1000);
		expect(water.lakes.length).toBeGreaterThan(1000);
		for (const [, , rank, minzoom, lines] of water.rivers.slice(0, 200)) {
			expect(rank).toBeGreaterThanOrEqual(0);
			expect(minzoom).toBeGreaterThanOrEqual(0);
			for (const [lon, lat] of decodeDeltas(lines[0]!, water.scale)) {
				expect(Math.abs(lon)).toBeLessThanOrEqual(180);
				expect(Math.abs(lat)).toBeLessThanOrEqual(90);
			}
		}
	});
});

/** Invented towns on a line east of a story place, biggest first. */
const invented = (count: number, at: [number, number] = [10, 10]): City[] =>
	Array.from({ length: count }, (_, i) => ({
		name: `Town ${i}`,
		country: 'XX',
		featureCode: 'PPL',
		population: 100_000 - i,
		loc: { coordinates: [at[0] + (i % 40) * 0.05, at[1] + Math.floor(i / 40) * 0.05] }
	}));

describe('town labels', () => {
	const region: [number, number, number, number] = [0, 0, 20, 20];
	const place = { name: 'Storyville', lon: 10, lat: 10 };

	it('leave out towns near the story’s places, or with their names, and sections of towns', () => {
		const cities: City[] = [
			{
				name: 'Near',
				country: 'XX',
				featureCode: 'PPL',
				population: 5e5,
				loc: { coordinates: [10.05, 10] }
			},
			{
				name: 'storyville',
				country: 'XX',
				featureCode: 'PPL',
				population: 4e5,
				loc: { coordinates: [15, 15] }
			},
			{
				name: 'Quarter',
				country: 'XX',
				featureCode: 'PPLX',
				population: 3e5,
				loc: { coordinates: [5, 5] }
			},
			{
				name: 'Far',
				country: 'XX',
				featureCode: 'PPL',
				population: 2e5,
				loc: { coordinates: [5, 15] }
			},
			{
				name: 'Outside',
				country: 'XX',
				featureCode: 'PPL',
				population: 9e6,
				loc: { coordinates: [25, 5] }
			}
		];
		const names = townCandidates(cities, { region, places: [place], fromZoom: 5, toZoom: 10 }).map(
			(c) => c.name
		);
		expect(names).toEqual(['Far']);
	});

	it('give each town the first zoom its name has room at, so no two names overlap at any zoom', () => {
		const towns = townFeatures(invented(200, [11, 11]), {
			region,
			places: [place],
			fromZoom: 5,
			toZoom: 10
		});
		expect(towns.length).toBeGreaterThan(20);
		expect(new Set(towns.map((t) => t.properties.minzoom)).size).toBeGreaterThan(2);
		for (let zoom = 5; zoom <= 10; zoom++) {
			const shown = towns.filter((t) => t.properties.minzoom <= zoom);
			const world = 512 * 2 ** zoom;
			// Each name to the right of its dot, its narrowest: still never over another's dot.
			const boxes = shown.map((t) => {
				const [lon, lat] = t.geometry.coordinates as [number, number];
				const x = ((lon + 180) / 360) * world;
				const y =
					(0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)) * world;
				return { left: x - 2, right: x + 2, top: y - 2, bottom: y + 2 };
			});
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++)
					expect(overlaps(boxes[i]!, boxes[j]!, 0), `zoom ${zoom}`).toBe(false);
		}
		expect(textWidth('Town 10', TOWN_LABEL.size)).toBeGreaterThan(0);
	});

	it('consider at most a bounded number of candidates however many towns the region holds', () => {
		const many = invented(5000, [1, 1]);
		const chosen = townCandidates(many, {
			region,
			places: [place],
			fromZoom: 5,
			toZoom: 10,
			maxCandidates: { close: 50, outside: 10 }
		});
		expect(chosen).toHaveLength(50);
		expect(chosen[0]?.population).toBe(100_000);
	});
});

describe('views and detail areas', () => {
	it('fit a box to the planning frame: twice the width, one zoom less', () => {
		const z = fitZoom([0, -1, 10, 1], 1000, 1000);
		expect(fitZoom([0, -1, 20, 1], 1000, 1000)).toBeCloseTo(z - 1, 5);
		expect(z).toBeCloseTo(Math.log2(1000 / ((10 / 360) * 512)), 5);
	});

	it('take a point camera’s zoom as it is, and a box camera’s from its fit, capped by maxZoom', () => {
		const views = storyViews(tour);
		const cusco = views.find((v) => v.id === 'cusco-climb')!;
		expect(cusco.zoom).toBe(7);
		expect(cusco.point).toBe(true);
		const lima = storyViews(fixture).find((v) => v.id === 'lima-meeting')!;
		expect(lima.zoom).toBe(6.5);
	});

	it('merge boxes that meet into one, and leave apart boxes apart', () => {
		expect(
			mergedBoxes([
				[0, 0, 2, 2],
				[1, 1, 3, 3],
				[10, 10, 11, 11]
			])
		).toEqual([
			[0, 0, 3, 3],
			[10, 10, 11, 11]
		]);
	});

	it('cover every view at the detail zoom or closer, and only those', () => {
		const areas = detailAreas(builtIn, DETAIL_ZOOM);
		const inside = ([w, s, e, n]: number[], [lon, lat]: number[]) =>
			lon! >= w! && lon! <= e! && lat! >= s! && lat! <= n!;
		for (const view of storyViews(builtIn).filter((v) => v.zoom >= DETAIL_ZOOM)) {
			const [w, s, e, n] = view.box;
			for (const corner of [
				[w, s],
				[e, n]
			])
				expect(areas.some((a) => inside(a, corner))).toBe(true);
		}
		const astana = builtIn.places.find((p) => p.id === 'astana')!;
		expect(areas.some((a) => inside(a, [astana.lon, astana.lat]))).toBe(false);
	});
});

describe('the built-in story’s basemap', () => {
	it('names the Euphrates, the Tigris and Lake Assad', () => {
		const names = [...kinds(base, 'river'), ...kinds(detail, 'river')].map(
			(f) => f.properties?.name
		);
		expect(names).toContain('Euphrates');
		expect(names).toContain('Tigris');
		expect(kinds(detail, 'lake').map((f) => f.properties?.name)).toContain('Lake Assad');
	});

	it('carries 1:10m detail around Palmyra and Deir ez-Zor, and towns with their zoom', () => {
		for (const id of ['palmyra', 'deir-ez-zor']) {
			const p = builtIn.places.find((place) => place.id === id)!;
			expect(
				detail.areas.some(([w, s, e, n]) => p.lon > w! && p.lon < e! && p.lat > s! && p.lat < n!)
			).toBe(true);
		}
		const towns = kinds(base, 'town');
		expect(towns.length).toBeGreaterThan(50);
		for (const town of towns) {
			expect(town.properties?.minzoom).toBeGreaterThanOrEqual(5);
			expect(town.properties?.minzoom).toBeLessThanOrEqual(10);
		}
		// None within 10 km of a place of the story: its own label names that spot.
		const placeNames = new Set(builtIn.places.map((p) => p.name));
		for (const town of towns) expect(placeNames.has(town.properties?.name)).toBe(false);
	});
});
