/**
 * Marks the step being read (the `active` class and `aria-current="step"`), and returns
 * what unmarks it: the page's effect runs it when the reader moves on, so exactly one
 * step is marked, and none before the page is live or without JavaScript.
 */
export function markCurrent(step: Element | null): () => void {
	if (!step) return () => {};
	step.classList.add('active');
	step.setAttribute('aria-current', 'step');
	return () => {
		step.classList.remove('active');
		step.removeAttribute('aria-current');
	};
}
