/**
 * The shape of the story's content, as the story file's schema (./schema/story.ts)
 * defines it: the field-by-field guidance lives there, and in the JSON Schema an editor
 * shows. Type-only: importing these never brings the schema library into the page.
 */
import type { StoryFile } from './schema/story';
import type { DatePrecision } from './dates';
import type { RouteStep } from '../map/route';

/** The whole story file, less its `$schema` pointer. */
export type Story = Omit<StoryFile, '$schema'>;
export type Meta = Story['meta'];
export type Place = Story['places'][number];
export type Source = Story['sources'][number];
export type StoryEvent = Story['events'][number];
export type Paragraph = StoryEvent['body'][number];
export type { DatePrecision };
/** An event of a dated story: every event of one has a date and its precision (tools/story/story-checks.ts). */
export type DatedEvent = StoryEvent & { date: string; precision: DatePrecision };
/** A dated story's first and last day. */
export type Span = NonNullable<Meta['span']>;

/** Whether an event has a date (every event of a dated story does; none of a tour's). */
export const isDated = (event: StoryEvent): event is DatedEvent =>
	event.date !== undefined && event.precision !== undefined;
export type Connection = NonNullable<StoryEvent['connections']>[number];
export type Area = NonNullable<StoryEvent['areas']>[number];

/** West, south, east, north in WGS84 degrees. */
export type Bounds = [west: number, south: number, east: number, north: number];

/** An event as the page receives it: with the id of the static map it shares, if not its own. */
export type ShippedEvent = StoryEvent & { staticMap?: string };

/** A day of the story, summarised for the timeline: its date, headlines and how many. */
export interface DaySummary {
	date: string;
	precision: DatePrecision;
	count: number;
	/** The first few headlines (the tip lists these, then "and N more"). */
	titles: string[];
	/** The group (`event.group`) every event of the day belongs to, if they share one. */
	group?: string;
}

/** The lines and areas the whole story draws: the live map loads them once. */
export interface Overlays {
	connections: Connection[];
	areas: Area[];
}

/** What the page starts with: everything but the events after the first screens. */
export type StoryHead = Omit<Story, 'events'> & {
	events: ShippedEvent[];
	/** How many events the whole story has. */
	eventCount: number;
	days: DaySummary[];
	/** The events' groups, in the order the story first names them. */
	groups: string[];
	overlays: Overlays;
	/** Each step and the stop it adds to the route so far (map/route.ts); null without `meta.route`. */
	route: RouteStep[] | null;
	/** The months whose events are not all in the head: each has a page of its own. */
	laterMonths: string[];
	/** The box the basemap covers and the live map opens on (src/lib/map/region.js); none without places. */
	region: Bounds | null;
};

/** An edition of the story: its language and where it is served (tools/editions.js). */
export interface EditionInfo {
	code: string;
	/** The `lang` attribute's value. */
	lang: string;
	/** What Intl formats dates with. */
	locale: string;
	dir: 'ltr' | 'rtl';
	/** Its own name for its language: "English", "Русский", "العربية". */
	name: string;
	/** Where it is served, from the site's root: '' for English, 'ru/' for Russian. */
	path: string;
	ogLocale: string;
}

/**
 * What the build gives the page (`virtual:story`): the story's start, in this build's edition.
 * The browser's copy leaves out what the server writes into the page and the browser never
 * renders (tools/story/page-start.ts): the first events' `body` and media, the introduction's
 * and the closing note's paragraphs and the sources are empty there (a long story's later
 * events bring the sources they cite: src/lib/story/later-events.ts).
 */
export type StoryData = StoryHead & {
	edition: EditionInfo;
	editions: EditionInfo[];
	/** The story's dates, written in the edition's language (tools/story/date-labels.ts). */
	dateLabels: Record<string, string>;
};
