// The long soak: random reader actions against the built story, checked after each one.
//   npm run soak -- --actions 1000 --seed 42        (seeds: one, or a list: --seed 1,2,3)
//   npm run soak -- --seed 42 --path 3:1:0 --replay 'AB:C'   (replays a shrunk failure)
//   npm run soak -- --story stories/fixtures/tour-andes.json --seed 5   (a tour)
// Options: --per-tab N (most actions in one tab, default 40), --shrink-minutes N (default 5),
// --no-typing (leave out typed dates), --no-reload (leave out reloads), --no-build
// (test the build already there: build/, or a tour's folder), --story FILE (a tour, read by
// chapter; dated stories other than the built-in one are not soaked yet), --replay (the
// commands a failure's path played, as its report gives them). Builds the site first, then
// runs e2e/soak.spec.ts alone; E2E_PORT picks the port.
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		actions: { type: 'string', default: '1000' },
		seed: { type: 'string', default: String(Date.now() % 1_000_000) },
		path: { type: 'string' },
		replay: { type: 'string' },
		story: { type: 'string' },
		'per-tab': { type: 'string' },
		'shrink-minutes': { type: 'string' },
		'no-typing': { type: 'boolean', default: false },
		'no-reload': { type: 'boolean', default: false },
		'no-build': { type: 'boolean', default: false },
		verbose: { type: 'boolean', default: false }
	}
});

/** Runs a step of the soak and stops at its first failure. */
const run = (
	/** @type {string} */ command,
	/** @type {string[]} */ args,
	/** @type {NodeJS.ProcessEnv} */ env = process.env
) => {
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	if (result.status !== 0) process.exit(result.status ?? 1);
};

/**
 * Another story is built into a folder of its own (never build/, which the main suite
 * serves) and served from there (playwright.config.ts reads E2E_BUILD_DIR).
 */
const story = values.story && {
	SOAK_STORY: values.story,
	E2E_BUILD_DIR: `node_modules/.cache/soak-builds/${basename(values.story, '.json')}`
};
const buildEnv = story
	? { ...process.env, STORY: story.SOAK_STORY, BUILD_DIR: story.E2E_BUILD_DIR }
	: process.env;

run('node', ['scripts/ensure-browser.js']);
if (!values['no-build']) run('npx', ['vite', 'build', '--logLevel', 'warn'], buildEnv);

const env = {
	SOAK_ACTIONS: values.actions,
	SOAK_SEED: values.seed,
	...(values.path && { SOAK_PATH: values.path }),
	...(values.replay && { SOAK_REPLAY: values.replay }),
	...(values['per-tab'] && { SOAK_PER_TAB: values['per-tab'] }),
	...(values['shrink-minutes'] && { SOAK_SHRINK_MINUTES: values['shrink-minutes'] }),
	...(values['no-typing'] && { SOAK_TYPING: '0' }),
	...(values['no-reload'] && { SOAK_RELOAD: '0' }),
	...(values.verbose && { SOAK_VERBOSE: '1' }),
	...story
};
console.log(
	`soak: ${values.actions} actions, seed ${values.seed}${story ? `, ${story.SOAK_STORY}` : ''}`
);
const started = Date.now();
const result = spawnSync(
	'npx',
	['playwright', 'test', 'e2e/soak.spec.ts', '--project=desktop', '--reporter=list'],
	{ stdio: 'inherit', env: { ...process.env, ...env } }
);
console.log(`soak: wall time ${((Date.now() - started) / 60_000).toFixed(1)} min`);
process.exit(result.status ?? 1);
