import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { untrack } from 'svelte';
import type { Dates } from '$lib/story/dates';
import type { DatedEvent, StoryEvent } from '$lib/story/types';
import type { JumpHow } from '$lib/embed/protocol';
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
	/** Framed: jumps replace the URL, never push (an embedded story adds no host history). */
	framed?: () => boolean;
	/** A jump landed on a step (the reader events' `story:jump`). */
	onJump?: (index: number, how: JumpHow) => void;
}

/**
 * Whether this document was reloaded, or reopened from history: the browser then
 * restores the reader's scroll position itself.
 */
function restoredByBrowser() {
	const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
	return entry?.type === 'reload' || entry?.type === 'back_forward';
}

/**
 * Whether the page has left the place the browser's own fragment navigation gave it
 * (the fragment's element, or else the top): the reader scrolled before the scripts came.
 */
function movedSinceLoad(hash: string): boolean {
	let anchor: HTMLElement | null = null;
	try {
		anchor = document.getElementById(decodeURIComponent(hash.slice(1)));
	} catch {
		// A malformed fragment names no element.
	}
	if (!anchor) return scrollY > 2;
	const margin = parseFloat(getComputedStyle(anchor).scrollMarginTop) || 0;
	const furthest = document.documentElement.scrollHeight - innerHeight;
	const landing = scrollY + anchor.getBoundingClientRect().top - margin;
	return Math.abs(scrollY - Math.min(furthest, Math.max(0, landing))) > 2;
}

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
	private readonly framed: () => boolean;
	private readonly onJump: (index: number, how: JumpHow) => void;
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

	constructor({
		events,
		position,
		span,
		dates,
		framed = () => false,
		onJump = () => {}
	}: NavigatorOptions) {
		this.eventsNow = events;
		this.framed = framed;
		this.onJump = onJump;
		this.position = position;
		this.span = span;
		this.dates = dates;
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
		this.start = { moved: movedSinceLoad(location.hash) };
	}

	/**
	 * Since then, only the reader's own scrolling counts: the page's, to keep what is in
	 * view while later events are added above it, does not.
	 */
	private movedSinceStart() {
		return this.start ? this.start.moved : movedSinceLoad(location.hash);
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
	 * Brings a step to the reading line; `jump` adds a history entry (framed, it replaces
	 * the URL), others do not. `how` names the jump for the host's figures.
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
		// A fragment of this page (host-messages.ts checks it): nothing for resolve() to add.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(fragment, page.state);
		this.abandonJump();
		this.followFragment('history', 'host');
		this.position.settle();
		this.following = true;
	}

	/**
	 * Back, Forward or an edited URL: a jump still on its way is dropped at once (its
	 * scroll may end before the next frame, and must not finish the jump and take the
	 * reader back), and the URL stops following the scroll until the new location has
	 * been read: the scroll still under way must not overwrite it.
	 */
	private abandonJump() {
		this.position.abandonJump();
		this.following = false;
	}

	/**
	 * Reads the location: on load, and after Back, Forward or an edited URL. A date
	 * link opens its step, unless the reader has already moved: on a reload (or a
	 * return from another page) the browser has put them back where they were, and
	 * any scroll they made before the scripts arrived is theirs to keep.
	 */
	followLocation = (change: 'load' | 'history') => {
		const typed = change === 'load' ? dateFieldIn(location.search) : null;
		if (typed !== null) {
			// The date form, sent before the scripts arrived: drop the query, then jump.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			replaceState(location.pathname, page.state);
			this.jumpToTypedDate(typed);
		} else if (change === 'history' || !restoredByBrowser()) {
			this.followFragment(change);
		}
		// Where the reader is now, before the URL follows it again (the observer reports a
		// frame later).
		this.position.settle();
		this.following = true;
	};

	private followFragment(change: 'load' | 'history', how?: JumpHow) {
		if (!this.span) return this.followChapter(change, how);
		const jumpHow = how ?? (change === 'load' ? 'link' : 'back-forward');
		const request = parseFragment(location.hash, (id) => document.getElementById(id) !== null);
		if (request.kind === 'invalid') {
			// About the step the reader is on: it stays until they move on, rather than
			// going at the URL's next update (read mid-story, the note never showed).
			this.say(request.message, this.position.measure());
		} else if (request.kind === 'date') {
			if (change === 'load' && this.movedSinceStart()) return;
			const resolution = eventForDate(this.datedEvents, request.date);
			const index = this.datedEvents.indexOf(resolution.event);
			// After Back or Forward the router has restored the reader's place: keep it
			// if it shows this step, or another of the same day (the URL names only the
			// day). The introduction is not the first step's place: a link to it from
			// there scrolls to it, as on load.
			const shown = this.events[this.position.measure()];
			if (change === 'load' || shown?.date !== resolution.event.date)
				this.jumpTo(index, 'history', jumpHow);
			this.say(describeResolution(request.date, resolution, this.span, this.dates), index);
		} else if (change === 'history' && location.hash === '' && this.position.measure() >= 0) {
			// Back to an entry without a date: the reader was in the introduction. The router
			// restores no place for entries the browser made itself (an edited URL's), so
			// the page would stay on a step and rewrite this entry's URL with its date.
			scrollTo({ top: 0, behavior: 'instant' });
		}
	}

	/** A tour's link: the chapter it names, as a date link opens its day. */
	private followChapter(change: 'load' | 'history', how?: JumpHow) {
		const request = parseChapterFragment(
			location.hash,
			this.events.map((event) => event.id),
			(id) => document.getElementById(id) !== null
		);
		if (request.kind === 'invalid') {
			this.say(request.message, this.position.measure());
		} else if (request.kind === 'chapter') {
			if (change === 'load' && this.movedSinceStart()) return;
			// After Back or Forward the router has restored the reader's place: keep it if
			// it shows this chapter.
			if (change === 'load' || this.position.measure() !== request.index)
				this.jumpTo(request.index, 'history', how ?? (change === 'load' ? 'link' : 'back-forward'));
			this.say(null);
		} else if (change === 'history' && location.hash === '' && this.position.measure() >= 0) {
			// Back to the introduction's entry (see followFragment).
			scrollTo({ top: 0, behavior: 'instant' });
		}
	}

	/** The URL's fragment follows the step being read, without adding history. */
	followScroll() {
		// Runs in an effect: it must react to the reader's place alone, never to the
		// router's own state (reading it here once undid a reader's edit of the URL).
		const crossed = this.position.crossed;
		if (!this.following || this.position.jumping) return;
		untrack(() => {
			if (this.notice && crossed >= 0 && crossed !== this.noticeStep) this.say(null);
			const event = crossed >= 0 ? this.events[crossed] : undefined;
			this.setUrl('scroll', event ? this.fragmentFor(event) : '');
		});
	}

	private setUrl(change: UrlChange, hash: string) {
		const action = historyAction(change, location.hash, hash);
		const url = hash || location.pathname + location.search;
		// A fragment or this page's own path: nothing for resolve() to add.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (action === 'push' && !this.framed()) pushState(url, {});
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		else if (action) replaceState(url, page.state);
	}

	/** Registers the listeners for Back, Forward and edited URLs; returns their cleanup. */
	attach(): () => void {
		let pending = 0;
		const onHistory = (event: Event) => {
			// A hashchange can come after the popstate's frame, when the URL already follows
			// the reader again: it is about a location that is gone (it once erased the note
			// about a malformed link).
			if (event instanceof HashChangeEvent && event.newURL !== location.href) return;
			this.abandonJump();
			// popstate and hashchange both fire for one traversal; the router restores
			// the scroll position in between. Read the result once, a frame later.
			cancelAnimationFrame(pending);
			pending = requestAnimationFrame(() => this.followLocation('history'));
		};
		addEventListener('popstate', onHistory);
		addEventListener('hashchange', onHistory);
		return () => {
			cancelAnimationFrame(pending);
			removeEventListener('popstate', onHistory);
			removeEventListener('hashchange', onHistory);
		};
	}
}
