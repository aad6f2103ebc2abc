/**
 * Marks the step being read (`aria-current="step"`, which its style follows), and returns
 * what unmarks it: the page's effect runs it when the reader moves on, so exactly one step
 * is marked, and none before the page is live or without JavaScript. The first days are
 * plain HTML the page never hydrates, so the mark is set on the element, not rendered.
 */
export function markCurrent(step: Element | null): () => void {
	if (!step) return () => {};
	step.setAttribute('aria-current', 'step');
	return () => step.removeAttribute('aria-current');
}
