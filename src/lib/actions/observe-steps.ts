import type { Action } from 'svelte/action';
import { activeStepIndex, READING_LINE } from '$lib/scroll/active-step';

export interface ObserveStepsOptions {
	/** Selector for the step elements inside the node. */
	selector: string;
	/** Called with the active step's index whenever it may have changed. */
	onActive: (index: number) => void;
}

/**
 * Watches the steps inside the node with one IntersectionObserver whose root runs
 * from far above the viewport down to the reading line: a step intersects it exactly
 * when its top has crossed the line, so every crossing, however fast the scroll or
 * long the jump, fires the observer. The active step is then recomputed from every
 * step's position (see activeStepIndex). The observer is rebuilt when the viewport's
 * height changes and disconnected on destroy.
 */
/** How far above the viewport the observer's root reaches: further than any story scrolls. */
const ABOVE = 1_000_000;

export const observeSteps: Action<HTMLElement, ObserveStepsOptions> = (node, initial) => {
	let options = initial;
	let observer: IntersectionObserver | undefined;
	let height = 0;

	const steps = () => Array.from(node.querySelectorAll<HTMLElement>(options.selector));
	const update = () => {
		const tops = steps().map((step) => step.getBoundingClientRect().top);
		options.onActive(activeStepIndex(tops, window.innerHeight * READING_LINE));
	};
	const observe = () => {
		observer?.disconnect();
		height = window.innerHeight;
		const line = Math.round(height * READING_LINE);
		observer = new IntersectionObserver(update, {
			rootMargin: `${ABOVE}px 0px -${Math.max(0, height - line)}px 0px`
		});
		for (const step of steps()) observer.observe(step);
		update();
	};
	const onResize = () => (window.innerHeight === height ? update() : observe());

	observe();
	window.addEventListener('resize', onResize);
	return {
		update(next) {
			options = next;
			update();
		},
		destroy() {
			observer?.disconnect();
			window.removeEventListener('resize', onResize);
		}
	};
};
