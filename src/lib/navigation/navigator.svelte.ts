import type { JumpHow } from '$lib/embed/protocol';
import type { Dates } from '$lib/story/dates';
import type { DatedEvent, StoryEvent } from '$lib/story/types';
import type { ReaderParts } from '$lib/reader/parts';
import type { ReaderPosition } from '$lib/reader/position.svelte';
import { chapterFragment, parseChapterFragment } from './chapter-links';
import {
	dateFieldIn,
	describeResolution,
	eventForDate,
	fragmentFor,
	historyAction,
	parseFragment,
	readDateField,
	type Span,
	type UrlChange
} from './date-links';

export interface NavigatorOptions {
	/** The events on the page, in order (a long story's grow once the rest has come). */
	events: () => readonly StoryEvent[];
	/** The reader's position, which the navigator moves and the URL follows. */
	position: ReaderPosition;
	/**
	 * The story's span, for the notes a date link gives; null for a tour, whose links
	 * name chapters (`#quito-start`) rather than days.
	 */
	span: Span | null;
	/** How dates are written. */
	dates: Dates;
	/** The browser's parts: its history, viewport and elements (framed, the host's view). */
	parts: Pick<ReaderParts, 'history' | 'viewport' | 'elementById' | 'nextFrame'>;
	/** A jump landed on a step, and how it was made (the reader events' `story:jump`). */
	onJump?: (index: number, how: JumpHow) => void;
}

/** What a link's fragment asks for (readFragment). */
type LinkRequest =
	| { kind: 'none' }
	| { kind: 'invalid'; message: string }
	| {
			kind: 'step';
			index: number;
			/** The polite note, where the step is not the one asked for. */
			notice: string | null;
			/** Whether the step at this index already shows what the link asks for. */
			shows: (index: number) => boolean;
	  };

/**
 * Every way the reader moves through the story besides scrolling: date links, the
 * timeline, the date field (a tour's chapter links and list instead), Back and Forward.
 * It moves the reader's position (the one owner of the step being read), keeps the URL's
 * date (a tour's chapter) in step with it, and gives the polite note when a link lands
 * elsewhere than asked.
 */
export class StoryNavigator {
	/** A polite note for the reader about the last date link or jump, if any. */
	notice = $state<string | null>(null);
	/** Set once the page's own fragment has been read; until then the URL is left alone. */
	private following = $state(false);
	/** The step the notice is about (-1: none); it goes when the reader leaves that step. */
	private noticeStep = -1;
	/** Whether the reader had moved when the scripts started, or has since (see noteStart). */
	private start: { moved: boolean } | undefined;
	private readonly eventsNow: () => readonly StoryEvent[];
	private readonly position: ReaderPosition;
	private readonly span: Span | null;
	private readonly dates: Dates;
	private readonly parts: NavigatorOptions['parts'];
	private readonly onJump: NonNullable<NavigatorOptions['onJump']>;
	private get events() {
		return this.eventsNow();
	}
	/** A dated story's events: every one has a date (only these stories take date links). */
	private get datedEvents() {
		return this.eventsNow() as readonly DatedEvent[];
	}
	/** A step's fragment: its day in a dated story, its id in a tour. */
	private fragmentFor(event: StoryEvent) {
		return this.span ? fragmentFor(event as DatedEvent) : chapterFragment(event);
	}

	constructor({ events, position, span, dates, parts, onJump = () => {} }: NavigatorOptions) {
		this.eventsNow = events;
		this.onJump = onJump;
		this.position = position;
		this.span = span;
		this.dates = dates;
		this.parts = parts;
		position.onReaderMove = () => {
			if (this.start) this.start.moved = true;
		};
	}

	/**
	 * Notes where the browser's own fragment navigation left the reader, before the rest
	 * of a long story comes in and moves the fragment's element: reading the location
	 * then still tells a reader who scrolled from one who did not.
	 */
	noteStart() {
		this.start = { moved: this.movedSinceLoad() };
	}

	/**
	 * Whether the page has left the place the browser's own fragment navigation gave it
	 * (the fragment's element, or else the top): the reader scrolled before the scripts came.
	 */
	private movedSinceLoad(): boolean {
		let anchor: HTMLElement | null = null;
		try {
			anchor = this.parts.elementById(decodeURIComponent(this.location.hash.slice(1)));
		} catch {
			// A malformed fragment names no element.
		}
		return this.parts.viewport.movedFrom(anchor);
	}

	private get location() {
		return this.parts.history.location();
	}

	/**
	 * Since then, only the reader's own scrolling counts: the page's, to keep what is in
	 * view while later events are added above it, does not.
	 */
	private movedSinceStart() {
		return this.start ? this.start.moved : this.movedSinceLoad();
	}

	/** The event a date opens (on it, or the latest before), scrolled to and announced. */
	jumpToDate(date: string, how: JumpHow = 'timeline') {
		if (!this.span) return;
		const resolution = eventForDate(this.datedEvents, date);
		const index = this.datedEvents.indexOf(resolution.event);
		this.jumpTo(index, 'jump', how);
		this.say(describeResolution(date, resolution, this.span, this.dates), index);
	}

	/** The date field's value, committed by the reader: a jump, or a note saying why not. */
	jumpToTypedDate(value: string) {
		const request = readDateField(value);
		if (request.kind === 'date') this.jumpToDate(request.date, 'date-field');
		else this.say(request.message);
	}

	private say(notice: string | null, aboutStep = -1) {
		this.notice = notice;
		this.noticeStep = aboutStep;
	}

