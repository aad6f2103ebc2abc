// A page the reader (src/lib/reader/story-reader.svelte.ts) can be driven through in Node:
// the browser's parts (src/lib/reader/parts.ts) as fakes. Its steps stand one under the
// other at fixed places; the test scrolls it, resizes it, moves through its history and
// runs its timers and frames, and reads what the reader did to it.
import type { ReaderParts } from '$lib/reader/parts';

/** The fake's layout: where the first step starts, how far apart steps stand, and where a jump lands one. */
export const LAYOUT = { firstTop: 1200, stepHeight: 700, landing: 100 };

/** A step's element: its id, its place on the page, and the attributes the reader sets. */
class FakeElement {
	readonly attributes = new Map<string, string>();
	constructor(
		readonly id: string,
		private readonly page: FakePage,
		readonly top: number
	) {}
	getBoundingClientRect() {
		const top = this.top - this.page.scrollY;
		return { top, bottom: top + LAYOUT.stepHeight };
	}
	setAttribute(name: string, value: string) {
		this.attributes.set(name, value);
	}
	removeAttribute(name: string) {
		this.attributes.delete(name);
	}
	getAttribute(name: string) {
		return this.attributes.get(name) ?? null;
	}
}

type Listener = () => void;
const listeners = () => {
	const set = new Set<Listener>();
	return {
		add(listener: Listener) {
			set.add(listener);
			return () => void set.delete(listener);
		},
		fire: () => [...set].forEach((listener) => listener())
	};
};

export class FakePage {
	scrollY = 0;
	width = 1280;
	height = 800;
	/** Whether the layout stacks the map above the text (a portrait phone's). */
	mapStacked = false;
	/** Whether the reader has scrolled since the page loaded (the browser's own fragment navigation). */
	movedSinceLoad = false;
	reducedMotion = false;
	/**
	 * Framed: the host's window on the frame, in the frame's viewport (the host scrolls, the
	 * frame does not); null until the host has said where it is.
	 */
	hostScreen: { top: number; height: number } | null = null;
	/** Whether this load was a reload (the browser restored the scroll itself). */
	reloaded = false;
	readonly elements = new Map<string, FakeElement>();
	/** The history's entries and where the browser is in it. */
	entries: string[];
	at = 0;
	readonly scrolls: { id: string; smooth: boolean }[] = [];
	offlineCopies = 0;
	/** Elements watched against the line, and what each crossing calls. */
	watch: { line: number; watched: Set<FakeElement>; onCross: Listener } | undefined;
	watchCalls = 0;
	private tasks: { at: number; run: Listener }[] = [];
	private frames: Listener[] = [];
	private clock = 0;
	private readonly changes = listeners();
	private readonly scrollEnds = listeners();
	private readonly moves = listeners();
	private readonly traversals = listeners();
	private readonly acts = listeners();

	/** `ids`: the page's steps, in order; `url`: its address when it loads. */
	constructor(ids: readonly string[], url = '/') {
		ids.forEach((id, i) => this.addStep(id, i));
		this.entries = [url];
	}

	addStep(id: string, index = this.elements.size) {
		this.elements.set(id, new FakeElement(id, this, LAYOUT.firstTop + index * LAYOUT.stepHeight));
	}

	/** Where the page is scrolled to bring a step's top to the landing place. */
	landingOf = (id: string) => this.elements.get(id)!.top - LAYOUT.landing;

	/** The step marked as being read. */
	get current() {
		return [...this.elements.values()]
			.filter((e) => e.attributes.get('aria-current') === 'step')
			.map((e) => e.id);
	}

	get location() {
		const url = new URL(this.entries[this.at]!, 'https://story.example/');
		return { hash: url.hash, search: url.search, pathname: url.pathname };
	}

	/** The reader scrolls (as an IntersectionObserver would, the watch reports a crossing). */
	scrollTo(y: number) {
		const crossedNow = (e: FakeElement) => e.getBoundingClientRect().top <= this.watch!.line;
		const before = this.watch && [...this.watch.watched].map(crossedNow);
		this.scrollY = y;
		const after = this.watch && [...this.watch.watched].map(crossedNow);
		if (this.watch && JSON.stringify(before) !== JSON.stringify(after)) this.watch.onCross();
	}

