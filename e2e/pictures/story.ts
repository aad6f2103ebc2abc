// An imported TimelineJS story whose pictures came home (npm run import --fetch-media),
// for the fixture stage (playwright.fixture.config.ts): its source, and where its story
// and build go.
export const IMPORTED_PICTURES = {
	name: 'timelinejs-pictures',
	/** Invented events; its addresses name `{{origin}}`, the loopback server the import starts. */
	source: 'tests/fixtures/import/timelinejs/pictures.json',
	story: 'node_modules/.cache/imported-stories/timelinejs-pictures/story.json',
	build: 'node_modules/.cache/imported-stories/timelinejs-pictures/build'
};
