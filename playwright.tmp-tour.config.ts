import { defineConfig, devices } from '@playwright/test';
import { sharedSettings } from './tools/browser.js';
import { CONTRACT_TOUR, TOUR_BUILD_DIR } from './e2e/contract/story';
const PORT = 5450;
export default defineConfig<{ storyFile: string }>({
	...sharedSettings(PORT),
	testDir: 'e2e',
	projects: [{ name: 'tour', testMatch: ['contract/*.spec.ts', 'tour/*.spec.ts'], testIgnore: ['contract/fixture-*.spec.ts'], use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${PORT}`, storyFile: CONTRACT_TOUR } }],
	webServer: [{ command: `STORY=${CONTRACT_TOUR} BUILD_DIR=${TOUR_BUILD_DIR} npx vite build && node scripts/serve.js ${PORT} ${TOUR_BUILD_DIR}`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: true, timeout: 300_000 }]
});
