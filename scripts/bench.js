// npm run bench: builds the story, serves it with gzip on loopback, and measures it against
// its targets. Prints every figure beside its target and exits 1 when one is missed.
// Timings live here, never in the test suite.
//   node scripts/bench.js [--no-build] [--runs N] [--events N[,N...]] [--story FILE] [--pictures N]
// --events 100,1000 also measures stories of that many events, generated from the built-in
// one (tools/story/generate.ts: same days, many a day), beside it, and prints how each
// figure grows with the story. --story measures that story file instead of the built-in
// one (the fixture with media, stories/fixtures/andes-1990.json, or an imported timeline),
// against the same targets; a story without places has no map to measure. --pictures 50
// measures a story of that many events with a picture each (scripts/media-story.js), built
// twice: with no renditions made yet, then with them cached. A story with media also gets
// its media's figures (scripts/bench/media.js).
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILT_IN_STORY, editionCodeOf, editionPaths } from '../tools/story/files.js';
import { loadTs } from '../tools/load-ts.js';
import { lighthouseRuns } from './bench/lighthouse.js';
import { mediaOnScreens, mediaSizes, printPictureCosts, storyPictures } from './bench/media.js';
import { writePictureStory } from './media-story.js';
import { readEmbedded } from './bench/embedded.js';
import { GPU_COMPOSITING, readThrough } from './bench/reader.js';
import { printFigures, printGrowth } from './bench/report.js';
import { buildSizes } from './bench/sizes.js';
import { serve } from './serve.js';

const args = process.argv.slice(2);
const option = (/** @type {string} */ name) =>
	args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
// Five runs: single Lighthouse runs on a 2-core machine vary by a factor of several.
const runs = Number(option('--runs')) || 5;
const rebuild = !args.includes('--no-build');
/** Another story file to measure in the built-in one's place. */
const storyFile = option('--story');
const pictureCount = Number(option('--pictures') ?? 0);
if (!Number.isInteger(pictureCount) || pictureCount < 0) {
	console.error(`--pictures wants a whole number: got "${option('--pictures')}"`);
	process.exit(2);
}
// --generated-only: the generated stories alone (the built-in one's editions take a while);
// the built-in story is measured unless another is named.
const builtInToo = !args.includes('--generated-only') && !storyFile && !pictureCount;
const eventCounts = (option('--events') ?? '')
	.split(',')
	.filter(Boolean)
	.map((n) => {
		const count = Number(n);
		if (!Number.isInteger(count) || count < 1) {
			console.error(`--events wants whole numbers, comma-separated: got "${n}"`);
			process.exit(2);
		}
		return count;
	});

/** @typedef {{ name: string, value: number, unit: string, target: string, ok: boolean }} Figure */

/** @type {typeof import('../tools/story/generate.ts')} */
const { generateStory } = await loadTs('/tools/story/generate.ts');
const root = new URL('../', import.meta.url).pathname;
const builtIn = JSON.parse(readFileSync(BUILT_IN_STORY, 'utf8'));

/** @typedef {{ label: string, events: number, file?: string, build?: string, edition?: string, generated?: boolean, coldMedia?: boolean }} BenchStory */
/** The stories to measure: the built-in one in each edition, then any generated, or the one --story names. @type {BenchStory[]} */
const stories = [
	...['en', ...editionPaths(BUILT_IN_STORY).map((file) => editionCodeOf(file))]
		.filter(() => builtInToo)
		.map((code) => ({
			label: `the story (${builtIn.events.length} events), ${code}`,
			events: builtIn.events.length,
			edition: code
		})),
	...eventCounts.map((events) => {
		const dir = `${root}node_modules/.cache/bench-stories/${events}/`;
		mkdirSync(dir, { recursive: true });
		const file = `${dir}story.json`;
		writeFileSync(file, JSON.stringify(generateStory(builtIn, events)));
		return {
			label: `${events} generated events`,
			events,
			file,
			build: `${dir}build/`,
			generated: true
		};
	}),
	...(storyFile ? [otherStory(resolve(storyFile))] : []),
	...(pictureCount
		? [
				{
					label: `${pictureCount} events with a picture each`,
					events: pictureCount,
					file: await writePictureStory(
						pictureCount,
						join(tmpdir(), `bench-pictures-${pictureCount}`)
					),
					build: `${root}node_modules/.cache/bench-stories/pictures-${pictureCount}/build/`,
					generated: true,
					coldMedia: true
				}
			]
		: [])
];

/**
 * A story file measured in the built-in one's place, built into a folder of its own.
 * @param {string} file
 * @returns {BenchStory}
 */
function otherStory(file) {
	const story = JSON.parse(readFileSync(file, 'utf8'));
	const key = createHash('sha256').update(file).digest('hex').slice(0, 12);
	return {
		label: `${story.meta.title} (${story.events.length} events)`,
		events: story.events.length,
		file,
		build: `${root}node_modules/.cache/bench-stories/story-${key}/build/`
	};
}

