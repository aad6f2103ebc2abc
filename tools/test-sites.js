// The sites the browser tests read besides the built-in story's build/: each story built
// into a folder of its own and served on a port of its own, after E2E_PORT (the fixture on
// +1, the long story on +2, the TimelineJS JSON on +3, the sheet on +4, the tour on +5, the
// imported pictures on +6).
// Each is built once a run and shared by every project that reads it
// (playwright.fixture.config.ts); scripts/test-sites.js builds them two at a time, then
// serves them. Plain JavaScript: the scripts and the Playwright configs both read it.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The test fixture: invented events in the Andes. */
export const CONTRACT_STORY = 'stories/fixtures/andes-1990.json';
/** Where its build goes: never build/, which the built-in story's tests serve. */
export const CONTRACT_BUILD_DIR = 'build-fixture';

/**
 * A long story with media: the fixture's events repeated, with their media
 * (scripts/media-story.js), built into a folder of the fixture's site, so its later steps,
 * which the browser draws, show media too.
 */
export const LATER_MEDIA = {
	events: 30,
	story: 'node_modules/.cache/later-media/story.json',
	folder: 'later-media'
};

/** A long story, generated from the built-in one (scripts/generate-story.js). */
export const LONG_EVENTS = 300;
export const LONG_STORY = 'node_modules/.cache/long-story/story.json';
export const LONG_BUILD_DIR = 'node_modules/.cache/long-story/build';

/**
 * A TimelineJS file imported at test time (`npm run import`, as a newsroom would), and
 * where its story and build go.
 * @typedef {{ name: string, source: string, story: string, build: string }} ImportedStory
 */

/** @returns {ImportedStory} */
const imported = (/** @type {string} */ name, /** @type {string} */ source) => ({
	name,
	source,
	story: `node_modules/.cache/imported-stories/${name}/story.json`,
	build: `node_modules/.cache/imported-stories/${name}/build`
});

/** A TimelineJS JSON file with places: years, months, days, a span, a time, groups, eras. */
export const IMPORTED_JSON = imported(
	'timelinejs-json',
	'tests/fixtures/import/timelinejs/chronology.json'
);
/** A TimelineJS Google Sheet (CSV) without places: a timeline with no map. */
export const IMPORTED_SHEET = imported(
	'timelinejs-sheet',
	'tests/fixtures/import/timelinejs/firsts.csv'
);

/**
 * A TimelineJS file whose pictures come home at import (--fetch-media), fetched from a
 * loopback server e2e/pictures/import-story.js starts; its events are invented.
 */
export const IMPORTED_PICTURES = imported(
	'timelinejs-pictures',
	'tests/fixtures/import/timelinejs/pictures.json'
);

/** A tour: chapters with no dates, linked by id (invented, down the Andes). */
export const CONTRACT_TOUR = 'stories/fixtures/tour-andes.json';
export const TOUR_BUILD_DIR = 'node_modules/.cache/tour-fixture/build';
/**
 * A tour on a desk's own raster tiles (invented tiles and chapters, the Andes), built into
 * a folder of the tour's site.
 */
export const DESK_TILES = { story: 'stories/fixtures/tour-tiles.json', folder: 'desk-tiles' };

/**
 * A site: the folder served on its port, and the commands that make it, in order.
 * @typedef {{ name: string, port: number, dir: string, steps: string[] }} TestSite
 */

/** `vite build` of a story file into a folder of its own (Kit's and Paraglide's files apart). */
const viteBuild = (/** @type {string} */ story, /** @type {string} */ dir) =>
	`STORY=${story} BUILD_DIR=${dir} npx vite build --logLevel warn`;

/**
 * Every site, served from `firstPort` (the fixture's) on; imported, generated and built
 * afresh at every run, so the tests never meet a stale story.
 * @param {number} firstPort
 * @returns {TestSite[]}
 */
