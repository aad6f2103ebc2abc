/**
 * The parts of a page the server writes as plain HTML (docs/architecture.md, "Parts the
 * server writes"): the page renders each as an empty element carrying its name
 * (`<div data-server-part="first-days"></div>`, written out: a spread of attributes would
 * bring Svelte's attribute code into the start-up script), the same on the server and in
 * the browser; the server writes the part into it (src/lib/server/server-parts.ts), and
 * hydration leaves an element it rendered empty alone. A name the page and the server do
 * not agree on fails the build. A part's markup is a component (or a drawing) the page's
 * script never carries; its styles are a stylesheet beside it, which the component holding
 * the element imports. The head's part has no element: it goes at the end of <head>.
 */
export type ServerPartName =
	/** The story's page: what goes at the end of its <head> (PageHead), never hydrated. */
	| 'head'
	/**
	 * The story's page: its bar (StoryBar, as it starts: no step current) and its
	 * introduction (StoryIntro). Unlike the other parts, the page does hydrate these, each on
	 * its own in a task of its own once the page is (src/lib/islands.ts).
	 */
	| 'story-bar'
	| 'story-intro'
	/** The introduction's paragraphs, inside it: its words are not in the page's script. */
	| 'intro-text'
	/** The story's closing note (AboutNote): nothing in it acts, so it is never hydrated. */
	| 'about-note'
	/** The story's page: the days it starts with (StoryDay). */
	| 'first-days'
	/** The introduction's media (StoryMedia). */
	| 'intro-media'
	/** The first step's static map, inline (map/render-static-map.ts). */
	| 'first-map'
	/** A long story's list of its later days (LaterEvents). */
	| 'later-events'
	/** A step's media, or the introduction's (`media:`), drawn by the server (media/MediaList). */
	| `media:${string}`;
