// The story's region, from its own places: in a module of its own so the map can import it
// without the basemap builder's dependencies (topojson, lineclip) coming into the bundle.
// Plain JavaScript so `node scripts/build-basemap.js` runs it without a compiler.

/** @typedef {[west: number, south: number, east: number, north: number]} Region */

/** The least height a region has, in degrees, for each degree of its places' width. */
const HEIGHT_FOR_WIDTH = 0.4;

/**
 * The box the basemap is clipped to and the live map opens on: the gazetteer's places and
 * the events' camera boxes, grown on each side by half the box's width (east and west) and
 * half its height (north and south), at least 10°, and rounded out to whole degrees. That
 * leaves land around a step framed beside the text column, and nothing the story never shows.
 * @param {readonly { lon: number, lat: number }[]} places
 * @param {readonly (readonly number[])[]} [boxes] more boxes to cover (west, south, east, north)
 * @returns {Region}
 */
export function regionFor(places, boxes = []) {
	if (places.length === 0) throw new Error('regionFor needs at least one place');
	const lons = [...places.map((p) => p.lon), ...boxes.flatMap((b) => [b[0] ?? 0, b[2] ?? 0])];
	const lats = [...places.map((p) => p.lat), ...boxes.flatMap((b) => [b[1] ?? 0, b[3] ?? 0])];
	const [west, east, south, north] = [
		Math.min(...lons),
		Math.max(...lons),
		Math.min(...lats),
		Math.max(...lats)
	];
	// A story strung out along a parallel (from California to Rome) still gets land above and
	// below its places: its overview, framed in a squarish pane, shows that much.
	const lonMargin = Math.max(10, (east - west) / 2);
	const latMargin = Math.max(
		10,
		(north - south) / 2,
		(HEIGHT_FOR_WIDTH * (east - west) - (north - south)) / 2
	);
	return [
		Math.max(-180, Math.floor(west - lonMargin)),
		Math.max(-85, Math.floor(south - latMargin)),
		Math.min(180, Math.ceil(east + lonMargin)),
		Math.min(85, Math.ceil(north + latMargin))
	];
}

/**
 * The region of a story: its places and its events' camera boxes.
 * @param {{ places: readonly { lon: number, lat: number }[], events: readonly { camera?: { bounds?: readonly number[] } }[] }} story
 * @returns {Region}
 */
export function storyRegion(story) {
	return regionFor(
		story.places,
		story.events.flatMap((event) => (event.camera?.bounds ? [event.camera.bounds] : []))
	);
}