	/** The reader turns the wheel to `y`: a move of their own, then the scroll and its end. */
	wheelTo(y: number) {
		this.moves.fire();
		this.scrollTo(y);
		this.scrollEnds.fire();
	}

	endScroll = () => this.scrollEnds.fire();
	/** The reader's first act (a scroll, a key, a click). */
	act = () => this.acts.fire();

	resize(width: number, height = this.height) {
		[this.width, this.height] = [width, height];
		this.changes.fire();
	}

	/** Back (or Forward, with +1), as the browser goes: the entry's address, then the event. */
	go(steps: number) {
		this.at += steps;
		this.traversals.fire();
	}

	/** Runs the tasks due within `ms` (0: those queued for the next task), in order. */
	advance(ms = 0) {
		const until = this.clock + ms;
		for (;;) {
			const next = this.tasks.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
			if (!next) break;
			this.tasks.splice(this.tasks.indexOf(next), 1);
			this.clock = Math.max(this.clock, next.at);
			next.run();
		}
		this.clock = until;
	}

	/** Paints a frame: runs what waited for it (not what those ask for the frame after). */
	frame() {
		const due = this.frames;
		this.frames = [];
		due.forEach((run) => run());
	}

	/** Runs tasks, promises and frames until nothing has waited for a while. */
	async settle() {
		for (let idle = 0, i = 0; idle < 5 && i < 1000; i++) {
			const waiting = this.tasks.some((t) => t.at <= this.clock) || this.frames.length > 0;
			idle = waiting ? 0 : idle + 1;
			this.advance();
			this.frame();
			await new Promise((resolve) => setImmediate(resolve));
		}
	}

	/** The page's parts, as the reader takes them. */
	parts(): ReaderParts {
		// eslint-disable-next-line @typescript-eslint/no-this-alias -- the parts are the page's, seen from the reader
		const page = this;
		return {
			viewport: {
				visible: () => ({ top: 0, height: page.height }),
				width: () => page.width,
				mapStacked: () => page.mapStacked,
				onChange: page.changes.add,
				onScrollEnd: page.scrollEnds.add,
				onReaderMove: page.moves.add,
				bringToTop(element, smooth) {
					page.scrolls.push({ id: element.id, smooth });
					page.scrollTo(page.landingOf(element.id));
				},
				toTop: () => page.scrollTo(0),
				movedFrom: () => page.movedSinceLoad
			},
			history: {
				location: () => page.location,
				restored: () => page.reloaded,
				push(url) {
					page.entries = [...page.entries.slice(0, page.at + 1), url];
					page.at += 1;
				},
				replace(url) {
					page.entries[page.at] = url;
				},
				onTraverse: page.traversals.add
			},
			watchLine(line, onCross) {
				const watched = new Set<FakeElement>();
				page.watch = { line, watched, onCross };
				return {
					watch: (element) => (page.watchCalls++, watched.add(element as unknown as FakeElement)),
					unwatch: (element) => void watched.delete(element as unknown as FakeElement),
					stop: () => watched.clear()
				};
			},
			elementById: (id) => (page.elements.get(id) ?? null) as unknown as HTMLElement | null,
			later(run, ms) {
				const task = { at: page.clock + ms, run };
				page.tasks.push(task);
				return () => {
					const i = page.tasks.indexOf(task);
					if (i >= 0) page.tasks.splice(i, 1);
				};
			},
			nextFrame(run) {
				page.frames.push(run);
				return () => void (page.frames = page.frames.filter((r) => r !== run));
			},
			now: () => page.clock,
			whenReaderActs: (run) => {
				const stop = page.acts.add(() => (stop(), run()));
				return stop;
			},
			reducedMotion: () => page.reducedMotion,
			keepOfflineCopy: () => void page.offlineCopies++
		};
	}
}
