/**
 * The reader's position in the story: the one owner of which step is being read. It is
 * derived from the scroll position (the last step past the reading line, which its step
 * observer reports), except while a deliberate jump is under way: then it is the jump's
 * target, so a long smooth scroll never sends the map to the steps it passes. The reader
 * (story-reader.svelte.ts) reads `index`; the navigator (URL, history, dates) moves it
 * with `jumpTo`. The browser is reached through its parts (parts.ts), steps by their ids.
 */
import type { ReaderParts, Steps } from './parts';
import { readingLine } from './reading-line';
import { observeSteps } from './step-observer';

/** Longest a jump may hold the map on its target before scrolling takes over again. */
export const JUMP_HOLD_MS = 2500;

export class ReaderPosition {
	/** The last step past the reading line (-1: the reader is still in the introduction). */
	crossed = $state(-1);
	/** The target of a jump under way, if any. */
	private jumpTarget = $state<number | null>(null);
	/** The step being read: a jump's target while it is under way, else the last step crossed. */
	readonly index = $derived(this.jumpTarget ?? Math.max(0, this.crossed));
	/** Whether a deliberate jump is under way. */
	readonly jumping = $derived(this.jumpTarget !== null);

	/** The step being read, as of the last settled scroll: what a rotation must keep. */
	private reading = 0;
	private cancelRelease = () => {};
	private observer: ReturnType<typeof observeSteps> | undefined;
	/** Called when the reader moves the page themselves (wheel, touch, keys). */
	onReaderMove: () => void = () => {};
	/** Called whenever the step being read, or whether a jump is under way, may have changed. */
	onChange: () => void = () => {};

	/** `steps`: the events the reader can reach, in order; their elements are found by id. */
	constructor(
		private readonly parts: ReaderParts,
		private readonly steps: Steps
	) {}

	private stepAt(index: number): HTMLElement | null {
		const event = this.steps()[index];
		return event ? this.parts.elementById(event.id) : null;
	}

	/** The last step past the line, read from the page now (the observer reports a frame later). */
	measure(): number {
		return this.observer?.measure() ?? -1;
	}

	/** Reads the page now: after the location was read, before the URL follows the reader. */
	settle() {
		if (this.jumpTarget === null) this.setCrossed(this.measure());
	}

	private setCrossed(index: number) {
		this.crossed = index;
		if (this.jumpTarget === null) this.reading = Math.max(0, index);
		this.onChange();
	}

	/** More steps are on the page (a long story's later ones). */
	stepsAdded() {
		this.observer?.stepsAdded();
	}

	/**
	 * Brings a step to the reading line and holds the map on it until the scroll ends.
	 * `smooth` unless the reader prefers reduced motion.
	 */
	jumpTo(index: number, smooth: boolean) {
		const element = this.stepAt(index);
		if (!element) return;
		this.jumpTarget = index;
		this.parts.viewport.bringToTop(element, smooth && !this.parts.reducedMotion());
		this.cancelRelease();
		this.cancelRelease = this.parts.later(() => this.finishJump(element), JUMP_HOLD_MS);
		this.onChange();
	}

	/**
	 * The jump's scroll has ended (or run out of time). If it stopped short of its step
	 * (CI saw a smooth scroll cut short now and then), finish it at once; then hand the
	 * step being read back to the scroll position.
	 */
	private finishJump(element: HTMLElement) {
		const index = this.jumpTarget;
		if (index === null) return this.release();
		const land = () => {
			if (Math.max(0, this.measure()) !== index) this.parts.viewport.bringToTop(element, false);
		};
		land();
		// A long story lays out its later steps only near the screen (content-visibility):
		// the ones the jump passed take their real size in the next frames, which can carry
		// the step far off the line (CI saw 36 steps). Land again once they have, unless the
		// reader has taken over meanwhile.
		this.parts.nextFrame(() =>
			this.parts.nextFrame(() => {
				if (this.jumpTarget !== index) return;
				land();
				this.release();
			})
		);
	}

	/** Hands the step being read back to the scroll position (the reader took over, or the jump ended). */
	release = () => {
		this.cancelRelease();
		if (this.jumpTarget === null) return;
		this.jumpTarget = null;
		this.setCrossed(this.measure());
	};

	/** Drops a jump still on its way at once (Back, Forward: its scroll must not finish it). */
	abandonJump() {
		this.cancelRelease();
		this.jumpTarget = null;
		this.onChange();
	}

	/** Watches the page (`mapPane`: the map's, which on a phone pushes the line down); returns what stops watching. */
	attach(mapPane?: HTMLElement): () => void {
		const { viewport } = this.parts;
		const line = () => {
			const { top, height } = viewport.visible();
			const map = mapPane && {
				stacked: viewport.mapStacked(),
				bottom: mapPane.getBoundingClientRect().bottom - top
			};
			return top + readingLine(height, map ?? null);
		};
		this.observer = observeSteps(this.parts, {
			steps: () => this.steps().flatMap((event) => this.parts.elementById(event.id) ?? []),
			line,
			onCrossed: (index) => this.setCrossed(index)
		});
		const onScrollEnd = () => {
			const target = this.jumpTarget;
			if (target === null) return;
			const element = this.stepAt(target);
			if (element) this.finishJump(element);
			else this.release();
		};
		const onReaderMove = () => {
			this.onReaderMove();
			this.release();
		};
		// Turning a phone or resizing a window reflows the text: bring the step being read
		// back to the reading line. Height-only changes (a phone's address bar showing or
		// hiding) reflow nothing and are left alone.
		let width = viewport.width();
		const onViewChange = () => {
			if (viewport.width() === width) return;
			width = viewport.width();
			if (this.reading > 0 || this.crossed >= 0) this.jumpTo(this.reading, false);
		};
		const stops = [
			viewport.onScrollEnd(onScrollEnd),
			viewport.onChange(onViewChange),
			viewport.onReaderMove(onReaderMove)
		];
		return () => {
			this.cancelRelease();
			this.observer?.destroy();
			this.observer = undefined;
			for (const stop of stops) stop();
		};
	}
}
