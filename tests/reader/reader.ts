// The reader on a fake page (fake-page.ts), for a story of the fixture's kind.
import { framedParts } from '$lib/reader/framed-parts';
import { createStoryReader, type StoryReader } from '$lib/reader/story-reader.svelte';
import { datesIn } from '$lib/story/dates';
import type { DatedEvent, ShippedEvent, Span } from '$lib/story/types';
import { fixture } from '../stories';
import { FakePage } from './fake-page';

export interface Reading {
	reader: StoryReader;
	page: FakePage;
	/** The reader's cleanup (what the page's onMount returns). */
	stop: () => void;
	/** Framed: the host's window moved (page.hostScreen says where it is now). */
	screenMoved: () => void;
}

/**
 * The reader of `events`, on a fake page whose address is `url`, started as the page does
 * it: `start` once hydrated (the map's pane beside the text, the reading line at 55% of
 * the screen), then the router. `head`: how many events the page starts with (the rest
 * come in parts of `partSize`).
 */
export async function read(
	events: readonly ShippedEvent[],
	{
		span = null,
		url = '/',
		head = events.length,
		partSize = 2,
		hasMap = true,
		reloaded = false,
		moved = false,
		framed = false
	}: {
		span?: Span | null;
		url?: string;
		head?: number;
		partSize?: number;
		hasMap?: boolean;
		reloaded?: boolean;
		/** The reader scrolled before the scripts came. */
		moved?: boolean;
		/** The page is framed in another (issue 30): its parts are framedParts's over the fake's. */
		framed?: boolean;
	} = {}
): Promise<Reading> {
	const page = new FakePage(
		events.slice(0, head).map((e) => e.id),
		url
	);
	page.reloaded = reloaded;
	page.movedSinceLoad = moved;
	const own = page.parts();
	const parts = framed
		? framedParts(own, { framed: () => true, screen: () => page.hostScreen })
		: { ...own, screenMoved: () => {} };
	const later = events.slice(head);
	const reader = createStoryReader(
		{
			events: events.slice(0, head),
			eventCount: events.length,
			span,
			dates: datesIn('en-GB'),
			hasMap,
			// Each part's steps are on the page (out of sight) once the reader has them.
			async *laterEvents() {
				for (let i = 0; i < later.length; i += partSize) {
					const part = later.slice(i, i + partSize);
					for (const event of part) page.addStep(event.id);
					yield part;
				}
			}
		},
		parts
	);
	// Beside the text, as tall as the reader's screen (framed, the page stands it in the host's
	// window); stacked above the text, 40% of it.
	const mapPane = {
		getBoundingClientRect: () => ({
			bottom: (page.hostScreen?.top ?? 0) + page.height * (page.mapStacked ? 0.4 : 1)
		})
	} as HTMLElement;
	const stop = reader.start({ mapPane });
	reader.routerStarted();
	await page.settle();
	return { reader, page, stop, screenMoved: parts.screenMoved };
}

/** Where the page is scrolled with `id`'s top just past the reading line (55% of 800 px: 440). */
export const pastTheLine = (page: FakePage, id: string) => page.elements.get(id)!.top - 400;
/** Where the page is scrolled with `id`'s top just short of the reading line. */
export const shortOfTheLine = (page: FakePage, id: string) => page.elements.get(id)!.top - 450;

/** Ten steps a week apart in the fixture's year (its events, repeated with dates of their own). */
export const tenWeeks: DatedEvent[] = Array.from({ length: 10 }, (_, i) => ({
	...fixture.events[i % fixture.events.length]!,
	id: `week-${i + 1}`,
	date: new Date(Date.UTC(1990, 2, 1 + 7 * i)).toISOString().slice(0, 10),
	precision: 'day'
}));
export const { span } = fixture.meta;
