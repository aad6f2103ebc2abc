/**
 * The locator inset as SVG (`meta.locator`, docs/maps.md), drawn by the server: into each
 * step's static map, with the box of what that map shows, and as a file of its own (the
 * region alone) under which the live map moves its box (locator-live.ts). The story's own
 * basemap, its land and borders, at the inset's few pixels: each line rounded to whole
 * pixels, a point within `STEP` of the one before it dropped, so the inset weighs little.
 */
import { geoPath, geoTransform } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import type { Bounds } from '$lib/story/types';
import type { Box } from './label-placement';
import { extentSvg, locatorBox, locatorFrame, type LocatorFrame } from './locator';
import { MAP_PAINT } from './paint.js';

const PAINT = MAP_PAINT.locator;

/** The least step along a line, in whole pixels across and down: finer bends are not seen. */
const STEP = 3;

/** The region's land (the story's countries a shade darker) and borders, on `frame`. */
function groundOf(basemap: FeatureCollection, countries: readonly string[], frame: LocatorFrame) {
	let last: [number, number] | null = null;
	const path = geoPath(
		geoTransform({
			point(lon, lat) {
				const [x, y] = frame.project(lon, lat).map(Math.round) as [number, number];
				if (last && Math.abs(x - last[0]) + Math.abs(y - last[1]) < STEP) return;
				last = [x, y];
				this.stream.point(x, y);
			},
			lineStart() {
				last = null;
				this.stream.lineStart();
			}
		})
	);
	const kindOf = (f: Feature) => String(f.properties?.kind ?? '');
	// An island or a bend of a pixel or two is dropped whole: a line of two points at most.
	const d = (keep: (f: Feature) => boolean) =>
		basemap.features
			.filter(keep)
			.flatMap((f) => (path(f) ?? '').split(/(?=M)/))
			.filter((line) => line.split('L').length > 2)
			.join('');
	const land = (story: boolean) =>
		d((f) => kindOf(f) === 'country' && countries.includes(f.properties?.name) === story);
	const borders = d((f) => kindOf(f) === 'border');
	return [
		`<rect width="${frame.width}" height="${frame.height}" fill="${PAINT.water}"/>`,
		`<path d="${land(false)}" fill="${PAINT.land}"/>`,
		`<path d="${land(true)}" fill="${PAINT.storyCountry}"/>`,
		borders
			? `<path d="${borders}" fill="none" stroke="${PAINT.border}" stroke-width="${PAINT.borderWidth}"/>`
			: ''
	].join('');
}

/** The frame around the inset, drawn over its edge. */
const frameSvg = ({ width, height }: LocatorFrame) =>
	`<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="none" stroke="${PAINT.frame}" stroke-width="${PAINT.frameWidth}"/>`;

export interface LocatorInputs {
	basemap: FeatureCollection;
	countries: readonly string[];
	/** The story's region: the inset's whole box. */
	region: Bounds;
}

/**
 * The inset for a static map, its left end at `x`, standing on `y`, with the box of
 * `view` on it, and the room it takes (for names to keep clear of); null where the box
 * would mark nothing (locatorBox: the view shows most of the region, or lies outside it).
 */
export function locatorInset(
	{ basemap, countries, region }: LocatorInputs,
	view: Bounds,
	x: number,
	y: number
): { svg: string; room: Box } | null {
	const frame = locatorFrame(region);
	const box = locatorBox(frame, view);
	if (!box) return null;
	const top = y - frame.height;
	// A nested <svg> clips what it draws to its box, as the file does.
	return {
		svg: `<svg class="locator" x="${x}" y="${top}" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}">${groundOf(basemap, countries, frame)}${extentSvg(box)}${frameSvg(frame)}</svg>`,
		room: { left: x, top, right: x + frame.width, bottom: y }
	};
}

/** The region alone as an SVG file, for the live map's inset to move its box over. */
export function locatorFileSvg({ basemap, countries, region }: LocatorInputs): string {
	const frame = locatorFrame(region);
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}">${groundOf(basemap, countries, frame)}${frameSvg(frame)}</svg>`;
}
