/**
 * The reader: everything the story's page does as it is read, apart from laying it out.
 * It holds the reader's position (position.svelte.ts: which step is being read) and the
 * navigator (the URL, history, date and chapter links: navigation/), brings a long story's
 * later events in and holds jumps until they are all there ("until whole"), marks the
 * step being read, and keeps the offline copy. It takes the story and the browser's parts
 * (parts.ts) as arguments: the page passes its window's (browser-parts.ts), a test its
 * fakes, an embed the host's view of its frame. The page reads `activeStep`, `live`,
 * `later`, `whole`, `notice` and calls the jumps.
 */
import { flushSync, tick } from 'svelte';
import { markCurrent } from '$lib/actions/mark-current';
import type { JumpHow } from '$lib/embed/protocol';
import { StoryNavigator } from '$lib/navigation/navigator.svelte';
import type { Dates } from '$lib/story/dates';
import { bringInLater, UntilWhole } from '$lib/story/later-events';
import type { ShippedEvent, Span } from '$lib/story/types';
import type { ReaderParts } from './parts';
import { ReaderPosition } from './position.svelte';

/** What the reader needs of the story. */
export interface ReaderStory {
	/** The events the page starts with (a long story's first days; else all of them). */
	events: readonly ShippedEvent[];
	/** How many events the whole story has. */
	eventCount: number;
	/** A dated story's span; null for a tour, linked by chapter rather than by day. */
	span: Span | null;
	dates: Dates;
	/** Whether the story has a map: the map keeps the offline copy waiting until it is in. */
	hasMap: boolean;
	/** A long story's later events, part by part (`virtual:story/later`). */
	laterEvents: () => AsyncIterable<ShippedEvent[]>;
}

/** Who hears what the reader reads (the story's document and an embed's host: src/lib/embed/framed-page.ts). */
export interface ReaderListener {
	/** A step is being read (none is in the introduction); `last`: it is the story's last. */
	step(event: ShippedEvent, index: number, last: boolean): void;
	/** A jump landed on a step, made as `how` says. */
	jump(event: ShippedEvent, index: number, how: JumpHow): void;
}

export class StoryReader {
	/** A long story's later events, added out of sight as they come, then shown at once. */
	later = $state.raw<readonly ShippedEvent[]>([]);
	/** Every event is on the page and shown; until then, jumps wait (see UntilWhole). */
	whole = $state(false);
	/** Until the page is live, no step claims to be current: without JavaScript none is. */
	live = $state(false);
	/** The steps the reader can reach, in order. */
	readonly events = $derived.by(() =>
		this.whole ? [...this.story.events, ...this.later] : this.story.events
	);
	readonly position: ReaderPosition;
	readonly navigator: StoryNavigator;
	/** The step being read: everything on the map derives from it. */
	readonly activeStep = $derived.by(() => this.events[this.position.index] ?? this.events[0]!);
	/** Whether the page starts with every event (a story short enough, or a tour). */
	readonly startsWhole: boolean;
	private readonly untilWhole: UntilWhole;
	/** The step marked as being read, and what unmarks it. */
	private marked: string | undefined;
	private unmark = () => {};
	private listener: ReaderListener | undefined;
	/** The step the listener last heard of (-1: none, or the introduction since). */
	private told = -1;

	constructor(
		private readonly story: ReaderStory,
		private readonly parts: ReaderParts
	) {
		this.startsWhole = story.events.length === story.eventCount;
		this.whole = this.startsWhole;
		this.untilWhole = new UntilWhole(this.startsWhole);
		this.position = new ReaderPosition(parts, () => this.events);
		this.navigator = new StoryNavigator({
			events: () => this.events,
			position: this.position,
			span: story.span,
			dates: story.dates,
			parts,
			onJump: (index, how) => {
				const event = this.events[index];
				if (event) this.listener?.jump(event, index, how);
			}
		});
		// The URL, the mark and who listens follow the reader's place.
		this.position.onChange = () => {
			this.navigator.followScroll();
			this.mark();
			this.tell();
		};
	}

	/** A polite note for the reader about the last link or jump, if any. */
	get notice() {
		return this.navigator.notice;
	}

	/** The step being read is marked once the page is live (never without JavaScript). */
	private mark() {
		const id = this.live ? this.activeStep.id : undefined;
		if (id === this.marked) return;
		this.unmark();
		this.marked = id;
		this.unmark = id === undefined ? () => {} : markCurrent(this.parts.elementById(id));
	}

	/** Tells the listener of the step being read, once live, when it changes. */
	private tell() {
		const { crossed, jumping, index } = this.position;
		if (!this.live || (crossed < 0 && !jumping)) return void (this.told = -1);
		if (index === this.told || !this.listener) return;
		this.told = index;
		this.listener.step(this.activeStep, index, index === this.story.eventCount - 1);
	}

	/** Tells `listener` what the reader reads from now on (the step being read at once); returns what stops it. */
	listen(listener: ReaderListener): () => void {
		this.listener = listener;
		this.told = -1;
		this.tell();
		return () => {
			if (this.listener === listener) this.listener = undefined;
		};
	}

	/**
	 * The page is on the screen, hydrated: watch it (`mapPane`: the map's pane, which puts
	 * a phone's reading line below it), bring the rest of a long story in. Returns what
	 * stops it all.
	 */
	start({ mapPane }: { mapPane?: HTMLElement } = {}): () => void {
		const stops = [
			this.position.attach(mapPane),
			this.navigator.attach(),
			// With a map, the offline copy is kept once it has come in (the map's onready).
			this.story.hasMap ? () => {} : this.parts.whenReaderActs(this.parts.keepOfflineCopy)
		];
		// One task after hydration: the page's first updates do not lengthen its longest task.
		stops.push(
			this.parts.later(() => {
				this.live = true;
				this.mark();
				this.tell();
				if (!this.whole) stops.push(this.bringInLater());
			}, 0)
		);
		return () => {
			for (const stop of stops) stop();
			this.unmark();
		};
	}

	private bringInLater() {
		return bringInLater(
			this.parts,
			this.story.laterEvents,
			(events) => {
				this.later = events;
				flushSync();
			},
			async () => {
				this.whole = true;
				await tick();
				this.position.stepsAdded();
				this.untilWhole.done();
			}
		);
	}

	/**
	 * The router has started (SvelteKit's first afterNavigate): it can change the URL now.
	 * The page's own fragment is read (once every event is on the page: a date link may
	 * name a later one), and the URL follows the reader from there on.
	 */
	routerStarted() {
		this.navigator.noteStart();
		this.untilWhole.run('load', () => this.navigator.followLocation('load'));
	}

	/** A date picked on the timeline. */
	jumpToDate(date: string) {
		this.untilWhole.run('jump', () => this.navigator.jumpToDate(date));
	}

	/** The date field's value, committed by the reader. */
	jumpToTypedDate(value: string) {
		this.untilWhole.run('jump', () => this.navigator.jumpToTypedDate(value));
	}

	/** A tour's chapter, picked in its list. */
	jumpToChapter(index: number) {
		this.untilWhole.run('jump', () => this.navigator.jumpTo(index, 'jump', 'chapter-list'));
	}

	/** A step the host asks for, by its fragment (a date or a chapter, checked by the host's messages). */
	goTo(fragment: string) {
		this.untilWhole.run('jump', () => this.navigator.goTo(fragment));
	}
}

export const createStoryReader = (story: ReaderStory, parts: ReaderParts) =>
	new StoryReader(story, parts);
