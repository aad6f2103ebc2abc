// The fixture story, as the schema's tests break it: copies with one change, and how the
// messages name its events.
import type { DatedEvent, Story, StoryEvent } from '$lib/story/types';
import { fixture as story } from './stories';

export { story };

export const FILE = 'story.json';

/** A copy of the fixture with one event changed. */
export function withEvent(index: number, change: Partial<StoryEvent>): Story {
	const events = story.events.map((event, i) => (i === index ? { ...event, ...change } : event));
	return { ...story, events };
}

/** A copy of the fixture as untyped JSON, for shapes the types would refuse. */
export const json = () => JSON.parse(JSON.stringify(story)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The index of the fixture's first event that has the thing asked for. */
export function indexOf(has: (event: DatedEvent, index: number) => unknown): number {
	const index = story.events.findIndex(has);
	if (index < 0) throw new Error('The fixture story has no such event: add one');
	return index;
}

/** How messages name an event: `events[2] "la-paz-reply"`. */
export const named = (index: number) => `events[${index}] "${story.events[index]!.id}"`;

/** The day `days` after an ISO day. */
export const plus = (iso: string, days: number) =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** An event that draws nothing but its places: no lines, areas or camera to trip over. */
export const plain = indexOf((e) => !e.connections && !e.areas && !e.camera);
export const last = story.events.length - 1;
export const { start, end } = story.meta.span;
export const span = `(meta.span: ${start} to ${end})`;
