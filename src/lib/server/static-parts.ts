/*
 * The parts of the story's page that never change once written: the days it starts with,
 * and a long story's list of its later events. The page renders each as an empty element
 * (`data-first-days`, `data-later-events`) and the server writes it in as plain HTML.
 * Hydration leaves an element's children alone when the page renders it empty, so these
 * cost the reader's first tap nothing: the page marks the current step itself
 * (markCurrent), and drops the list, element and all, once the later days are in.
 */
import { render } from 'svelte/server';
import LaterEvents from '$lib/components/LaterEvents.svelte';
import StoryDay from '$lib/components/StoryDay.svelte';
import { groupByDay, story } from '$lib/story';

/** The parts, as HTML. */
export interface StaticParts {
	firstDays: string;
	laterEvents: string;
}

/**
 * Renders them. Call it while SvelteKit handles the page's request (in `handle`, before
 * `resolve`): their links and images are then written relative to the page, as the
 * rest of it is. Later, as the page's HTML is transformed, that request is gone, and
 * they would point at the site's root (another edition's maps, or nothing at all when
 * the story is hosted in a folder).
 */
export function renderStaticParts(): StaticParts {
	return {
		firstDays: groupByDay(story.events)
			.map((day) => render(StoryDay, { props: { day } }).body)
			.join(''),
		laterEvents: render(LaterEvents).body
	};
}

/** Writes the parts into their empty elements, where the page has them. */
export function inlineStaticParts(html: string, parts: StaticParts): string {
	return fill(
		fill(html, 'data-first-days', parts.firstDays),
		'data-later-events',
		parts.laterEvents
	);
}

function fill(html: string, attribute: string, content: string): string {
	const empty = new RegExp(`(<div\\b[^>]*\\b${attribute}\\b[^>]*>)(</div>)`);
	return html.replace(empty, (_, open: string, close: string) => open + content + close);
}
