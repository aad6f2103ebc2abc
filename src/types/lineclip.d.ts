// lineclip ships no types; these are the two functions the basemap script uses.
declare module 'lineclip' {
	type Point = number[];
	type BBox = [number, number, number, number];
	export function clipPolyline(points: Point[], bbox: BBox, result?: Point[][]): Point[][];
	export function clipPolygon(points: Point[], bbox: BBox): Point[];
}
