// `blocking="render"` on <link> (HTML's render-blocking attribute, with rel="expect": the bar
// in StoryBar.svelte), which Svelte's element types do not list yet.
import 'svelte/elements';

declare module 'svelte/elements' {
	export interface HTMLLinkAttributes {
		blocking?: 'render' | null;
	}
}
