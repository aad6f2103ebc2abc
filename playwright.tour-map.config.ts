import { defineConfig, devices } from '@playwright/test';
import { sharedSettings } from './tools/browser.js';
import { TOUR_BUILD_DIR, TOUR_STORY } from './e2e/tour-map/tour';

// The map side of tours (e2e/tour-map/), on the fixture tour built into a folder of its own
// and served on a port of its own (E2E_PORT + 6: the fixture config takes +1 to +4).
// `npx playwright test -c playwright.tour-map.config.ts`. The tour's page-side suites live
// in playwright.fixture.config.ts; these can move there as a project naming `tourFile`.
const PORT = Number(process.env.E2E_TOUR_MAP_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 6);
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };

export default defineConfig<{ tourFile: string }>({
	...sharedSettings(PORT),
	testDir: 'e2e/tour-map',
	projects: [
		{ name: 'tour-map-desktop', use: { ...desktop, tourFile: TOUR_STORY } },
		{
			// A phone's small map: the cameras land as exactly, the route is drawn.
			name: 'tour-map-phone',
			testMatch: 'camera.spec.ts',
			use: {
				viewport: { width: 390, height: 844 },
				deviceScaleFactor: 3,
				isMobile: true,
				hasTouch: true,
				tourFile: TOUR_STORY
			}
		}
	],
	webServer: {
		command: `STORY=${TOUR_STORY} BUILD_DIR=${TOUR_BUILD_DIR} npx vite build && node scripts/serve.js ${PORT} ${TOUR_BUILD_DIR}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 300_000
	}
});
