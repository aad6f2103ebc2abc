// The basemap of the static maps (no JavaScript, no WebGL, print): the same files and the
// same rules as the live map's style (basemap-style.ts), drawn as SVG. A feature is drawn
// from its `minzoom`, the detail file from the detail zoom, towns' and waters' names where
// they fit (label-placement.ts), after the story's own places.
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoPath, GeoProjection } from 'd3-geo';
import { MAP_PAINT as PAINT } from './paint.js';
import { overlaps, placeLabels, textWidth, type Box, type LabelRequest } from './label-placement';
import { escapeXml } from './svg-text';

export interface StaticBasemap {
	/** basemap.json. */
	base: FeatureCollection;
	/** basemap-detail.json, drawn from `detailZoom` on. */
	detail?: FeatureCollection;
	detailZoom: number;
}

/** MapLibre's world at zoom 0, in pixels. */
const WORLD_PX = 512;

/** The live map's zoom at which a degree of longitude is `pixels` wide. */
export const zoomOfScale = (pixels: number) => Math.log2((pixels * 360) / WORLD_PX);

const kindOf = (f: Feature) => String(f.properties?.kind ?? '');
/** The live style's `minzoom` filter: drawn from the feature's own zoom on. */
export const drawnAt = (f: Feature, zoom: number) => Number(f.properties?.minzoom ?? 0) <= zoom;

/** The files a map at `zoom` draws from, bottom to top. */
export const filesAt = ({ base, detail, detailZoom }: StaticBasemap, zoom: number) =>
	zoom >= detailZoom && detail?.features.length ? [base, detail] : [base];

/**
 * One file's ground: land (the story's countries a shade darker), its detail box in the
 * water's colour (it hides the coarser coast under it), lakes, rivers and borders.
 */
export function groundSvg(
	file: FeatureCollection,
	path: GeoPath,
	countries: readonly string[],
	zoom: number
): string {
	const d = (keep: (f: Feature) => boolean) =>
		file.features
			.filter(keep)
			.map((f) => path(f) ?? '')
			.join('');
	const land = (story: boolean) =>
		d((f) => kindOf(f) === 'country' && countries.includes(f.properties?.name) === story);
	const lakes = d((f) => kindOf(f) === 'lake' && drawnAt(f, zoom));
	const major = (f: Feature) => Number(f.properties?.rank ?? 10) <= 4;
	const rivers = (big: boolean) =>
		d((f) => kindOf(f) === 'river' && drawnAt(f, zoom) && major(f) === big);
	const width = (big: boolean) => (big ? (zoom >= 8 ? 2.2 : 1.4) : zoom >= 8 ? 1.2 : 0.8);
	const area = d((f) => kindOf(f) === 'detail-area');
	return [
		area ? `<path d="${area}" fill="${PAINT.water.color}"/>` : '',
		`<path d="${land(false)}" fill="${PAINT.land.color}"/>`,
		`<path d="${land(true)}" fill="${PAINT.land.storyCountry}"/>`,
		lakes
			? `<path class="lakes" d="${lakes}" fill="${PAINT.water.color}" stroke="${PAINT.rivers.color}" stroke-width="0.5"/>`
			: '',
		...[true, false].map((big) => {
			const drawn = rivers(big);
			return drawn
				? `<path class="rivers" d="${drawn}" fill="none" stroke="${PAINT.rivers.color}" stroke-width="${width(big)}" stroke-linejoin="round" stroke-linecap="round"/>`
				: '';
		}),
		`<path d="${d((f) => kindOf(f) === 'border')}" fill="none" stroke="${PAINT.borders.color}" stroke-width="${PAINT.borders.width}" stroke-dasharray="${PAINT.borders.dash.join(' ')}"/>`
	].join('');
}

