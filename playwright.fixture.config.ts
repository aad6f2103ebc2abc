import { defineConfig, devices } from '@playwright/test';
import { sharedSettings } from './tools/browser.js';
import {
	CONTRACT_STORY,
	CONTRACT_TOUR,
	IMPORTED_JSON,
	IMPORTED_PICTURES,
	IMPORTED_SHEET,
	testSites,
	type ImportedStory
} from './tools/test-sites.js';

// The DOM contract, checked against stories other than the built-in one: the test fixture
// (invented events in the Andes in 1990), and two invented TimelineJS files (a JSON file
// with places, a Google Sheet's CSV without), imported by `npm run import` as a newsroom
// would. Each is built into a folder of its own (Kit's working files apart too, see
// svelte.config.js), so it never clobbers build/, and served on its own port: by default
// the ones after E2E_PORT, so two checkouts still run side by side. A long story (the
// built-in one's events repeated to 300) is built and served beside them, and a tour
// (invented chapters with no dates: stories/fixtures/tour-andes.json). The sites are listed
// in tools/test-sites.js and built once a run, two at a time, by scripts/test-sites.js.
const PORT = Number(process.env.E2E_FIXTURE_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1);
const url = (port: number) => `http://127.0.0.1:${port}`;
/** Where a site of tools/test-sites.js is served. */
const siteURL = (name: string) => {
	const site = testSites(PORT).find((s) => s.name === name);
	if (!site) throw new Error(`no test site named ${name} (tools/test-sites.js)`);
	return url(site.port);
};

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };

/** An imported story's project: the contract, and what TimelineJS stories bring (e2e/imported/). */
const importedProject = (name: string, { story }: ImportedStory, site: string) => ({
	name,
	testDir: 'e2e',
	testMatch: ['contract/*.spec.ts', 'imported/*.spec.ts'],
	// The fixture's own media (contract/fixture-*.spec.ts) are the fixture's business.
	testIgnore: ['contract/fixture-*.spec.ts'],
	use: { ...desktop, baseURL: siteURL(site), storyFile: story }
});

export default defineConfig<{ storyFile: string; tourFile: string }>({
	...sharedSettings(PORT),
	testDir: 'e2e',
	// One desktop screen (the imported stories' phone tests set their own): the phones'
	// layouts are the built-in story's tests' business.
	projects: [
		{
			name: 'fixture-desktop',
			testDir: 'e2e/contract',
			use: { ...desktop, baseURL: siteURL('fixture'), storyFile: CONTRACT_STORY }
		},
		importedProject('timelinejs-json', IMPORTED_JSON, 'TimelineJS JSON'),
		importedProject('timelinejs-sheet', IMPORTED_SHEET, 'TimelineJS sheet'),
		{
			// The contract, and what a tour brings: its chapters (e2e/tour/), its map (e2e/tour-map/).
			name: 'tour',
			testDir: 'e2e',
			testMatch: ['contract/*.spec.ts', 'tour/*.spec.ts', 'tour-map/*.spec.ts'],
			testIgnore: ['contract/fixture-*.spec.ts'],
			use: {
				...desktop,
				baseURL: siteURL('tour'),
				storyFile: CONTRACT_TOUR,
				tourFile: CONTRACT_TOUR
			}
		},
		{
			// A phone's small map: the cameras land as exactly, the route is drawn.
			name: 'tour-phone',
			testDir: 'e2e/tour-map',
			testMatch: 'camera.spec.ts',
			use: {
				viewport: { width: 390, height: 844 },
				deviceScaleFactor: 3,
				isMobile: true,
				hasTouch: true,
				baseURL: siteURL('tour'),
				storyFile: CONTRACT_TOUR,
				tourFile: CONTRACT_TOUR
			}
		},
		{
			name: 'long-story',
			testDir: 'e2e/long',
			use: { ...desktop, baseURL: siteURL('long story') }
		},
		{
			// A TimelineJS file whose pictures came home at import (--fetch-media): one test.
			name: 'imported-pictures',
			testDir: 'e2e/pictures',
			use: {
				...desktop,
				baseURL: siteURL('imported pictures'),
				storyFile: IMPORTED_PICTURES.story
			}
		}
	],
	webServer: {
		// Builds every site (or, after npm test has, only serves them: E2E_SITES_BUILT), then
		// serves each on its port.
		command: `node scripts/test-sites.js --port ${PORT}${process.env.E2E_SITES_BUILT ? ' --serve' : ''}`,
		url: `${url(PORT)}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 900_000
	}
});
