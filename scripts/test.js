// npm test: every test, stage by stage, each stage's time printed as it ends and again at the
// end (CI's log shows where the minutes go). Stops at the first stage that fails.
//
// On two cores nothing waits for nothing: the unit tests run while the sites the browser
// tests read are built, two at a time (the built-in story's build/, then the other stories'
// sites: tools/test-sites.js); then one Playwright run tests every story, both configs'
// servers up at once (playwright.all.config.ts); then the editor's session (editor/).
import { spawn } from 'node:child_process';

/** @typedef {{ name: string, command: string, env?: Record<string, string> }} Step */

/** @type {(Step | Step[])[]} Steps in a list run side by side. */
const STAGES = [
	{ name: 'browser available', command: 'node scripts/ensure-browser.js' },
	// Before anything runs side by side: a fresh clone has neither, and builds need Kit's tsconfig.
	{ name: 'messages and Kit’s files', command: 'npm run messages && npx svelte-kit sync' },
	[
		{ name: 'unit tests (vitest)', command: 'npx vitest run' },
		{
			name: 'builds (built-in story, test sites; two at a time)',
			command: 'node scripts/test-sites.js --build --built-in'
		}
	],
	{
		name: 'browser tests (every story)',
		command: 'npx playwright test -c playwright.all.config.ts',
		// The sites were just built: Playwright only serves them.
		env: { E2E_SITES_BUILT: '1' }
	},
	// The editor's: one reporter's session on its own dev server, one worker.
	{
		name: 'browser tests (the editor)',
		command: 'npx playwright test -c editor/playwright.config.ts'
	}
];

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();
const times = /** @type {string[]} */ ([]);
const seconds = (/** @type {number} */ since) => ((performance.now() - since) / 1000).toFixed(0);
const started = performance.now();

/** Runs one step; resolves with whether it passed. */
function run(/** @type {Step} */ { name, command, env }) {
	const since = performance.now();
	return new Promise((resolve) => {
		// Its own process group, so a failure beside it stops the whole of it.
		const child = spawn(command, {
			shell: true,
			stdio: 'inherit',
			detached: true,
			env: { ...process.env, ...env }
		});
		running.add(child);
		child.on('exit', (status) => {
			running.delete(child);
			const passed = status === 0;
			times.push(`${name}: ${seconds(since)} s`);
			console.log(`\n== ${name}: ${passed ? 'passed' : 'FAILED'} in ${seconds(since)} s\n`);
			resolve(passed);
		});
	});
}

function stopAll() {
	for (const child of running)
		try {
			if (child.pid) process.kill(-child.pid, 'SIGTERM');
		} catch {
			// Already gone.
		}
}
process.on('SIGINT', () => (stopAll(), process.exit(130)));
process.on('SIGTERM', () => (stopAll(), process.exit(143)));

for (const stage of STAGES) {
	const steps = Array.isArray(stage) ? stage : [stage];
	const passed = await Promise.all(
		steps.map((step) =>
			run(step).then((ok) => {
				if (!ok) stopAll();
				return ok;
			})
		)
	);
	if (!passed.every(Boolean)) {
		console.log(`${times.join('\n')}\ntotal: ${seconds(started)} s`);
		process.exit(1);
	}
}
console.log(`Every stage passed:\n${times.join('\n')}\ntotal: ${seconds(started)} s`);
