/**
 * The shape of the story's content. Journalists edit `events.ts`, `places.ts` and
 * `sources.ts`; `schema.ts` checks them when the site builds and in the unit tests.
 */

/** West, south, east, north in WGS84 degrees. */
export type Bounds = [west: number, south: number, east: number, north: number];

export interface Place {
	/** Stable gazetteer id, used in events and in the DOM (`data-places`). */
	id: string;
	/** Display name on the map and in the text. */
	name: string;
	/** Where it is, in words, for screen readers and captions ("northern Syria"). */
	region: string;
	/** WGS84 longitude and latitude of the town centre. */
	lon: number;
	lat: number;
	/** Which side of the dot the label goes on, where a neighbour would collide (default right). */
	labelSide?: 'left' | 'right';
}

export interface Source {
	id: string;
	/** Who published it ("Wikipedia", "Russia Beyond the Headlines"). */
	publisher: string;
	title: string;
	/** Optional link for readers; the page never loads anything from it. */
	url?: string;
}

/** `day`: the exact day is known. `month`: only the month is (date is then the 1st). */
export type DatePrecision = 'day' | 'month';

export interface CameraOverride {
	/** Frame this box instead of the box around the event's places. */
	bounds?: Bounds;
	/** Never zoom closer than this for the event (a single town would fill the map). */
	maxZoom?: number;
}

export interface StoryEvent {
	/** Stable slug, the step element's `id` and the map's `data-view`. */
	id: string;
	/** ISO date, `YYYY-MM-DD`; with `month` precision the day is `01`. */
	date: string;
	precision: DatePrecision;
	title: string;
	/** Paragraphs of plain text, in our own words, with claims attributed. */
	body: string[];
	/** Gazetteer ids of the places this step highlights. */
	places: string[];
	camera?: CameraOverride;
	/** Source ids: the article, plus an outside source for anything it lacks. */
	sources: string[];
}

export interface Story {
	events: StoryEvent[];
	places: Place[];
	sources: Source[];
}
