// Points and cameras as the formats give them, checked: coordinates must be real ones (or
// the file is refused), while a camera setting out of range is clamped or left out with a
// warning, since the map can frame the event's places without it.
import { quote as show, type Problems, type ReportBuilder } from './report.ts';
import type { DraftLocation } from './types.ts';
import { readNumber } from './values.ts';

export interface ReaderContext {
	fileName: string;
	report: ReportBuilder;
	problems: Problems;
	/** A sheet's cells are all text: numbers in them are not worth a report line. */
	numbersAreText?: boolean;
}

/** A number field: undefined when missing; a problem when it is not a number. */
export function numberField(
	value: unknown,
	where: string,
	label: string,
	ctx: ReaderContext
): number | undefined | null {
	const read = readNumber(value);
	if (read.kind === 'missing') return undefined;
	if (read.kind === 'bad') return null;
	if (read.fromString && !ctx.numbersAreText)
		ctx.report.changed('Numbers given as strings read as numbers', where, label);
	return read.value;
}

/** Coordinates, required to be within ±90 and ±180; a problem line otherwise. */
export function readPoint(
	lat: unknown,
	lon: unknown,
	where: string,
	labels: { lat: string; lon: string },
	ctx: ReaderContext
): { lat: number; lon: number } | undefined {
	const latitude = numberField(lat, where, labels.lat, ctx);
	const longitude = numberField(lon, where, labels.lon, ctx);
	let ok = true;
	if (latitude === undefined || latitude === null || Math.abs(latitude) > 90) {
		ctx.problems.add(
			where,
			labels.lat,
			latitude === undefined ? 'is missing' : `${show(lat)} is not a latitude (−90 to 90)`
		);
		ok = false;
	}
	if (longitude === undefined || longitude === null || Math.abs(longitude) > 180) {
		ctx.problems.add(
			where,
			labels.lon,
			longitude === undefined ? 'is missing' : `${show(lon)} is not a longitude (−180 to 180)`
		);
		ok = false;
	}
	return ok ? { lat: latitude!, lon: longitude! } : undefined;
}

/**
 * A camera for MapLibre. Leaflet's zoom (StoryMapJS, TimelineJS) counts 256-pixel tiles,
 * MapLibre's 512-pixel ones: the same view is one level less.
 */
export function readCamera(
	fields: { zoom?: unknown; pitch?: unknown; bearing?: unknown },
	leaflet: boolean,
	where: string,
	ctx: ReaderContext
): DraftLocation['camera'] | undefined {
	const { report } = ctx;
	const warn = (label: string, value: unknown, why: string) =>
		report.dropped(
			`Warning: camera settings that are not usable (left out)`,
			where,
			`${label} ${show(value)} ${why}`
		);
	const zoom = numberField(fields.zoom, where, 'zoom', ctx);
	if (zoom === undefined) return undefined;
	if (zoom === null) {
		warn('zoom', fields.zoom, 'is not a number; the map frames the event’s places instead');
		return undefined;
	}
	let maplibre = leaflet ? zoom - 1 : zoom;
	if (leaflet)
		report.changed(
			'Zoom levels converted from Leaflet’s 256-pixel tiles to MapLibre’s (one level less)',
			where
		);
	if (maplibre < 0 || maplibre > 22) {
		const clamped = Math.min(22, Math.max(0, maplibre));
		report.changed('Zoom levels outside 0–22 clamped', where, `${maplibre} → ${clamped}`);
		maplibre = clamped;
	}
	const camera: NonNullable<DraftLocation['camera']> = { zoom: maplibre };
	const pitch = numberField(fields.pitch, where, 'pitch', ctx);
	if (pitch === null) warn('pitch', fields.pitch, 'is not a number');
	else if (pitch !== undefined) {
		const clamped = Math.min(85, Math.max(0, pitch));
		if (clamped !== pitch)
			report.changed('Pitch outside 0–85° clamped', where, `${pitch} → ${clamped}`);
		if (clamped !== 0) camera.pitch = clamped;
	}
	const bearing = numberField(fields.bearing, where, 'bearing', ctx);
	if (bearing === null) warn('bearing', fields.bearing, 'is not a number');
	else if (bearing !== undefined) {
		const turned =
			bearing >= -180 && bearing <= 180 ? bearing : ((((bearing + 180) % 360) + 360) % 360) - 180;
		if (turned !== bearing)
			report.changed('Bearings turned into −180…180°', where, `${bearing} → ${turned}`);
		if (turned !== 0) camera.bearing = turned;
	}
	return camera;
}