/** @type {{ label: string, events: number, figures: Figure[] }[]} */
const measured = [];
let port = 4300;
for (const story of stories) {
	// Each edition is a site of its own, in its folder of the build (scripts/build.js).
	const folder = story.edition && story.edition !== 'en' ? `${story.edition}/` : '';
	const build = `${story.build ?? `${root}build/`}${folder}`;
	/** @type {Figure[]} */
	const figures = [];
	/** @param {string} name @param {number} value @param {string} unit @param {'<=' | '>=' | '=='} op @param {number} target */
	const record = (name, value, unit, op, target) => {
		const ok = op === '<=' ? value <= target : op === '>=' ? value >= target : value === target;
		figures.push({ name, value, unit, target: `${op} ${target}${unit ? ' ' + unit : ''}`, ok });
	};
	/** @param {string} name @param {number} value @param {string} unit */
	const note = (name, value, unit) => figures.push({ name, value, unit, target: '-', ok: true });

	console.log(`\nMeasuring ${story.label}…`);
	// The built-in story's editions are built together, once.
	if ((rebuild && story.edition === 'en') || story.file) {
		/** @param {Record<string, string>} [more] */
		const timedBuild = (more = {}) => {
			const started = performance.now();
			execSync('node scripts/build.js', {
				stdio: 'ignore',
				env: story.file
					? { ...process.env, STORY: story.file, BUILD_DIR: build, ...more }
					: process.env
			});
			return (performance.now() - started) / 1000;
		};
		if (story.coldMedia) {
			// Every picture made from its original (no renditions cached yet), then again.
			const cache = mkdtempSync(join(tmpdir(), 'bench-media-cache-'));
			record(
				'Build time, no renditions cached',
				timedBuild({ STORY_MEDIA_CACHE: cache }),
				's',
				'<=',
				180
			);
			record(
				'Build time, renditions cached',
				timedBuild({ STORY_MEDIA_CACHE: cache }),
				's',
				'<=',
				180
			);
			rmSync(cache, { recursive: true, force: true });
		} else record('Build time', timedBuild(), 's', '<=', 180);
	}

	// 1. Sizes, read from the build.
	const sizes = buildSizes(build);
	note('The page’s HTML (gzip)', sizes.htmlKB, 'KB');
	record('JavaScript to start the page (gzip)', sizes.startJsKB, 'KB', '<=', 60);
	record('MapLibre among the start-up scripts', sizes.maplibreAtStart ? 1 : 0, '', '==', 0);
	if (sizes.hasMap) record('Basemap data (gzip)', sizes.basemapKB, 'KB', '<=', 150);
	record('The embed loader, embed.js (gzip)', sizes.embedKB, 'KB', '<=', 2);

	const server = await serve(port++, build.slice(0, build.length - folder.length));
	const url = server.url + folder;
	try {
		// 2. Lighthouse, median of runs.
		const lh = await lighthouseRuns(
			url,
			runs,
			`bench-results/lighthouse-${story.events}${story.edition ? `-${story.edition}` : ''}.json`
		);
		const median = (/** @type {number[]} */ xs) =>
			[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
		const m = (/** @type {string} */ key) => median(lh[key] ?? []);
		/** "min-max" of a figure across the runs, shown beside its median. */
		const spread = (/** @type {string} */ key, scale = 1, digits = 0) => {
			const xs = (lh[key] ?? []).map((x) => x / scale);
			return `${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)}`;
		};
		const perf = `Lighthouse Performance (median of ${runs}; runs: ${spread('performance')})`;
		record(perf, m('performance'), '', '>=', 100);
		record('Lighthouse Accessibility', m('accessibility'), '', '>=', 100);
		record('Lighthouse Best Practices', m('best-practices'), '', '>=', 100);
		record('Lighthouse SEO', m('seo'), '', '>=', 100);
		const lcp = `Largest Contentful Paint (runs: ${spread('lcp', 1000, 2)} s)`;
		record(lcp, m('lcp') / 1000, 's', '<=', 1.0);
		record(`Total Blocking Time (runs: ${spread('tbt')} ms)`, m('tbt'), 'ms', '<=', 50);
		record('Cumulative Layout Shift', m('cls'), '', '<=', 0);
		const early = Math.max(...(lh.scriptsBeforePaint ?? []));
		record('Scripts fetched before the first paint (most in a run)', early, '', '==', 0);
		note('First Contentful Paint (for reference)', m('fcp') / 1000, 's');

		// 3. In the page, on the phone Lighthouse emulates, with GPU compositing (reader.js).
		// A generated story is read once (its heap after a full read); a real one twenty times.
		const long = Boolean(story.generated);
		const gpu = await readThrough(url, {
			extraArgs: GPU_COMPOSITING,
			// Twenty passes through a short story; one through a long one (its heap after a read).
			heapPasses: long ? 1 : 20,
			jumps: true
		});
		const ms = gpu.latencies.map((/** @type {{ ms: number }} */ l) => l.ms);
		const frames = gpu.latencies.map((/** @type {{ frames: number }} */ l) => l.frames);
		const worst = `worst of ${gpu.latencies.length} steps`;
		if (sizes.hasMap) {
			record(`Step to highlight painted, ${worst} (frames)`, Math.max(...frames), '', '<=', 2);
			record(`Step to highlight painted, ${worst}`, Math.max(...ms), 'ms', '<=', 50);
			note('Step to highlight painted, median', median(ms), 'ms');
		}
		record(
			'Long tasks while scrolling the story (GPU compositing)',
			gpu.longTasks.length,
			'',
			'<=',
			0
		);
		note('Longest task while scrolling', Math.max(0, ...gpu.longTasks), 'ms');
		note('Of them, begun in the 2 s after the last scroll', gpu.longTasksAfter.length, '');
		const jumps = `Timeline mark (a tour's chapter link) to its step current, worst of ${gpu.jumpMs.length}`;
		record(jumps, Math.max(...gpu.jumpMs), 'ms', '<=', 100);
		const heap = gpu.heap;
		if (heap) {
			note('JS heap after a full read', heap.first, 'MB');
			if (!long) {
				record(
					'JS heap growth over 20 passes',
					((heap.last - heap.first) / heap.first) * 100,
					'%',
					'<=',
					10
				);
				// V8 keeps optimising code for a while; a leak would grow the rest.
				const objects = ((heap.lastObjects - heap.firstObjects) / heap.firstObjects) * 100;
				note('Heap growth over 20 passes, compiled code left out', objects, '%');
			}
		}
		if (!long) {
			const software = await readThrough(url, {});
			note(
				'Long tasks while scrolling, software compositing (reference)',
				software.longTasks.length,
				''
			);
			const softMs = software.latencies.map((/** @type {{ ms: number }} */ l) => l.ms);
			if (sizes.hasMap)
				note(
					'Step to highlight painted, worst, software compositing (reference)',
					Math.max(...softMs),
					'ms'
				);
		}
		// 4. Embedded in a pym.js host's article on a phone, read by touch (bench/embedded.js).
		if (!long && story.edition === 'en') {
			const framed = await readEmbedded(url);
			const [host, frame] = [framed.hostTasks, framed.storyTasks];
			record(
				'Embedded (pym.js, phone, touch): steps current in order',
				+framed.inOrder,
				'',
				'==',
				1
			);
			record('Embedded: least share of the map on screen', framed.mapOnScreen, '', '>=', 0.5);
			record(
				'Embedded: long tasks while the host scrolls',
				host.length + frame.length,
				'',
				'<=',
				0
			);
			note('Embedded: longest task, host or story', Math.max(0, ...host, ...frame), 'ms');
		}
		// 5. The story's media: what they weigh, what the first screen and each picture cost.
		const media = mediaSizes(build);
		if (media.files > 0 && story.file) {
			note('Media written by the build (files)', media.files, '');
			note('Media weight: every rendition, video, sound, track', media.bytes / 1024, 'KB');
			note('Of it, pictures (every rendition of each)', media.pictures / 1024, 'KB');
			note('Media in the offline copy (files)', media.offlineFiles, '');
			note('Media in the offline copy', media.offlineBytes / 1024, 'KB');
			const screens = await mediaOnScreens(url, build);
			for (const screen of screens) {
				const { atOnce, pictures, pictureBytes } = screen.firstScreen;
				// The first screen's picture is fetched at once and first, and no other: the rest
				// are lazy (the browser's look-ahead fetches those near the screen, at low
				// priority) and a video's poster waits at low priority too.
				record(
					`Pictures fetched at once for the first screen, ${screen.label}`,
					atOnce.length,
					'',
					'<=',
					1
				);
				note(`Pictures fetched before the reader scrolls, ${screen.label}`, pictures.length, '');
				note(`Of them, bytes, ${screen.label}`, pictureBytes / 1024, 'KB');
			}
			printPictureCosts(storyPictures(story.file), screens);
		}
	} finally {
		server.close();
	}
	note('MapLibre and its worker (gzip, fetched after first paint)', sizes.maplibreKB, 'KB');
	note('Later events, fetched once the page is live (gzip)', sizes.laterKB, 'KB');
	note('Static maps (one per distinct view, and the overview)', sizes.staticMaps, '');
	note('Offline copy (what the service worker stores)', sizes.offlineMB, 'MB');
	measured.push({ label: story.label, events: story.events, figures });
	printFigures(story.label, figures);
}

printGrowth(measured);

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(measured, null, 1));
const missed = measured.flatMap((s) =>
	s.figures.filter((r) => !r.ok).map((r) => `${s.label}: ${r.name}`)
);
console.log(
	missed.length
		? `\n${missed.length} target(s) missed:\n${missed.join('\n')}`
		: '\nEvery target met.'
);
process.exit(missed.length ? 1 : 0);