export function testSites(firstPort) {
	const importAndBuild = (/** @type {ImportedStory} */ { source, story, build }) => [
		`node scripts/import.js ${source} --out ${story}`,
		viteBuild(story, build)
	];
	return [
		{
			// The fixture, and beside it, in a folder of its site, the long story with media
			// (its build empties the folder first, so it goes first).
			name: 'fixture',
			port: firstPort,
			dir: CONTRACT_BUILD_DIR,
			steps: [
				viteBuild(CONTRACT_STORY, CONTRACT_BUILD_DIR),
				`node scripts/media-story.js --events ${LATER_MEDIA.events} --out ${dirname(LATER_MEDIA.story)}`,
				viteBuild(LATER_MEDIA.story, `${CONTRACT_BUILD_DIR}/${LATER_MEDIA.folder}`)
			]
		},
		{
			name: 'long story',
			port: firstPort + 1,
			dir: LONG_BUILD_DIR,
			steps: [
				`node scripts/generate-story.js --events ${LONG_EVENTS} --out ${LONG_STORY}`,
				viteBuild(LONG_STORY, LONG_BUILD_DIR)
			]
		},
		{
			name: 'TimelineJS JSON',
			port: firstPort + 2,
			dir: IMPORTED_JSON.build,
			steps: importAndBuild(IMPORTED_JSON)
		},
		{
			name: 'TimelineJS sheet',
			port: firstPort + 3,
			dir: IMPORTED_SHEET.build,
			steps: importAndBuild(IMPORTED_SHEET)
		},
		{
			// The tour, and beside it, in a folder of its site, the tour on the desk's tiles (the
			// tour's build empties the folder first, so it goes first).
			name: 'tour',
			port: firstPort + 4,
			dir: TOUR_BUILD_DIR,
			steps: [
				viteBuild(CONTRACT_TOUR, TOUR_BUILD_DIR),
				viteBuild(DESK_TILES.story, `${TOUR_BUILD_DIR}/${DESK_TILES.folder}`)
			]
		},
		{
			name: 'imported pictures',
			port: firstPort + 5,
			dir: IMPORTED_PICTURES.build,
			steps: [
				`node e2e/pictures/import-story.js ${IMPORTED_PICTURES.source} ${IMPORTED_PICTURES.story}`,
				viteBuild(IMPORTED_PICTURES.story, IMPORTED_PICTURES.build)
			]
		}
	];
}

/**
 * The built-in story's build/, every edition (`npm run build`), as a job beside the sites.
 * BUILD_DIR keeps its Kit and Paraglide files apart from those the unit tests read, which
 * run beside it in npm test.
 */
export const BUILT_IN_BUILD = {
	name: 'built-in story',
	steps: ['BUILD_DIR=build node scripts/build.js']
};

/**
 * Runs each job's steps in order, `concurrency` jobs at a time, longest first as listed;
 * each job's output goes to its log in `logDir`, and a line says when it is done. The first
 * job that fails stops the others, and its log is printed.
 * @param {{ name: string, steps: string[] }[]} jobs
 * @param {{ concurrency?: number, logDir?: string }} [options]
 * @returns {Promise<void>}
 */
export function runJobs(jobs, { concurrency = 2, logDir = 'node_modules/.cache/test-logs' } = {}) {
	mkdirSync(logDir, { recursive: true });
	const queue = [...jobs];
	/** @type {Set<import('node:child_process').ChildProcess>} */
	const running = new Set();
	let failed = false;
	return new Promise((resolve, reject) => {
		const next = () => {
			if (failed) return;
			if (queue.length === 0 && running.size === 0) return resolve();
			for (let job; running.size < concurrency && (job = queue.shift());) start(job);
		};
		const start = (/** @type {{ name: string, steps: string[] }} */ job) => {
			const log = join(logDir, `${job.name.replace(/\W+/g, '-')}.log`);
			const fd = openSync(log, 'w');
			const started = performance.now();
			// Its own process group: a failure elsewhere stops its whole tree.
			const child = spawn(job.steps.join(' && '), {
				shell: true,
				detached: true,
				stdio: ['ignore', fd, fd]
			});
			closeSync(fd);
			running.add(child);
			child.on('exit', (status) => {
				running.delete(child);
				const seconds = ((performance.now() - started) / 1000).toFixed(0);
				if (status === 0) {
					console.log(`  ${job.name}: built in ${seconds} s`);
					return next();
				}
				if (failed) return;
				failed = true;
				for (const other of running) stopGroup(other);
				console.error(`\n${job.name}: FAILED after ${seconds} s. Its output (${log}):\n`);
				console.error(readFileSync(log, 'utf8'));
				reject(new Error(`${job.name} failed`));
			});
		};
		next();
	});
}

/** Stops a job's whole process group (the shell and what it started). */
export function stopGroup(/** @type {import('node:child_process').ChildProcess} */ child) {
	try {
		if (child.pid) process.kill(-child.pid, 'SIGTERM');
	} catch {
		// Already gone.
	}
}
