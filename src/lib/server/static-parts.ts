import { render } from 'svelte/server';
import StoryDay from '$lib/components/StoryDay.svelte';
import { groupByDay, story } from '$lib/story';

/** The empty element the story's page renders for the days it starts with. */
const PLACEHOLDER = /(<div\b[^>]*\bdata-first-days\b[^>]*>)(<\/div>)/;

/**
 * Writes the days the page starts with into it, as plain HTML. Their steps never change
 * but for which one is current (markCurrent), so hydrating them would only cost the
 * reader's first tap: hydration leaves the element's children alone (the page renders it
 * empty), and the page marks the current step itself. A long story's later days are
 * added by the page as components (StoryDay, the same markup).
 */
export function inlineFirstDays(html: string): string {
	if (!PLACEHOLDER.test(html)) return html;
	const days = groupByDay(story.events)
		.map((day) => render(StoryDay, { props: { day } }).body)
		.join('');
	return html.replace(PLACEHOLDER, (_, open: string, close: string) => open + days + close);
}
