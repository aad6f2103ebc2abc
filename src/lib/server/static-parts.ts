import { render } from 'svelte/server';
import LaterEvents from '$lib/components/LaterEvents.svelte';
import StoryDay from '$lib/components/StoryDay.svelte';
import { groupByDay, story } from '$lib/story';

/**
 * The parts of the story's page that never change once written: the days it starts with,
 * and a long story's list of its later events. The page renders each as an empty element
 * (`data-first-days`, `data-later-events`) and the server writes it in as plain HTML.
 * Hydration leaves an element's children alone when the page renders it empty, so these
 * cost the reader's first tap nothing: the page marks the current step itself
 * (markCurrent), and drops the list, element and all, once the later days are in.
 */
export function inlineStaticParts(html: string): string {
	return fill(fill(html, 'data-first-days', firstDays), 'data-later-events', laterEvents);
}

/** The days the page starts with; a long story's later days are added by the page, as StoryDay. */
const firstDays = () =>
	groupByDay(story.events)
		.map((day) => render(StoryDay, { props: { day } }).body)
		.join('');

const laterEvents = () => render(LaterEvents).body;

/** Writes `content()` into the empty element carrying `attribute`, if the page has one. */
function fill(html: string, attribute: string, content: () => string): string {
	const empty = new RegExp(`(<div\\b[^>]*\\b${attribute}\\b[^>]*>)(</div>)`);
	if (!empty.test(html)) return html;
	return html.replace(empty, (_, open: string, close: string) => open + content() + close);
}
