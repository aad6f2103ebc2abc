import { browser } from '$app/environment';
import story from 'virtual:story';
import { nextTask } from '$lib/scheduling';

// The whole story is static: prerender every route to plain HTML.
export const prerender = true;

// The story, from the build (tools/story/vite-plugin.ts): the one place the app reads it.
// In the browser, hydration starts one task after SvelteKit's own start-up: two short
// tasks, rather than one long one that would hold up a reader's first tap or scroll.
export const load = async () => {
	if (browser) await nextTask();
	return { story };
};
