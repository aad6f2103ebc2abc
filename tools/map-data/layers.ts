// A data layer's GeoJSON, checked before the page gets it: a FeatureCollection whose every
// geometry is well formed (positions of two numbers in range, lines of two positions or
// more, closed rings of four or more) and of the kind its style draws. One pass over the
// parsed file, counting positions, so a reader's time is linear in its size; files larger
// than MAX_LAYER_BYTES are refused before they are parsed.

/** Refused above this: a story's layer is outlines, not a survey. */
export const MAX_LAYER_BYTES = 20e6;
/** Warned above this: the page loads the file whole when the step is read. */
export const LAYER_SIZE_WARNING = 1e6;

export type StyleType = 'fill' | 'hatch' | 'line' | 'point';

const GEOMETRIES_FOR: Record<StyleType, string[]> = {
	fill: ['Polygon', 'MultiPolygon'],
	hatch: ['Polygon', 'MultiPolygon'],
	line: ['LineString', 'MultiLineString'],
	point: ['Point', 'MultiPoint']
};

export interface LayerCheck {
	problems: string[];
	/** The collection as the page gets it (properties kept, nothing added), when there are no problems. */
	data?: GeoJSON.FeatureCollection;
	/** West, south, east, north of every position. */
	bounds?: [number, number, number, number];
	features: number;
	positions: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a layer file's text; each problem names where in the file (`features[3].geometry…`). */
export function checkLayer(text: string, style: StyleType): LayerCheck {
	const problems: string[] = [];
	const result: LayerCheck = { problems, features: 0, positions: 0 };
	let doc: unknown;
	try {
		doc = JSON.parse(text.replace(/^\ufeff/, ''));
	} catch (error) {
		problems.push(`is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
		return result;
	}
	if (!isRecord(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
		problems.push('must be a GeoJSON FeatureCollection (with "type" and "features")');
		return result;
	}
	const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	const add = (where: string, message: string) => {
		if (problems.length < 20) problems.push(`${where} ${message}`);
		else if (problems.length === 20)
			problems.push('… and more: only the first 20 problems are listed');
	};
	const position = (value: unknown, where: string): boolean => {
		result.positions++;
		if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
			add(where, 'must be a position, [longitude, latitude]');
			return false;
		}
		const [lon, lat] = value;
		if (
			typeof lon !== 'number' ||
			typeof lat !== 'number' ||
			!Number.isFinite(lon) ||
			!Number.isFinite(lat)
		) {
			add(where, 'must be two numbers, [longitude, latitude]');
			return false;
		}
		if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
			add(
				where,
				`[${lon}, ${lat}] is not a longitude within ±180 and a latitude within ±90 (is it [latitude, longitude]?)`
			);
			return false;
		}
		bounds[0] = Math.min(bounds[0], lon);
		bounds[1] = Math.min(bounds[1], lat);
		bounds[2] = Math.max(bounds[2], lon);
		bounds[3] = Math.max(bounds[3], lat);
		return true;
	};
	const positions = (value: unknown, where: string, least: number, what: string): boolean => {
		if (!Array.isArray(value) || value.length < least) {
			add(where, `must be ${what}`);
			return false;
		}
		return value.map((p, i) => position(p, `${where}[${i}]`)).every(Boolean);
	};
	const ring = (value: unknown, where: string) => {
		if (!positions(value, where, 4, 'a ring of 4 positions or more')) return;
		const [first, last] = [(value as number[][])[0]!, (value as number[][]).at(-1)!];
		if (first[0] !== last[0] || first[1] !== last[1])
			add(where, 'is not closed: its last position must repeat its first');
	};
	const list = (value: unknown, where: string, each: (item: unknown, at: string) => void) => {
		if (!Array.isArray(value) || value.length === 0) return add(where, 'must be a list, not empty');
		value.forEach((item, i) => each(item, `${where}[${i}]`));
	};
	const line = (v: unknown, at: string) =>
		void positions(v, at, 2, 'a line of 2 positions or more');
	const polygon = (v: unknown, at: string) => list(v, at, ring);
	const allowed = GEOMETRIES_FOR[style];
	doc.features.forEach((feature: unknown, i: number) => {
		const where = `features[${i}]`;
		if (!isRecord(feature) || feature.type !== 'Feature' || !isRecord(feature.geometry))
			return add(where, 'must be a Feature with a geometry');
		result.features++;
		const { type, coordinates } = feature.geometry;
		const at = `${where}.geometry.coordinates`;
		if (typeof type !== 'string' || !allowed.includes(type))
			return add(
				`${where}.geometry.type`,
				`"${String(type)}" is not drawn by a ${style} layer: it draws ${allowed.join(' or ')}`
			);
		if (type === 'Point') position(coordinates, at);
		else if (type === 'MultiPoint') list(coordinates, at, position);
		else if (type === 'LineString') line(coordinates, at);
		else if (type === 'MultiLineString') list(coordinates, at, line);
		else if (type === 'Polygon') polygon(coordinates, at);
		else list(coordinates, at, polygon);
	});
	if (result.features === 0 && problems.length === 0) problems.push('has no features');
	if (problems.length === 0) {
		result.data = doc as unknown as GeoJSON.FeatureCollection;
		result.bounds = bounds;
	}
	return result;
}
