/**
 * Parts of the story's page that the server writes in (`story-bar`, `story-intro`:
 * src/lib/server/server-parts.ts) and the page hydrates on their own, each in a task of its
 * own, once the page itself is hydrated: the bar and the introduction (the closing note has
 * nothing that acts, and is never hydrated). One long task that hydrated the whole page held up a reader's first tap;
 * several short ones do not. Their hosts make no box of their own (`display: contents`), so
 * the parts lay out as they would in the page.
 */
import { hydrate, unmount, type Component } from 'svelte';
import StoryBar, { type Props as StoryBarProps } from '$lib/components/StoryBar.svelte';
import StoryIntro from '$lib/components/StoryIntro.svelte';
import type { StoryReader } from '$lib/reader/story-reader.svelte';

/**
 * Hydrates `component` into `target` (whose content the server rendered with the same
 * props) in a new task. Props are read as they change when given as getters. Returns what
 * cancels it, or unmounts it once hydrated.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
export function hydrateInOwnTask<Props extends Record<string, any>>(
	component: Component<Props>,
	target: HTMLElement,
	props: Props,
	context: Map<unknown, unknown>
): () => void {
	let hydrated: ReturnType<typeof hydrate> | undefined;
	const timer = setTimeout(() => {
		hydrated = hydrate(component, { target, props, context });
	});
	return () => {
		clearTimeout(timer);
		if (hydrated) void unmount(hydrated);
	};
}

/**
 * The bar's props, read from the reader as they change; `fullStory`: framed, the story's own
 * page at the reader's step (null on the story's own page).
 */
export function storyBarProps(reader: StoryReader, fullStory: () => string | null): StoryBarProps {
	return {
		get fullStory() {
			return fullStory();
		},
		get activeDate() {
			return reader.live ? (reader.activeStep.date ?? null) : null;
		},
		get fieldDate() {
			return reader.activeStep.date ?? '';
		},
		onMark: (date) => reader.jumpToDate(date),
		onDate: (value) => reader.jumpToTypedDate(value),
		get activeChapter() {
			return reader.live ? reader.position.index : null;
		},
		onChapter: (index) => reader.jumpToChapter(index)
	};
}

/** Where the server wrote the story page's islands. */
export interface StoryIslands {
	bar: HTMLElement;
	intro: HTMLElement;
}

/** Hydrates the bar and the introduction, each in its own task. Returns what stops them. */
export function hydrateStoryIslands(
	hosts: StoryIslands,
	bar: StoryBarProps,
	context: Map<unknown, unknown>
): () => void {
	const stops = [
		hydrateInOwnTask(StoryBar, hosts.bar, bar, context),
		hydrateInOwnTask(StoryIntro, hosts.intro, {}, context)
	];
	return () => stops.forEach((stop) => stop());
}
