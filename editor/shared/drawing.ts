// Lines and areas drawn without a mouse: a line picked as two of the step's places, an
// area's outline as corners (the story's places, or points typed as latitude and longitude),
// closed into the GeoJSON polygon the story's schema asks for. The map's clicks (terra-draw,
// the line's pick) end in the same functions.
import type { Polygon } from 'geojson';

export interface Line {
	from: string;
	to: string;
}
export interface Corner {
	lon: number;
	lat: number;
	/** The place it is at, when it was picked as one. */
	name?: string;
}

const sameLine = (a: Line, b: Line) =>
	[a.from, a.to].sort().join('\n') === [b.from, b.to].sort().join('\n');

/** The step's lines with one from `from` to `to`, or why not (a line twice, a place to itself). */
export function addLine(lines: readonly Line[], from: string, to: string): Line[] | string {
	if (!from || !to) return 'Choose the two places the line runs between.';
	if (from === to) return 'A line runs between two different places.';
	if (lines.some((line) => sameLine(line, { from, to })))
		return 'The step already has a line between these places.';
	return [...lines, { from, to }];
}

const HEMISPHERE = /^([-+]?\d+(?:\.\d+)?)\s*°?\s*([NSEW])?$/i;

/**
 * A point typed as latitude then longitude: `36.2, 37.15`, `36.2 37.15`, `36.2° N, 37.15° E`
 * or `33.9 S 18.4 E`. A hemisphere letter says which is which (`37.15 E, 36.2 N` too).
 */
export function parsePoint(text: string): Corner | string {
	const parts = text
		.trim()
		.replace(/([NSEW])\s*,?\s*(?=[-+\d])/gi, '$1,')
		.split(/\s*,\s*|\s+(?=[-+\d])/)
		.filter(Boolean);
	const wrong = `"${text.trim()}" is not a latitude and a longitude (such as 36.20, 37.15)`;
	if (parts.length !== 2) return wrong;
	let lat: number | undefined;
	let lon: number | undefined;
	const loose: number[] = [];
	for (const part of parts) {
		const match = HEMISPHERE.exec(part);
		if (!match) return wrong;
		const value = Number(match[1]);
		const letter = match[2]?.toUpperCase();
		if (letter === 'N' || letter === 'S') lat = letter === 'S' ? -Math.abs(value) : value;
		else if (letter === 'E' || letter === 'W') lon = letter === 'W' ? -Math.abs(value) : value;
		else loose.push(value);
	}
	lat ??= loose.shift();
	lon ??= loose.shift();
	if (lat === undefined || lon === undefined) return wrong;
	if (Math.abs(lat) > 90) return `${lat} is not a latitude (from -90 to 90)`;
	if (Math.abs(lon) > 180) return `${lon} is not a longitude (from -180 to 180)`;
	return { lat, lon };
}

type Position = [number, number];
const cross = (o: Position, a: Position, b: Position) =>
	(a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
/** Whether the segments p1p2 and q1q2 cross (touching ends of neighbours do not count). */
function crosses(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
	const d1 = cross(q1, q2, p1);
	const d2 = cross(q1, q2, p2);
	const d3 = cross(p1, p2, q1);
	const d4 = cross(p1, p2, q2);
	return d1 * d2 < 0 && d3 * d4 < 0;
}

/**
 * The area's outline through `corners` in order, closed (its last position its first), or
 * why not: fewer than three different corners, or sides that cross (an order that ties the
 * outline in a knot).
 */
export function outlineOf(corners: readonly Corner[]): Polygon | string {
	const ring: Position[] = corners.map(({ lon, lat }) => [lon, lat]);
	const distinct = new Set(ring.map((p) => p.join(','))).size;
	if (distinct < 3) return 'An area needs at least three different corners.';
	if (distinct < ring.length) return 'A corner is given twice: remove one.';
	const sides = ring.map((p, i) => [p, ring[(i + 1) % ring.length]!] as const);
	for (let i = 0; i < sides.length; i++)
		for (let j = i + 2; j < sides.length; j++) {
			if (i === 0 && j === sides.length - 1) continue;
			if (crosses(sides[i]![0], sides[i]![1], sides[j]![0], sides[j]![1]))
				return `The sides from corner ${i + 1} and from corner ${j + 1} cross: put the corners in order around the area.`;
		}
	return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}
