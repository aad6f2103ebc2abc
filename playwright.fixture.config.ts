import { dirname } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { sharedSettings } from './tools/browser.js';
import { LATER_MEDIA } from './e2e/contract/media';
import {
	CONTRACT_BUILD_DIR,
	CONTRACT_STORY,
	CONTRACT_TOUR,
	IMPORTED_JSON,
	IMPORTED_SHEET,
	TOUR_BUILD_DIR,
	type ImportedStory
} from './e2e/contract/story';
import { LONG_BUILD_DIR, LONG_EVENTS, LONG_STORY } from './e2e/long/story';
import { IMPORTED_PICTURES } from './e2e/pictures/story';

// The DOM contract, checked against stories other than the built-in one: the test fixture
// (invented events in the Andes in 1990), and two invented TimelineJS files (a JSON file
// with places, a Google Sheet's CSV without), imported here by `npm run import` as a
// newsroom would. Each is built into a folder of its own (Kit's working files apart too,
// see svelte.config.js), so it never clobbers build/, and served on its own port: by
// default the ones after E2E_PORT, so two checkouts still run side by side. A long story
// (the built-in one's events repeated to 300) is built and served beside them, and a tour
// (invented chapters with no dates: stories/fixtures/tour-andes.json).
const PORT = Number(process.env.E2E_FIXTURE_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1);
const LONG_PORT = PORT + 1;
const JSON_PORT = PORT + 2;
const SHEET_PORT = PORT + 3;
const TOUR_PORT = PORT + 4;
const PICTURES_PORT = PORT + 5;

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };
const url = (port: number) => `http://127.0.0.1:${port}`;

/** Imported, built and served at every run: the tests never meet a stale story. */
const importedServer = ({ source, story, build }: ImportedStory, port: number) => ({
	command: `node scripts/import.js ${source} --out ${story} && STORY=${story} BUILD_DIR=${build} npx vite build && node scripts/serve.js ${port} ${build}`,
	url: `${url(port)}/`,
	reuseExistingServer: !process.env.CI,
	timeout: 300_000
});

/** An imported story's project: the contract, and what TimelineJS stories bring (e2e/imported/). */
const importedProject = (name: string, { story }: ImportedStory, port: number) => ({
	name,
	testDir: 'e2e',
	testMatch: ['contract/*.spec.ts', 'imported/*.spec.ts'],
	// The fixture's own media (contract/fixture-*.spec.ts) are the fixture's business.
	testIgnore: ['contract/fixture-*.spec.ts'],
	use: { ...desktop, baseURL: url(port), storyFile: story }
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
			use: { ...desktop, storyFile: CONTRACT_STORY }
		},
		importedProject('timelinejs-json', IMPORTED_JSON, JSON_PORT),
		importedProject('timelinejs-sheet', IMPORTED_SHEET, SHEET_PORT),
		{
			// The contract, and what a tour brings: its chapters (e2e/tour/), its map (e2e/tour-map/).
			name: 'tour',
			testDir: 'e2e',
			testMatch: ['contract/*.spec.ts', 'tour/*.spec.ts', 'tour-map/*.spec.ts'],
			testIgnore: ['contract/fixture-*.spec.ts'],
			use: {
				...desktop,
				baseURL: url(TOUR_PORT),
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
				baseURL: url(TOUR_PORT),
				storyFile: CONTRACT_TOUR,
				tourFile: CONTRACT_TOUR
			}
		},
		{
			name: 'long-story',
			testDir: 'e2e/long',
			use: { ...desktop, baseURL: url(LONG_PORT) }
		},
		{
			// A TimelineJS file whose pictures came home at import (--fetch-media): one test.
			name: 'imported-pictures',
			testDir: 'e2e/pictures',
			use: { ...desktop, baseURL: url(PICTURES_PORT), storyFile: IMPORTED_PICTURES.story }
		}
	],
	webServer: [
		{
			// Built here, every run, so the tests never meet a stale fixture build.
			// Beside it, in a folder of its site, a long story with media (e2e/contract/media.ts).
			command: [
				`STORY=${CONTRACT_STORY} BUILD_DIR=${CONTRACT_BUILD_DIR} npx vite build`,
				`node scripts/media-story.js --events ${LATER_MEDIA.events} --out ${dirname(LATER_MEDIA.story)}`,
				`STORY=${LATER_MEDIA.story} BUILD_DIR=${CONTRACT_BUILD_DIR}/${LATER_MEDIA.folder} npx vite build`,
				`node scripts/serve.js ${PORT} ${CONTRACT_BUILD_DIR}`
			].join(' && '),
			url: `${url(PORT)}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 300_000
		},
		{
			command: `node scripts/generate-story.js --events ${LONG_EVENTS} --out ${LONG_STORY} && STORY=${LONG_STORY} BUILD_DIR=${LONG_BUILD_DIR} npx vite build && node scripts/serve.js ${LONG_PORT} ${LONG_BUILD_DIR}`,
			url: `${url(LONG_PORT)}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 300_000
		},
		importedServer(IMPORTED_JSON, JSON_PORT),
		importedServer(IMPORTED_SHEET, SHEET_PORT),
		{
			// Imported with its pictures fetched from a loopback server the script starts.
			command: `node e2e/pictures/import-story.js ${IMPORTED_PICTURES.source} ${IMPORTED_PICTURES.story} && STORY=${IMPORTED_PICTURES.story} BUILD_DIR=${IMPORTED_PICTURES.build} npx vite build && node scripts/serve.js ${PICTURES_PORT} ${IMPORTED_PICTURES.build}`,
			url: `${url(PICTURES_PORT)}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 300_000
		},
		{
			command: `STORY=${CONTRACT_TOUR} BUILD_DIR=${TOUR_BUILD_DIR} npx vite build && node scripts/serve.js ${TOUR_PORT} ${TOUR_BUILD_DIR}`,
			url: `${url(TOUR_PORT)}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 300_000
		}
	]
});
