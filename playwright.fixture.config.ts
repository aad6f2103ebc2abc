import { dirname } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { sharedSettings } from './tools/browser.js';
import { LATER_MEDIA } from './e2e/contract/media';
import { CONTRACT_BUILD_DIR, CONTRACT_STORY } from './e2e/contract/story';
import { LONG_BUILD_DIR, LONG_EVENTS, LONG_STORY } from './e2e/long/story';

// The DOM contract, checked against a second story: the test fixture (invented events in
// the Andes in 1990). Its build goes to build-fixture/ (Kit's working files apart too, see
// svelte.config.js), so it never clobbers build/, and it is served on its own port: by
// default the one after E2E_PORT, so two checkouts still run side by side. A long story
// (the built-in one's events repeated to 300) is built and served beside it, on the next.
const PORT = Number(process.env.E2E_FIXTURE_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1);
const LONG_PORT = PORT + 1;

export default defineConfig({
	...sharedSettings(PORT),
	testDir: 'e2e',
	// One desktop screen (and one phone for the long story): the phones' layouts are the
	// built-in story's tests' business.
	projects: [
		{
			name: 'fixture-desktop',
			testDir: 'e2e/contract',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		},
		{
			name: 'long-story',
			testDir: 'e2e/long',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1280, height: 800 },
				baseURL: `http://127.0.0.1:${LONG_PORT}`
			}
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
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 300_000
		},
		{
			command: `node scripts/generate-story.js --events ${LONG_EVENTS} --out ${LONG_STORY} && STORY=${LONG_STORY} BUILD_DIR=${LONG_BUILD_DIR} npx vite build && node scripts/serve.js ${LONG_PORT} ${LONG_BUILD_DIR}`,
			url: `http://127.0.0.1:${LONG_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 300_000
		}
	]
});
