import { createHash } from 'node:crypto';

/*
 * SvelteKit's start-up script imports the app as soon as it is parsed, and its
 * <link rel="modulepreload"> tags fetch every script with the HTML. On a fast line those
 * scripts, and the hydration they run, land before the browser's first frame, so the
 * text waits for them. Here nothing is fetched until the first contentful paint: the
 * story's text paints from the HTML alone, then the scripts are preloaded together and
 * the app starts, one task after they are evaluated. The script's hash in the
 * Content-Security-Policy is updated to match.
 *
 * SvelteKit has no option for this, so the rewrite depends on the shape of its private
 * inline script (checked with @sveltejs/kit 2.70.4, pinned in package.json). Whatever
 * changes, a page that would still start the app before the first paint fails the build:
 * the rewritten page is checked for any other script that starts or fetches the app.
 */

/**
 * Resolves once the page has painted its text. Where paint timing is missing it resolves
 * at once; where it is there, a slow device's (or a busy machine's) late first paint is
 * still waited for, but for 3 s at most: a tab opened in the background paints only
 * when it is shown.
 */
const FIRST_PAINT = `new Promise(function (painted) {
	var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
	var timer = setTimeout(painted, types.indexOf('paint') < 0 ? 0 : 3000);
	try {
		new PerformanceObserver(function (list, observer) {
			if (!list.getEntriesByName('first-contentful-paint').length) return;
			observer.disconnect();
			clearTimeout(timer);
			painted();
		}).observe({ type: 'paint', buffered: true });
	} catch (e) {}
})`;

/**
 * Fetches the page's scripts at once, rather than one import chain at a time: imported,
 * not linked as `modulepreload`. Each link a script adds costs the main thread a request
 * of its own in the task after the first paint (about 1 ms each on a phone); an import
 * is the module loader's, as are the imports the scripts make (vite.config.ts turns off
 * Vite's own preload links for the same reason). A failure here is Kit's to report.
 */
const preloadScripts = (scripts: readonly string[]) => `function () {
	${JSON.stringify(scripts)}.forEach(function (href) {
		import(href).catch(function () {});
	});
}`;

/** Passes the modules on in a new task, so evaluating them and starting the app are two shorter tasks. */
const NEXT_TASK = `function (modules) {
	return new Promise(function (next) { setTimeout(next, 0, modules); });
}`;

/** Kit's import of its start and app modules: `Promise.all([import("…"), import("…")])`. */
const KIT_IMPORTS = /Promise\.all\(\[\s*(?:import\("[^"]+"\),?\s*)+\]\)/;
/** What marks a script as SvelteKit's start-up, in any shape: its call, its globals, its files. */
const STARTS_THE_APP = /\.start\(|__sveltekit_|_app\/immutable\//;
/** Every script element, whatever its attributes: [whole, attributes, body]. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** The scripts of a page that start or fetch the app. */
const startersIn = (html: string) =>
	[...html.matchAll(SCRIPT)].filter(
		([, attributes = '', body = '']) => STARTS_THE_APP.test(attributes) || STARTS_THE_APP.test(body)
	);

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

const fail = (why: string) => {
	throw new Error(
		`startAfterFirstPaint: ${why}. SvelteKit's start-up script has changed: update src/lib/server/start-after-paint.ts`
	);
};

/**
 * Rewrites a whole rendered page so that its scripts load after the first paint. `scripts`
 * are the ones SvelteKit would have preloaded. Pages that start no app pass through; a
 * start-up script of an unknown shape, a page that would still fetch or start the app
 * before the first paint, or a CSP that does not name the script fails the build rather
 * than silently shipping a slower (or broken) page.
 */
export function startAfterFirstPaint(html: string, scripts: readonly string[] = []): string {
	const starters = startersIn(html);
	if (starters.length === 0) {
		if (/rel="?modulepreload/i.test(html)) fail('the page preloads scripts but has no start-up');
		return html;
	}
	if (starters.length > 1) fail(`the page has ${starters.length} scripts that start the app`);
	const [start, attributes = '', body = ''] = starters[0]!;
	if (attributes.trim() !== '') fail(`the start-up script has attributes (${attributes.trim()})`);
	if (!body.includes('.start(') || !KIT_IMPORTS.test(body))
		fail('the start-up script no longer imports with Promise.all([import(…)]) and calls start(');

	// Replacer functions throughout: the script carries the page's serialised data, in
	// which `$&`, `$'` or `$$` must stay as they are.
	const deferred = body.replace(
		KIT_IMPORTS,
		(imports) =>
			`${FIRST_PAINT}.then(${preloadScripts(scripts)}).then(function () { return ${imports}; }).then(${NEXT_TASK})`
	);
	let rewritten = html.replace(start, () => `<script>${deferred}</script>`);
	// The dev server sends no CSP; a built page's CSP must name the script it allows.
	if (/http-equiv="content-security-policy"/i.test(html)) {
		const oldHash = `'sha256-${sha256(body)}'`;
		if (!html.includes(oldHash))
			fail("the Content-Security-Policy does not name the start-up script's hash");
		rewritten = rewritten.replace(oldHash, () => `'sha256-${sha256(deferred)}'`);
	}
	checkStartsAfterPaint(rewritten);
	return rewritten;
}

/**
 * The rewritten page's own check: exactly one script starts the app, it waits for the
 * first paint before it imports anything, and nothing else fetches the app's scripts.
 */
export function checkStartsAfterPaint(html: string): void {
	const starters = startersIn(html);
	if (starters.length !== 1) fail(`the rewritten page has ${starters.length} start-up scripts`);
	const [, attributes = '', body = ''] = starters[0]!;
	const waits = body.indexOf("'first-contentful-paint'");
	const imports = body.indexOf('import(');
	if (attributes.trim() !== '' || waits < 0 || imports < waits)
		fail('the rewritten start-up script does not wait for the first paint');
	if (/rel="?modulepreload/i.test(html)) fail('the rewritten page still preloads scripts');
}
