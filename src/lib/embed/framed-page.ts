// The framed page's wiring (browser glue over the pure modules of src/lib/embed/): it
// listens to the host, reports the story's height once the host says where the reader's
// screen is, lays out what sticky would on a page of its own, and tells the story's
// document (and, framed, its host) what the reader reads. The story's page calls it once
// (src/routes/+page.svelte); the reader's parts take the host's screen from it
// (src/lib/reader/framed-parts.ts).
import type { ReaderListener, StoryReader } from '$lib/reader/story-reader.svelte';
import type { StoryEvent } from '$lib/story/types';
import { frameFromLocation, hostWindowInFrame, type Frame } from './frame';
import { fullStoryAddress, stickyShift } from './frame-layout';
import { listenToHost } from './host';
import type { ReaderEvent, StepDetail } from './protocol';
import { createHeightReporter, emitReaderEvent, postToParent } from './story-messages';

/** The host's window in the frame's coordinates (hostWindowInFrame). */
export type HostScreen = ReturnType<typeof hostWindowInFrame>;

/** The parts of the page the frame lays out, and what it tells the page. */
export interface FramedParts {
	/** The sticky bar at the top of the page. */
	bar: () => HTMLElement | null | undefined;
	/** The map's pane (none in a story without a map), sticky within `main`. */
	mapPane: () => HTMLElement | null | undefined;
	main: () => HTMLElement | null | undefined;
	/** The reader: it tells what is read, and goes where the host asks (a fragment of the story's page). */
	reader: Pick<StoryReader, 'listen' | 'goTo'>;
	/** The reader's screen moved (the host scrolled or resized): read the steps again. */
	screenMoved: () => void;
}

/** A step's fragment: its day in a dated story, its id (chapter) in a tour. */
const fragmentOf = (event: StoryEvent) => `#${event.date ?? event.id}`;

/** A step, as the reader events name it (docs/embedding.md). */
const stepDetail = (event: StoryEvent, index: number): StepDetail =>
	event.date !== undefined
		? { id: event.id, index, date: event.date }
		: { id: event.id, index, chapter: fragmentOf(event) };

/** Top of an element in the frame's document, without the shift the frame gave it. */
const topOf = (element: HTMLElement, shift: number) =>
	element.getBoundingClientRect().top + scrollY - shift;

export class FramedPage {
	readonly frame: Frame;
	/** The host's window, once the host has said where it is; null on a page of its own, or a plain iframe. */
	screen: HostScreen | null = null;
	private readonly post = postToParent(window);
	private shifts = { bar: 0, map: 0 };
	/** The reading line's share of the screen (the server writes `--reading-line: 55svh`). */
	private lineShare = 0;

	constructor() {
		this.frame = frameFromLocation(location, window.parent !== window);
	}

	/** The reader's screen in the frame's viewport; null until the host has said where it is. */
	screenInView = () =>
		this.screen && { top: this.screen.top - scrollY, height: this.screen.height };

	/** Framed: the story's own page at `event` (its date, or its chapter; null: at its start). */
	fullStoryAt(event: StoryEvent | null): string | null {
		return this.frame.framed
			? fullStoryAddress(location.href, event ? fragmentOf(event) : '')
			: null;
	}

	/** Tells the story's document and, framed, its host what the reader did. */
	private emit(event: ReaderEvent) {
		emitReaderEvent(event, { document, frame: this.frame, post: this.post });
	}

	/** What the reader reads, as reader events. */
	private readonly heard: ReaderListener = {
		step: (event, index, last) => {
			const detail = stepDetail(event, index);
			this.emit({ type: 'story:step', detail });
			if (last) this.emit({ type: 'story:end', detail });
		},
		jump: (event, index, how) =>
			this.emit({ type: 'story:jump', detail: { ...stepDetail(event, index), how } })
	};

	/** Starts listening and reporting; returns the cleanup. */
	attach(parts: FramedParts): () => void {
		// The story's own document hears the reader events too.
		const unlisten = parts.reader.listen(this.heard);
		if (!this.frame.framed) return unlisten;
		const root = document.documentElement;
		this.lineShare = parseFloat(root.style.getPropertyValue('--reading-line')) / 100 || 0;
		// Until the host says otherwise, the reader's screen is the frame's first height: a
		// frame grown to fit a story measured by its own height would grow without end.
		this.setScreenHeight(innerHeight);
		const report = createHeightReporter(this.frame, this.post, location.href);
		// Only a host that sizes the frame is told its height: one that has sent the viewport,
		// or an amp-iframe (which never does). A plain iframe keeps its height and scrolls.
		const sized = () => this.screen !== null || this.frame.amp;
		const measure = () => {
			if (sized()) report(root.getBoundingClientRect().height);
		};
		const resize = new ResizeObserver(measure);
		resize.observe(root);
		const stop = listenToHost(window, this.frame, {
			viewport: (viewport) => {
				const first = this.screen === null;
				// The masthead's height: the loader's measure, else the story's address's (pym).
				const topOffset = viewport.topOffset ?? this.frame.topOffset ?? undefined;
				this.screen = hostWindowInFrame({ ...viewport, topOffset });
				this.layOut(parts);
				if (first) measure();
				parts.screenMoved();
			},
			go: (fragment) => parts.reader.goTo(fragment)
		});
		return () => {
			unlisten();
			stop();
			resize.disconnect();
		};
	}

	/** The reader's screen's height, and the reading line's, which the page's CSS takes. */
	private setScreenHeight(height: number) {
		const style = document.documentElement.style;
		style.setProperty('--screen', `${height}px`);
		if (this.lineShare)
			style.setProperty('--reading-line', `${Math.round(height * this.lineShare)}px`);
	}

	/** Sizes the page to the reader's screen and stands the bar and the map where sticky would. */
	private layOut(parts: FramedParts) {
		const screen = this.screen!;
		const root = document.documentElement;
		root.setAttribute('data-host-screen', '');
		this.setScreenHeight(screen.height);
		root.style.setProperty('--screen-top', `${screen.visibleTop}px`);
		const bar = parts.bar();
		const main = parts.main();
		const mapPane = parts.mapPane();
		const pageBottom = root.getBoundingClientRect().height;
		let barHeight = 0;
		if (bar) {
			barHeight = bar.offsetHeight;
			const naturalTop = topOf(bar, this.shifts.bar);
			const box = { naturalTop, height: barHeight, stickAt: 0, containerBottom: pageBottom };
			this.shifts.bar = stickyShift(screen.top, box);
			root.style.setProperty('--bar-shift', `${this.shifts.bar}px`);
		}
		if (mapPane && main) {
			const naturalTop = topOf(main, 0);
			const box = {
				naturalTop,
				height: mapPane.offsetHeight,
				stickAt: barHeight,
				containerBottom: naturalTop + main.offsetHeight
			};
			this.shifts.map = stickyShift(screen.top, box);
			root.style.setProperty('--map-shift', `${this.shifts.map}px`);
		}
	}
}
