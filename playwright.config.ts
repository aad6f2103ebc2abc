import { defineConfig, devices } from '@playwright/test';
import { sharedSettings } from './tools/browser.js';

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
// Another story's build (the soak of a tour, scripts/soak.js), else the built-in one's.
const BUILD_DIR = process.env.E2E_BUILD_DIR ?? 'build';

export default defineConfig({
	testDir: 'e2e',
	...sharedSettings(PORT),
	projects: [
		{
			name: 'desktop',
			// contract/, imported/, long/, pictures/, tour/ and tour-map/: other stories' suites, with their own
			// builds and servers (playwright.fixture.config.ts); embed/: its own project, below.
			testIgnore: [
				'**/phone.spec.ts',
				'**/contract/**',
				'**/embed/**',
				'**/imported/**',
				'**/long/**',
				'**/pictures/**',
				'**/tour/**',
				'**/tour-map/**'
			],
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		},
		// The story inside a host's article on another origin (e2e/embed/: its spec starts
		// the host pages' server itself, on a free port).
		{
			name: 'embed',
			testMatch: '**/embed/*.spec.ts',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		},
		// Phones: an iPhone-sized and a Pixel-sized screen with touch, in Chromium.
		{
			name: 'iphone',
			testMatch: '**/phone.spec.ts',
			use: {
				viewport: { width: 390, height: 844 },
				screen: { width: 390, height: 844 },
				deviceScaleFactor: 3,
				isMobile: true,
				hasTouch: true
			}
		},
		{
			name: 'pixel',
			testMatch: '**/phone.spec.ts',
			use: { ...devices['Pixel 7'] }
		}
	],
	webServer: {
		// The built, prerendered site as a static host serves it, every edition's folder
		// included: what readers get.
		command: `node scripts/serve.js ${PORT} ${BUILD_DIR}`,
		url: `http://127.0.0.1:${PORT}/`,
		// A server already there serves build/: never mistake it for another story's.
		reuseExistingServer: !process.env.CI && !process.env.E2E_BUILD_DIR,
		timeout: 60_000
	}
});
