import type { LineWatch, ReaderParts } from './parts';
import { lastCrossedStep } from './reading-line';

export interface StepObserverOptions {
	/** The steps the reader can reach, in order: their elements. */
	steps: () => readonly Element[];
	/** The reading line, in pixels from the top of the viewport (see readingLine). */
	line: () => number;
	/** Called with the last step past the line (-1 for none) whenever it may have changed. */
	onCrossed: (index: number) => void;
}

/** The last of these steps (in document order) whose top has crossed the line, read now. */
const crossedAmong = (steps: readonly Element[], line: number) =>
	lastCrossedStep(steps.length, (i) => steps[i]!.getBoundingClientRect().top, line);

/**
 * Watches the steps against the reading line: a step has crossed it exactly when its top
 * is above it (parts.watchLine: one IntersectionObserver whose root runs from far above
 * the viewport down to the line). It watches the step last past the line and the next, so
 * every change of the crossed step, however fast the scroll or long the jump, is reported;
 * the browser computes two intersections a frame, not one per step (10-19 ms a frame at
 * 1,000 steps). The crossed step is then recomputed from the steps' positions, never
 * accumulated from events. The watch is made again when the view changes.
 */
export function observeSteps(
	parts: Pick<ReaderParts, 'watchLine' | 'viewport' | 'later' | 'nextFrame'>,
	options: StepObserverOptions
) {
	let watch: LineWatch | undefined;
	let steps: readonly Element[] = [];
	const findSteps = () => (steps = options.steps());
	/** The last step past the line, when last measured. */
	let crossed = -1;
	/** The steps watched: the last one past the line and the next. */
	let watched: Element[] = [];
	const aim = () => {
		const next = [steps[crossed], steps[crossed + 1]].filter((step) => step !== undefined);
		for (const step of watched) if (!next.includes(step)) watch?.unwatch(step);
		for (const step of next) if (!watched.includes(step)) watch?.watch(step);
		watched = next;
	};
	const update = () => {
		crossed = crossedAmong(steps, options.line());
		aim();
		options.onCrossed(crossed);
	};
	const observe = () => {
		watch?.stop();
		watched = [];
		watch = parts.watchLine(options.line(), update);
		findSteps();
		update();
	};
	// The line's place on the screen changes with the view (a resize, even a phone's
	// address bar): the watch is made again. Wait a frame, so that whoever restores the
	// reader's place after a rotation goes first.
	let cancelFrame = () => {};
	const stopWatchingView = parts.viewport.onChange(() => {
		cancelFrame();
		cancelFrame = parts.nextFrame(observe);
	});

	// Start in a task of its own: measuring every step forces a layout, which should
	// not lengthen the task that hydrates the page.
	let starting: (() => void) | undefined = parts.later(() => {
		starting = undefined;
		observe();
	}, 0);
	return {
		/** The steps read now: for code that cannot wait for the watch. */
		measure: () => crossedAmong(findSteps(), options.line()),
		/**
		 * More steps came (a long story's later ones): the step after the crossed one may be
		 * among them, and the watch reports it once laid out (measuring here would force the
		 * layout into this task).
		 */
		stepsAdded() {
			if (starting || !watch) return;
			findSteps();
			aim();
		},
		destroy() {
			starting?.();
			cancelFrame();
			watch?.stop();
			stopWatchingView();
		}
	};
}
