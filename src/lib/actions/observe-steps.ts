import type { Action } from 'svelte/action';
import { crossedStepIndex } from '$lib/scroll/active-step';

export interface ObserveStepsOptions {
	/** Selector for the step elements inside the node. */
	selector: string;
	/** The reading line, in pixels from the top of the viewport (see readingLine). */
	line: () => number;
	/** How many steps there are: when it changes (a long story's later ones came), all are observed anew. */
	steps?: number;
	/** Called with the last step past the line (-1 for none) whenever it may have changed. */
	onCrossed: (index: number) => void;
}

/** How far above the viewport the observer's root reaches: further than any story scrolls. */
const ABOVE = 1_000_000;

/** The last of these steps (in document order) whose top has crossed the line. */
const crossedAmong = (steps: readonly Element[], line: number) =>
	crossedStepIndex(steps.length, (i) => steps[i]!.getBoundingClientRect().top, line);

/** The steps' positions read now: for code that cannot wait for the observer. */
export function crossedNow(node: ParentNode, selector: string, line: number): number {
	return crossedAmong(Array.from(node.querySelectorAll(selector)), line);
}

/**
 * Watches the steps inside the node with one IntersectionObserver whose root runs
 * from far above the viewport down to the reading line: a step intersects it exactly
 * when its top has crossed the line. It watches the step last past the line and the
 * next, so every change of the crossed step, however fast the scroll or long the jump,
 * fires the observer. The crossed step is then recomputed from the steps' positions,
 * never accumulated from events. The observer is rebuilt when the viewport resizes and
 * disconnected on destroy.
 */
export const observeSteps: Action<HTMLElement, ObserveStepsOptions> = (node, initial) => {
	let options = initial;
	let observer: IntersectionObserver | undefined;

	/**
	 * The steps, found again only when there should be more of them than were found (not
	 * on every scroll): however the page's updates are ordered, a count that disagrees
	 * with `steps` means the list is stale.
	 */
	let steps: Element[] = [];
	const findSteps = () => (steps = Array.from(node.querySelectorAll(options.selector)));
	/** The last step past the line, when last measured. */
	let crossed = -1;
	/**
	 * The steps observed: the last one past the line and the next. The crossed step changes
	 * exactly when one of them crosses the line, so watching two steps, not every step,
	 * is enough, and the browser computes two intersections a frame rather than one per
	 * step (10-19 ms a frame at 1,000 steps). They are re-aimed after every measure.
	 */
	let watched: Element[] = [];
	const aim = () => {
		const next = [steps[crossed], steps[crossed + 1]].filter((step) => step !== undefined);
		for (const step of watched) if (!next.includes(step)) observer?.unobserve(step);
		for (const step of next) if (!watched.includes(step)) observer?.observe(step);
		watched = next;
	};
	const update = () => {
		if (options.steps === undefined || steps.length !== options.steps) findSteps();
		crossed = crossedAmong(steps, options.line());
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
		update(next) {
			const added = next.steps !== options.steps;
			options = next;
			if (starting) return;
			// New steps (a long story's later ones, after the first): the step after the
			// crossed one may be among them, and the observer reports it once laid out
			// (measuring here would force the layout into this task).
			if (added && observer) {
				findSteps();
				aim();
			} else update();
		},
		destroy() {
			clearTimeout(starting);
			cancelAnimationFrame(frame);
			observer?.disconnect();
			window.removeEventListener('resize', onResize);
		}
	};
};
