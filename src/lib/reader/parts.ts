/**
 * The browser's parts the reader works with (story-reader.svelte.ts), as arguments: the
 * page's own (browser-parts.ts) or a test's fakes. Each is a source the reader takes as it
 * comes, never a policy it decides: a page framed in another (an embed in a newsroom's
 * page, issue 30) passes the host's view of the frame as its viewport, and a history whose
 * push replaces, and nothing else of the reader changes.
 */
import type { StoryEvent } from '$lib/story/types';

/** What the reader sees of the page, and how the page moves. */
export interface ReaderViewport {
	/**
	 * The part of the page in view: its top, in the page's viewport coordinates (those of
	 * getBoundingClientRect), and its height. The reading line is placed in it. The
	 * window's: from 0, as tall as the small viewport (100svh, steady while a phone's
	 * address bar shows and hides).
	 */
	visible(): { top: number; height: number };
	/** Its width: when it changes, the text reflows (a rotation). */
	width(): number;
	/** Whether the layout stacks the map above the text (layout.js's portrait-phone screen). */
	mapStacked(): boolean;
	/**
	 * Calls back when the view changes other than by this page's own scroll (a resize, a
	 * rotation; framed, the host's scroll too). Returns what stops it.
	 */
	onChange(listener: () => void): () => void;
	/** Calls back when a scroll of the page has ended. Returns what stops it. */
	onScrollEnd(listener: () => void): () => void;
	/** Calls back when the reader moves the page themselves: wheel, touch, the keys that scroll. */
	onReaderMove(listener: () => void): () => void;
	/** Scrolls so that `element` lands at the top of the view (its scroll margin), smoothly or at once. */
	bringToTop(element: Element, smooth: boolean): void;
	/** Scrolls to the page's top, at once. */
	toTop(): void;
	/**
	 * Whether the page has left the place the browser's own fragment navigation gave it
	 * (`anchor`'s landing, or the top where there is none): the reader scrolled.
	 */
	movedFrom(anchor: Element | null): boolean;
}

/** The page's address and history. */
export interface ReaderHistory {
	/** The address now. */
	location(): { hash: string; search: string; pathname: string };
	/** Whether this document was reloaded or reopened from history: the browser restored its scroll itself. */
	restored(): boolean;
	/** A new entry (a deliberate jump: Back returns from it). Framed, an embed's push replaces. */
	push(url: string): void;
	/** The same entry at a new address (scrolling). */
	replace(url: string): void;
	/** Calls back at Back, Forward or an edited URL, as the browser moves. Returns what stops it. */
	onTraverse(listener: () => void): () => void;
}

/** Elements watched against a line across the view. */
export interface LineWatch {
	watch(element: Element): void;
	unwatch(element: Element): void;
	stop(): void;
}

export interface ReaderParts {
	viewport: ReaderViewport;
	history: ReaderHistory;
	/**
	 * Watches elements against the line `line` pixels below the viewport's top: calls back
	 * when one crosses it (the page's: one IntersectionObserver whose root ends at the line).
	 */
	watchLine(line: number, onCross: () => void): LineWatch;
	/** The page's element with this id (a step, a day, an anchor), if any. */
	elementById(id: string): HTMLElement | null;
	/** Runs `run` in `ms` (0: the next task); returns what cancels it. */
	later(run: () => void, ms: number): () => void;
	/** Runs `run` before the next frame is painted; returns what cancels it. */
	nextFrame(run: () => void): () => void;
	/** Milliseconds, for pacing work (performance.now). */
	now(): number;
	/** Runs `run` once, at the reader's first act or after READER_IDLE_MS (scheduling.ts); returns what cancels it. */
	whenReaderActs(run: () => void): () => void;
	/** Whether the reader prefers reduced motion. */
	reducedMotion(): boolean;
	/** Keeps the story for reading offline (registers the service worker). */
	keepOfflineCopy(): void;
}

/** The page's steps, for those who find their elements: the events the reader can reach, in order. */
export type Steps = () => readonly StoryEvent[];