/** The names the basemap gives, placed clear of `taken` (which they join), as SVG. */
export function basemapNamesSvg(
	files: readonly FeatureCollection[],
	projection: GeoProjection,
	path: GeoPath,
	zoom: number,
	{ size, halo, frame, taken }: { size: number; halo: number; frame: Box; taken: Box[] }
): string {
	const inFrame = ([x, y]: [number, number]) =>
		x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom;
	const named = (f: Feature) => drawnAt(f, zoom) && String(f.properties?.name ?? '') !== '';
	// The water the map draws: from the finest file drawn (the last), else the base.
	const water = files
		.at(-1)!
		.features.filter((f) => (kindOf(f) === 'river' || kindOf(f) === 'lake') && named(f));
	const towns = files[0]!.features.filter((f) => kindOf(f) === 'town' && named(f));
	const out: string[] = [];

	// Towns: the most populous first, each a dot and its name beside it, or not at all.
	const townAt = towns.flatMap((f) => {
		const point = projection((f.geometry as GeoJSON.Point).coordinates as [number, number]);
		return point && inFrame(point) ? [{ f, x: point[0], y: point[1] }] : [];
	});
	townAt.sort((a, b) => Number(a.f.properties?.rank) - Number(b.f.properties?.rank));
	const requests: LabelRequest[] = townAt.map(({ f, x, y }, i) => ({
		id: String(i),
		x,
		y,
		text: String(f.properties?.name),
		size,
		dot: 3,
		required: false
	}));
	for (const label of placeLabels(requests, frame, taken)) {
		const { x, y, f } = townAt[Number(label.id)]!;
		taken.push(label.box);
		out.push(
			`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="2" fill="${PAINT.towns.dot}"/><text class="town-label" x="${Math.round(label.x)}" y="${Math.round(label.y)}" dominant-baseline="central" text-anchor="${label.anchor}" font-size="${size}" fill="${PAINT.towns.color}" stroke="${PAINT.towns.halo}" stroke-width="${halo}" stroke-linejoin="round" paint-order="stroke">${escapeXml(String(f.properties?.name))}</text>`
		);
	}

	// Rivers and lakes: each name once, at its middle (a lake) or on its line, where it fits.
	const seen = new Set<string>();
	const byRank = [...water].sort(
		(a, b) => Number(a.properties?.rank ?? 10) - Number(b.properties?.rank ?? 10)
	);
	for (const f of byRank) {
		const name = String(f.properties?.name);
		if (seen.has(name)) continue;
		const centre = path.centroid(f);
		const candidates: [number, number][] =
			kindOf(f) === 'lake' ? [centre] : riverPoints(f, projection).filter(inFrame);
		const w = textWidth(name, size, false, 1);
		for (const [x, y] of candidates) {
			if (!Number.isFinite(x) || !inFrame([x, y])) continue;
			const box = { left: x - w / 2, top: y - size - 2, right: x + w / 2, bottom: y - 2 };
			if (box.left < frame.left || box.right > frame.right || box.top < frame.top) continue;
			if (taken.some((other) => overlaps(box, other, 2))) continue;
			taken.push(box);
			seen.add(name);
			out.push(
				`<text class="water-label" x="${Math.round(x)}" y="${Math.round(y - 4)}" text-anchor="middle" font-size="${size}" font-style="italic" letter-spacing="1" fill="${PAINT.waterLabels.color}" stroke="${PAINT.water.color}" stroke-width="${halo}" stroke-linejoin="round" paint-order="stroke">${escapeXml(name)}</text>`
			);
			break;
		}
	}
	return out.join('');
}

/** Points along a river's lines as drawn, from its middle out: where its name may go. */
function riverPoints(f: Feature, projection: GeoProjection): [number, number][] {
	const g = f.geometry;
	const lines =
		g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
	const points = lines.flat().flatMap((at) => {
		const point = projection(at as [number, number]);
		return point ? [point] : [];
	});
	return [0.5, 0.35, 0.65, 0.2, 0.8].flatMap((share) => {
		const point = points[Math.floor(share * (points.length - 1))];
		return point ? [point] : [];
	});
}
