import { defineConfig, devices } from '@playwright/test';
import { sharedSettings } from './e2e/browser.js';
import { CONTRACT_BUILD_DIR, CONTRACT_STORY } from './e2e/contract/story';

// The DOM contract, checked against a second story: the test fixture (invented events in
// the Andes in 1990). Its build goes to build-fixture/ (Kit's working files apart too, see
// svelte.config.js), so it never clobbers build/, and it is served on its own port: by
// default the one after E2E_PORT, so two checkouts still run side by side.
const PORT = Number(process.env.E2E_FIXTURE_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1);

export default defineConfig({
	testDir: 'e2e/contract',
	...sharedSettings(PORT),
	// One desktop screen: the phones' layouts are the built-in story's tests' business.
	projects: [
		{
			name: 'fixture-desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		}
	],
	webServer: {
		// Built here, every run, so the tests never meet a stale fixture build.
		command: `STORY=${CONTRACT_STORY} BUILD_DIR=${CONTRACT_BUILD_DIR} npx vite build && node scripts/serve.js ${PORT} ${CONTRACT_BUILD_DIR}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 300_000
	}
});
