/**
 * The shape of the story's content, as the story file's schema (`schema.ts`) defines it:
 * the field-by-field guidance lives there, and in the JSON Schema an editor shows.
 * Type-only: importing these never brings the schema library into the page.
 */
import type { StoryFile } from './schema';

/** The whole story file, less its `$schema` pointer. */
export type Story = Omit<StoryFile, '$schema'>;
export type Meta = Story['meta'];
export type Place = Story['places'][number];
export type Source = Story['sources'][number];
export type StoryEvent = Story['events'][number];
export type Paragraph = StoryEvent['body'][number];
/** `day`: the exact day is known. `month`: only the month is (date is then the 1st). */
export type DatePrecision = StoryEvent['precision'];
export type CameraOverride = NonNullable<StoryEvent['camera']>;
export type Connection = NonNullable<StoryEvent['connections']>[number];
export type Area = NonNullable<StoryEvent['areas']>[number];

/** West, south, east, north in WGS84 degrees. */
export type Bounds = [west: number, south: number, east: number, north: number];
