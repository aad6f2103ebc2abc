/**
 * The reader's position in the story: the one owner of which step is being read. It is
 * derived from the scroll position (the last step past the reading line, which its step
 * observer reports), except while a deliberate jump is under way: then it is the jump's
 * target, so a long smooth scroll never sends the map to the steps it passes. The page
 * reads `index`; the navigator (URL, history, dates) moves it with `jumpTo`.
 */
import { prefersReducedMotion } from 'svelte/motion';
import { readingLine } from './reading-line';
import { observeSteps } from './step-observer';

/** Longest a jump may hold the map on its target before scrolling takes over again. */
const JUMP_HOLD_MS = 2500;

/** Keys that scroll the page when nothing else has focus. */
const SCROLL_KEYS = new Set([' ', 'PageDown', 'PageUp', 'ArrowDown', 'ArrowUp', 'Home', 'End']);

/** What the position reads the page from. */
export interface PositionElements {
	/** The text column holding the steps. */
	column: HTMLElement;
	/** The map's pane: on a phone it sits above the text, and the reading line below it. None in a story without a map. */
	mapPane?: HTMLElement;
	/** The steps the reader can reach (not a long story's later ones before they are shown). */
	selector: string;
	/** A step's element, by its index among them. */
	stepAt: (index: number) => HTMLElement | null;
	/** The top of the reader's screen in the viewport: framed, the host's window's (FramedPage). */
	screenTop?: () => number;
}

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
	private releaseTimer: ReturnType<typeof setTimeout> | undefined;
	private observer: ReturnType<typeof observeSteps> | undefined;
	private stepAt: PositionElements['stepAt'] = () => null;
	/** Called when the reader moves the page themselves (wheel, touch, keys). */
	onReaderMove: () => void = () => {};

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
	}

	/** The reader's screen moved in a frame that did not scroll (the host's did). */
	screenMoved() {
		this.observer?.screenMoved();
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
		element.scrollIntoView({
			behavior: prefersReducedMotion.current || !smooth ? 'instant' : 'smooth',
			block: 'start'
		});
		clearTimeout(this.releaseTimer);
		this.releaseTimer = setTimeout(() => this.finishJump(element), JUMP_HOLD_MS);
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
			if (Math.max(0, this.measure()) !== index)
				element.scrollIntoView({ behavior: 'instant', block: 'start' });
		};
		land();
		// A long story lays out its later steps only near the screen (content-visibility):
		// the ones the jump passed take their real size in the next frames, which can carry
		// the step far off the line (CI saw 36 steps). Land again once they have, unless the
		// reader has taken over meanwhile.
		requestAnimationFrame(() =>
			requestAnimationFrame(() => {
				if (this.jumpTarget !== index) return;
				land();
				this.release();
			})
		);
	}

	/** Hands the step being read back to the scroll position (the reader took over, or the jump ended). */
	release = () => {
		clearTimeout(this.releaseTimer);
		if (this.jumpTarget === null) return;
		this.jumpTarget = null;
		this.setCrossed(this.measure());
	};

	/** Drops a jump still on its way at once (Back, Forward: its scroll must not finish it). */
	abandonJump() {
		clearTimeout(this.releaseTimer);
		this.jumpTarget = null;
	}

	/** Watches the page; returns what stops watching. */
	attach({ column, mapPane, selector, stepAt, screenTop = () => 0 }: PositionElements): () => void {
		this.stepAt = stepAt;
		// The reading line is measured against the small viewport (100svh), steady while a
		// phone's address bar shows and hides, not against innerHeight; framed, against the
		// host's window (--screen, app.css).
		const smallViewport = document.createElement('div');
		smallViewport.style.cssText =
			'position:fixed;top:0;height:var(--screen,100svh);width:0;visibility:hidden;pointer-events:none';
		smallViewport.className = 'small-viewport';
		smallViewport.setAttribute('aria-hidden', 'true');
		document.body.append(smallViewport);
		const line = () => {
			const height = smallViewport.getBoundingClientRect().height;
			const mapBottom = mapPane ? mapPane.getBoundingClientRect().bottom - screenTop() : null;
			return readingLine(height, mapBottom);
		};
		this.observer = observeSteps(column, {
			selector,
			line,
			onCrossed: (index) => this.setCrossed(index),
			screenTop
		});
		const onScrollEnd = () => {
			const target = this.jumpTarget;
			if (target === null) return;
			const element = stepAt(target);
			if (element) this.finishJump(element);
			else this.release();
		};
		const onReaderMove = () => {
			this.onReaderMove();
			this.release();
		};
		const onKeyScroll = (event: KeyboardEvent) => {
			if (event.target === document.body && SCROLL_KEYS.has(event.key)) onReaderMove();
		};
		// Turning a phone or resizing a window reflows the text: bring the step being read
		// back to the reading line. Height-only changes (a phone's address bar showing or
		// hiding) reflow nothing and are left alone.
		let width = innerWidth;
		const onResize = () => {
			if (innerWidth === width) return;
			width = innerWidth;
			if (this.reading > 0 || this.crossed >= 0) this.jumpTo(this.reading, false);
		};
		addEventListener('scrollend', onScrollEnd);
		addEventListener('resize', onResize);
		addEventListener('wheel', onReaderMove, { passive: true });
		addEventListener('touchstart', onReaderMove, { passive: true });
		addEventListener('keydown', onKeyScroll);
		return () => {
			clearTimeout(this.releaseTimer);
			smallViewport.remove();
			this.observer?.destroy();
			this.observer = undefined;
			removeEventListener('scrollend', onScrollEnd);
			removeEventListener('resize', onResize);
			removeEventListener('wheel', onReaderMove);
			removeEventListener('touchstart', onReaderMove);
			removeEventListener('keydown', onKeyScroll);
		};
	}
}
