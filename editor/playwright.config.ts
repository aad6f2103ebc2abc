// The editor's browser tests (`npx playwright test -c editor/playwright.config.ts`): a reporter
// at work on a copy of the built-in story, with the keyboard and the mouse, then a build of
// what the editor wrote. One desktop screen; the editor's phone layout is checked by eye.
import { defineConfig, devices } from '@playwright/test';
import { sharedSettings } from '../tools/browser.js';
import { EDITION_PREVIEW_PORT, EDITOR_PORT, PREVIEW_PORT, WORK_DIR } from './e2e/story';

const settings = sharedSettings(EDITOR_PORT);

export default defineConfig({
	...settings,
	testDir: 'e2e',
	// One reporter's session, step by step, on one story file.
	fullyParallel: false,
	workers: 1,
	timeout: 180_000,
	reporter: [['list']],
	outputDir: '../test-results/editor',
	projects: [
		{
			name: 'editor',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		}
	],
	webServer: {
		command: `node editor/e2e/start-editor.js ${WORK_DIR} ${EDITOR_PORT} ${PREVIEW_PORT} ${EDITION_PREVIEW_PORT}`,
		cwd: '..',
		url: `http://127.0.0.1:${EDITOR_PORT}/`,
		// Always a fresh copy of the story: never a server left from another run.
		reuseExistingServer: false,
		timeout: 180_000
	}
});