	/**
	 * Brings a step to the reading line; `jump` adds a history entry, others do not. `how`
	 * names the jump for the host's figures.
	 */
	jumpTo(index: number, change: UrlChange, how: JumpHow) {
		const event = this.events[index];
		if (!event) return;
		this.say(null);
		this.setUrl(change, this.fragmentFor(event)); // before scrolling: Back returns here
		this.position.jumpTo(index, change === 'jump');
		this.onJump(index, how);
	}

	/** The host asks for a step: its fragment replaces the URL's, then is read as a link's. */
	goTo(fragment: string) {
		this.parts.history.replace(fragment);
		this.abandonJump();
		this.followLocation('history', 'host');
	}

	/**
	 * Back, Forward or an edited URL: a jump still on its way is dropped at once (its
	 * scroll may end before the next frame, and must not finish the jump and take the
	 * reader back), and the URL stops following the scroll until the new location has
	 * been read: the scroll still under way must not overwrite it.
	 */
	private abandonJump() {
		// The URL stops following first: dropping the jump moves the reader's place.
		this.following = false;
		this.position.abandonJump();
	}

	/**
	 * Reads the location: on load, and after Back, Forward or an edited URL. A date
	 * link opens its step, unless the reader has already moved: on a reload (or a
	 * return from another page) the browser has put them back where they were, and
	 * any scroll they made before the scripts arrived is theirs to keep.
	 */
	followLocation = (change: 'load' | 'history', how?: JumpHow) => {
		const typed = change === 'load' ? dateFieldIn(this.location.search) : null;
		if (typed !== null) {
			// The date form, sent before the scripts arrived: drop the query, then jump.
			this.parts.history.replace(this.location.pathname);
			this.jumpToTypedDate(typed);
		} else if (change === 'history' || !this.parts.history.restored()) {
			this.followFragment(change, how ?? (change === 'load' ? 'link' : 'back-forward'));
		}
		// Where the reader is now, before the URL follows it again (the observer reports a
		// frame later).
		this.following = true;
		this.position.settle();
		this.followScroll();
	};

	/**
	 * What the location's fragment asks for: a step (a dated story's day, a tour's
	 * chapter), with the note it gives and which steps already show it; nothing; or a
	 * malformed link, with the note that says so.
	 */
	private readFragment(hash: string): LinkRequest {
		const isPageAnchor = (id: string) => this.parts.elementById(id) !== null;
		if (!this.span) {
			const ids = this.events.map((event) => event.id);
			const request = parseChapterFragment(hash, ids, isPageAnchor);
			if (request.kind !== 'chapter') return request;
			const { index } = request;
			return { kind: 'step', index, notice: null, shows: (shown) => shown === index };
		}
		const request = parseFragment(hash, isPageAnchor);
		if (request.kind !== 'date') return request;
		const resolution = eventForDate(this.datedEvents, request.date);
		return {
			kind: 'step',
			index: this.datedEvents.indexOf(resolution.event),
			notice: describeResolution(request.date, resolution, this.span, this.dates),
			// The URL names only the day: any step of that day shows it.
			shows: (shown) => this.events[shown]?.date === resolution.event.date
		};
	}

	private followFragment(change: 'load' | 'history', how: JumpHow) {
		const { hash } = this.location;
		const request = this.readFragment(hash);
		if (request.kind === 'invalid') {
			// About the step the reader is on: it stays until they move on, rather than
			// going at the URL's next update (read mid-story, the note never showed).
			this.say(request.message, this.position.measure());
		} else if (request.kind === 'step') {
			if (change === 'load' && this.movedSinceStart()) return;
			// After Back or Forward the router has restored the reader's place: keep it if
			// it shows the step. The introduction is not the first step's place: a link to
			// it from there scrolls to it, as on load.
			if (change === 'load' || !request.shows(this.position.measure()))
				this.jumpTo(request.index, 'history', how);
			this.say(request.notice, request.index);
		} else if (change === 'history' && hash === '' && this.position.measure() >= 0) {
			// Back to an entry without a fragment: the reader was in the introduction. The
			// router restores no place for entries the browser made itself (an edited URL's),
			// so the page would stay on a step and rewrite this entry's URL with its own.
			this.parts.viewport.toTop();
		}
	}

	/**
	 * The URL's fragment follows the step being read, without adding history: called
	 * whenever the reader's place may have changed (the reader calls it on each change of
	 * the position). It reacts to the reader's place alone, never to the router's own state
	 * (reading that once undid a reader's edit of the URL).
	 */
	followScroll() {
		const crossed = this.position.crossed;
		if (!this.following || this.position.jumping) return;
		if (this.notice && crossed >= 0 && crossed !== this.noticeStep) this.say(null);
		const event = crossed >= 0 ? this.events[crossed] : undefined;
		this.setUrl('scroll', event ? this.fragmentFor(event) : '');
	}

	private setUrl(change: UrlChange, hash: string) {
		const { hash: now, pathname, search } = this.location;
		const action = historyAction(change, now, hash);
		const url = hash || pathname + search;
		if (action === 'push') this.parts.history.push(url);
		else if (action === 'replace') this.parts.history.replace(url);
	}

	/** Listens for Back, Forward and edited URLs; returns what stops it. */
	attach(): () => void {
		let cancelPending = () => {};
		const stop = this.parts.history.onTraverse(() => {
			this.abandonJump();
			// popstate and hashchange both fire for one traversal; the router restores
			// the scroll position in between. Read the result once, a frame later.
			cancelPending();
			cancelPending = this.parts.nextFrame(() => this.followLocation('history'));
		});
		return () => {
			cancelPending();
			stop();
		};
	}
}
