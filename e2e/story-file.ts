import { readFileSync } from 'node:fs';
import type { DatedEvent, Span, Story } from '../src/lib/story/types';

/** A chronology, as the browser tests' stories are: a span, and a date on every event. */
export type DatedStory = Omit<Story, 'meta' | 'events'> & {
	meta: Story['meta'] & { span: Span };
	events: DatedEvent[];
};

/** A story file, read from the file (what the page must show), never from the page. */
export const readStoryFile = (path: string): Story =>
	JSON.parse(readFileSync(path, 'utf8')) as Story;

/** A chronology's file: fails unless it is dated throughout. */
export function readDatedStory(path: string): DatedStory {
	const story = readStoryFile(path);
	if (!story.meta.span || !story.events.every((e) => e.date && e.precision))
		throw new Error(`${path} is not dated throughout`);
	return story as DatedStory;
}

/** Whether the story is a chronology (a tour has no span and no dates). */
export const isDatedStory = (story: Story): story is DatedStory => story.meta.span !== undefined;

/** A step's `data-date`: its date at its precision, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const dataDate = ({ date, precision }: Pick<DatedEvent, 'date' | 'precision'>) =>
	precision === 'day' ? date : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4);
