import { defineConfig, devices } from '@playwright/test';
import { sharedSettings } from './tools/browser.js';

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'e2e',
	...sharedSettings(PORT),
	projects: [
		{
			name: 'desktop',
			// contract/, imported/, long/, tour/ and tour-map/: other stories' suites, with their own builds and
			// servers (playwright.fixture.config.ts).
			testIgnore: [
				'**/phone.spec.ts',
				'**/contract/**',
				'**/imported/**',
				'**/long/**',
				'**/tour/**',
				'**/tour-map/**'
			],
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
		command: `node scripts/serve.js ${PORT} build`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
