import { lastCrossedStep } from './reading-line';

export interface StepObserverOptions {
	/** Selector for the step elements inside the node. */
	selector: string;
	/** The reading line, in pixels from the top of the viewport (see readingLine). */
	line: () => number;
	/** Called with the last step past the line (-1 for none) whenever it may have changed. */
	onCrossed: (index: number) => void;
	/**
	 * The top of the reader's screen, in viewport pixels: 0 on the story's own page; framed,
	 * the host's window's top in the frame (the line is measured from it).
	 */
	screenTop?: () => number;
}

/** How far above the viewport the observer's root reaches: further than any story scrolls. */
const ABOVE = 1_000_000;

/** The last of these steps (in document order) whose top has crossed the line, read now. */
const crossedAmong = (steps: readonly Element[], line: number, screenTop: number) =>
	lastCrossedStep(steps.length, (i) => steps[i]!.getBoundingClientRect().top - screenTop, line);

/**
 * Watches the steps inside `node` with one IntersectionObserver whose root runs from far
 * above the viewport down to the reading line: a step intersects it exactly when its top
 * has crossed the line. It watches the step last past the line and the next, so every
 * change of the crossed step, however fast the scroll or long the jump, fires the
 * observer; the browser computes two intersections a frame, not one per step (10-19 ms a
 * frame at 1,000 steps). The crossed step is then recomputed from the steps' positions,
 * never accumulated from events. The observer is rebuilt when the viewport resizes.
 * Framed, the host's scroll moves the reader's screen, not the frame's: the page calls
 * screenMoved() on each of the host's viewport messages instead.
 */
export function observeSteps(node: HTMLElement, options: StepObserverOptions) {
	const screenTop = options.screenTop ?? (() => 0);
	let observer: IntersectionObserver | undefined;
	let steps: Element[] = [];
	const findSteps = () => (steps = Array.from(node.querySelectorAll(options.selector)));
	/** The last step past the line, when last measured. */
	let crossed = -1;
	/** The steps observed: the last one past the line and the next. */
	let watched: Element[] = [];
	const aim = () => {
		const next = [steps[crossed], steps[crossed + 1]].filter((step) => step !== undefined);
		for (const step of watched) if (!next.includes(step)) observer?.unobserve(step);
		for (const step of next) if (!watched.includes(step)) observer?.observe(step);
		watched = next;
	};
	const update = () => {
		crossed = crossedAmong(steps, options.line(), screenTop());
		aim();
		options.onCrossed(crossed);
	};
	const observe = () => {
		observer?.disconnect();
		watched = [];
		const below = Math.max(0, window.innerHeight - options.line());
		observer = new IntersectionObserver(update, { rootMargin: `${ABOVE}px 0px -${below}px 0px` });
		findSteps();
		update();
	};
	// The root's margins are pixels of the viewport: a resize (even a phone's address
	// bar) rebuilds them, while the line itself stays where the layout puts it. Wait a
	// frame, so that whoever restores the reader's place after a rotation goes first.
	let frame = 0;
	const onResize = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(observe);
	};

	// Start in a task of its own: measuring every step forces a layout, which should
	// not lengthen the task that hydrates the page.
	let starting: ReturnType<typeof setTimeout> | undefined = setTimeout(() => {
		starting = undefined;
		observe();
	});
	window.addEventListener('resize', onResize);
	return {
		/** The steps read now: for code that cannot wait for the observer. */
		measure: () => crossedAmong(findSteps(), options.line(), screenTop()),
		/**
		 * The reader's screen moved without the frame scrolling (framed: the host scrolled),
		 * which no IntersectionObserver sees: read the steps now.
		 */
		screenMoved() {
			if (!starting && observer) update();
		},
		/**
		 * More steps came (a long story's later ones): the step after the crossed one may be
		 * among them, and the observer reports it once laid out (measuring here would force
		 * the layout into this task).
		 */
		stepsAdded() {
			if (starting || !observer) return;
			findSteps();
			aim();
		},
		destroy() {
			clearTimeout(starting);
			cancelAnimationFrame(frame);
			observer?.disconnect();
			window.removeEventListener('resize', onResize);
		}
	};
}
