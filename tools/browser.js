import { existsSync } from 'node:fs';

/** Debian's Chromium where it is installed (CI, these machines); Playwright's own otherwise. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const chromiumLaunchOptions = {
	executablePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
	args: [
		// Root in a container needs --no-sandbox; the rest keep Chromium off the network.
		...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic',
		'--disable-dev-shm-usage'
	]
};

/**
 * Chromium as a British reader runs it. A date field's order (dd/mm/yyyy) follows the
 * browser's own language, not the page's locale: on Linux that is LANGUAGE (Debian needs
 * chromium-l10n for it), elsewhere --lang.
 */
export const britishChromiumLaunchOptions = {
	...chromiumLaunchOptions,
	args: [...chromiumLaunchOptions.args, '--lang=en-GB'],
	env: { ...process.env, LANGUAGE: 'en_GB', LANG: 'en_GB.UTF-8' }
};

/** For `test.use(MOTION)`: a spec whose subject is how the map and the page move. */
export const MOTION = { reducedMotion: /** @type {'no-preference'} */ ('no-preference') };

/**
 * What both Playwright configs (the built-in story's and the fixture's) share: software
 * WebGL is slow, so map flights get room, but no test asserts timings.
 * @param {number} port where the built site is served
 */
export const sharedSettings = (port) => ({
	testMatch: '**/*.spec.ts',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: true,
	workers: 2,
	retries: 0,
	/** @type {import('@playwright/test').ReporterDescription[]} */
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// The map cuts rather than flies, and jumps scroll at once (a reduced-motion reader's
		// page), unless a spec's subject is motion: flights (story walks, each story's
		// contract walk, phones, embeds, the long story, motion's own tests) opt back in
		// with `MOTION`. A walk of six steps costs 10.2 s of CPU flying and 2.4-3.2 s
		// cutting (software WebGL), and the browser tests are bound by the machine's CPU.
		reducedMotion: /** @type {'reduce'} */ ('reduce'),
		launchOptions: chromiumLaunchOptions,
		// A failed test keeps its trace: every action with the page's DOM before and after,
		// the console and the network. Not the filmstrip: recording it cost every test about
		// a quarter of its time (`--trace on` gives it back for one run).
		trace: { mode: /** @type {'retain-on-failure'} */ ('retain-on-failure'), screenshots: false }
	}
});
