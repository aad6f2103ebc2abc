import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { chromium, test, type Browser } from '@playwright/test';
import type { Story } from '../src/lib/story/types';
import { britishChromiumLaunchOptions } from '../tools/browser.js';
import { BUILT_IN_STORY } from '../tools/story/files.js';
import { readerActions } from './soak/actions';
import { checkAndFollow, VIEWPORTS, type Model, type Real, type ViewportName } from './soak/model';
import { readChapters, readSteps, settle, STEPS, watchContext } from './soak/reader-page';

/**
 * Random reader actions against the built site, checked after each one against a model
 * of what the reader should see (README: "Proof that the page never contradicts the
 * reader"). `npm run soak -- --actions 1000 --seed N` plays a long one; the suite plays
 * a few fixed seeds. A failure names its seed, its path and the shrunk list of actions.
 */

const env = process.env;
/**
 * Seeds the suite plays every time, and how many actions each: about 50 in all, to keep
 * `npm test` short; `npm run soak` plays the long runs (1,000 actions a seed).
 */
const SUITE = { seeds: [1, 2], actions: 25 };
/** Most actions in one tab: Chromium keeps 50 history entries, and short runs shrink faster. */
const PER_TAB = Number(env.SOAK_PER_TAB ?? 40);
/** How long to look for a shorter failing sequence once one has failed. */
const SHRINK_MS = Number(env.SOAK_SHRINK_MINUTES ?? 5) * 60_000;
/** Typing dates can be left out (SOAK_TYPING=0) while the field's own fix is under way. */
const TYPING = env.SOAK_TYPING !== '0';
/** Reloads mid-story can be left out (SOAK_RELOAD=0), to tell a reload's failure from others. */
const RELOAD = env.SOAK_RELOAD !== '0';

/**
 * The story soaked (SOAK_STORY, built and served by `npm run soak -- --story`): the
 * built-in one, whose days the date actions read (e2e/story.ts), or a tour, whose
 * chapter ids the chapter links are made of. Its events have no dates.
 */
const CHAPTERS = (() => {
	const file = resolve(env.SOAK_STORY ?? BUILT_IN_STORY);
	if (file === BUILT_IN_STORY) return undefined;
	const story = JSON.parse(readFileSync(file, 'utf8')) as Story;
	if (story.events.some((event) => event.date !== undefined))
		throw new Error(
			`${env.SOAK_STORY} is dated: the soak's date actions read the built-in story alone (e2e/story.ts)`
		);
	return story.events.map((event) => event.id);
})();
const TOUR = CHAPTERS !== undefined;

/**
 * A date field's order follows the browser's own language, not the page's locale: a
 * British reader's tabs run in a British Chromium, launched when first needed.
 */
function browsers(american: Browser) {
	let british: Promise<Browser> | undefined;
	return {
		for: (locale: 'en-US' | 'en-GB') =>
			locale === 'en-US'
				? Promise.resolve(american)
				: (british ??= chromium.launch(britishChromiumLaunchOptions)),
		close: async () => (await british)?.close()
	};
}

async function play(american: Browser, baseURL: string, seed: number, target: number) {
	const browser = browsers(american);
	let played = 0;
	let tabs = 0;
	let failedAt: number | null = null;
	const setups = fc.record({
		viewport: fc.constantFrom(...(Object.keys(VIEWPORTS) as ViewportName[])),
		locale: fc.constantFrom('en-US' as const, 'en-GB' as const),
		motion: fc.constantFrom('no-preference' as const, 'reduce' as const)
	});
	const actions = fc.commands(
		readerActions({ typing: TYPING, reload: RELOAD, chapters: CHAPTERS }),
		{
			maxCommands: Math.min(PER_TAB, target),
			size: 'max',
			// Which commands of the failing run were played: without it a path cannot be replayed.
			replayPath: env.SOAK_REPLAY
		}
	);

	const property = fc.asyncProperty(setups, actions, async (setup, sequence) => {
		// Enough actions played; or, once shrinking has had its time, report the shortest so far.
		if (failedAt === null && played >= target) return;
		if (failedAt !== null && Date.now() - failedAt > SHRINK_MS) return;
		const context = await (
			await browser.for(setup.locale)
		).newContext({
			baseURL,
			viewport: VIEWPORTS[setup.viewport],
			locale: setup.locale,
			reducedMotion: setup.motion,
			hasTouch: true
		});
		context.setDefaultTimeout(30_000);
		let real: Real | undefined;
		try {
			const problems = watchContext(context, new URL(baseURL).origin);
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await page.goto('/');
			const steps = TOUR ? await readChapters(page) : await readSteps(page);
			const historyLength = await page.evaluate(() => history.length);
			const model: Model = {
				steps,
				tour: TOUR,
				entries: [{ hash: '', step: steps[0]!.id }],
				index: 0,
				viewport: setup.viewport,
				locale: setup.locale,
				historyBase: historyLength - 1
			};
			real = { page, context, cdp, problems, actions: 0 };
			// The page as it opens: the first step, the map on it, nothing wrong yet.
			checkAndFollow(model, real, await settle(page, TOUR ? STEPS.tour : STEPS.dated), {
				step: steps[0]!.id,
				hashes: [''],
				notice: false
			});
			await fc.asyncModelRun(() => ({ model, real }), sequence);
			if (failedAt === null) {
				played += real.actions;
				tabs += 1;
			}
		} catch (error) {
			if (failedAt === null) played += real?.actions ?? 0;
			failedAt ??= Date.now();
			throw error;
		} finally {
			await context.close();
		}
	});

	const started = Date.now();
	const details = await fc
		.check(property, {
			seed,
			path: env.SOAK_PATH,
			numRuns: env.SOAK_PATH ? 1 : target + 10,
			endOnFailure: SHRINK_MS === 0
		})
		.finally(browser.close);
	const minutes = ((Date.now() - started) / 60_000).toFixed(1);
	if (details.failed) {
		const story = env.SOAK_STORY ? ` --story ${env.SOAK_STORY}` : '';
		const commandsRun = /replayPath="([^"]*)"/.exec(fc.stringify(details.counterexample))?.[1];
		const replay = `npm run soak --${story} --seed ${seed} --path ${details.counterexamplePath ?? '?'}${commandsRun ? ` --replay '${commandsRun}'` : ''}`;
		const error = new Error(
			`The page contradicted the reader (seed ${seed}; ${played} actions played, ${minutes} min).\n` +
				`${String(details.errorInstance)}\n\nReplay the shrunk case: ${replay}\n` +
				fc.defaultReportMessage(details)
		);
		// Said at once, not only in the final report: a long soak may have other seeds to play.
		console.error(error.message);
		throw error;
	}
	console.log(
		`soak seed ${seed}: ${played} actions in ${tabs} tabs, no inconsistency (${minutes} min)`
	);
}

const seeds = env.SOAK_SEED ? env.SOAK_SEED.split(',').map(Number) : SUITE.seeds;
const target = Number(env.SOAK_ACTIONS ?? SUITE.actions);

// A soak opens dozens of tabs: Playwright's traces of them (kept on failure) once broke a
// long run copying their files. A failure here reports its own state and actions, and
// replays from its seed and path.
test.use({ trace: 'off' });

test.describe('random reader actions', () => {
	for (const seed of seeds) {
		test(`never contradict the reader (seed ${seed}, ${target} actions)`, async ({
			browser,
			baseURL
		}) => {
			// Generous: software WebGL flies slowly; the time goes on settling, never on sleeps.
			test.setTimeout(120_000 + target * 30_000 + SHRINK_MS);
			await play(browser, baseURL!, seed, target);
		});
	}
});
