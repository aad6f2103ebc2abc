/**
 * Parts of the story's page that the server writes in (src/lib/server/static-parts.ts)
 * and the page hydrates on their own, each in a task of its own, once the page itself is
 * hydrated: the bar, the introduction, the closing note. One long task that hydrated the
 * whole page held up a reader's first tap; several short ones do not. Their hosts make no
 * box of their own (`display: contents`), so the parts lay out as they would in the page.
 */
import { hydrate, unmount, type Component } from 'svelte';

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
