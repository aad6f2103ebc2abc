// npm test: every test, stage by stage, each stage's time printed as it ends and again at the
// end (CI's log shows where the minutes go). Stops at the first stage that fails.
import { spawnSync } from 'node:child_process';

/** @type {[name: string, command: string][]} */
const STAGES = [
	['unit tests (vitest)', 'npm run test:unit'],
	['browser available', 'node scripts/ensure-browser.js'],
	['build (every edition)', 'npm run build'],
	['browser tests (built-in story)', 'npx playwright test'],
	['browser tests (fixture and long stories)', 'npm run test:fixture'],
	['browser tests (the editor)', 'npm run test:editor']
];

const times = [];
for (const [name, command] of STAGES) {
	const started = performance.now();
	const { status } = spawnSync(command, { shell: true, stdio: 'inherit' });
	const seconds = (performance.now() - started) / 1000;
	times.push(`${name}: ${seconds.toFixed(0)} s`);
	console.log(`\n== ${name}: ${status === 0 ? 'passed' : 'FAILED'} in ${seconds.toFixed(0)} s\n`);
	if (status !== 0) {
		console.log(times.join('\n'));
		process.exit(status ?? 1);
	}
}
console.log(`Every stage passed:\n${times.join('\n')}`);
