// The story's region, in its own module so the map can import it without the
// basemap builder's dependencies (topojson, lineclip) coming along into the bundle.

/** West, south, east, north: the eastern Mediterranean to Kazakhstan, Moscow included. */
export const REGION = /** @type {[number, number, number, number]} */ ([0, 15, 105, 66]);
