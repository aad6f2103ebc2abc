// The story file the build tells, checked against its schema (src/lib/story/vite-plugin.ts),
// cut where the page's first screens end (src/lib/story/split.ts).
declare module 'virtual:story' {
	type EditionInfo = ReturnType<typeof import('$lib/editions.js').editionInfo>;
	/** The page's start, in this build's edition, and what it knows of the others. */
	const head: import('$lib/story/split').StoryHead & {
		edition: EditionInfo;
		editions: EditionInfo[];
		/** The story's dates, written in the edition's language (dates.ts: dateLabels). */
		dateLabels: Record<string, string>;
	};
	export default head;
}
/** The later events, in parts: each loader fetches one module of them. */
declare module 'virtual:story/later' {
	const parts: (() => Promise<{ default: import('$lib/story/split').ShippedEvent[] }>)[];
	export default parts;
}
/** The live map's label fonts for this build's edition: each file and the characters it covers. */
declare module 'virtual:story/map-fonts' {
	const fonts: { url: string; range: string[] }[];
	export default fonts;
}
/** The whole story, for the server: static maps, month pages. */
declare module 'virtual:story/full' {
	const story: Omit<import('$lib/story/types').Story, 'events'> & {
		events: import('$lib/story/split').ShippedEvent[];
	};
	export default story;
}
