import { createHash } from 'node:crypto';

/*
 * SvelteKit's start-up script imports the app as soon as it is parsed, and its
 * <link rel="modulepreload"> tags fetch every script with the HTML. On a fast line those
 * scripts, and the hydration they run, land before the browser's first frame, so the
 * text waits for them. Here nothing is fetched until the first contentful paint: the
 * story's text paints from the HTML alone, then the scripts are preloaded together and
 * the app starts, one task after they are evaluated. The script's hash in the
 * Content-Security-Policy is updated to match.
 */

/** Resolves once the page has painted its text, or after half a second where paint timing is missing. */
const FIRST_PAINT = `new Promise(function (painted) {
	var timer = setTimeout(painted, 500);
	try {
		new PerformanceObserver(function (list, observer) {
			if (!list.getEntriesByName('first-contentful-paint').length) return;
			observer.disconnect();
			clearTimeout(timer);
			painted();
		}).observe({ type: 'paint', buffered: true });
	} catch (e) {}
})`;

/** Preloads the page's scripts at once, rather than one import chain at a time. */
const preloadScripts = (scripts: readonly string[]) => `function () {
	${JSON.stringify(scripts)}.forEach(function (href) {
		var link = document.createElement('link');
		link.rel = 'modulepreload';
		link.href = href;
		document.head.appendChild(link);
	});
}`;

/** Passes the modules on in a new task, so evaluating them and starting the app are two shorter tasks. */
const NEXT_TASK = `function (modules) {
	return new Promise(function (next) { setTimeout(next, 0, modules); });
}`;

/** Kit's import of its start and app modules: `Promise.all([import("…"), import("…")])`. */
const KIT_IMPORTS = /Promise\.all\(\[\s*(?:import\("[^"]+"\),?\s*)+\]\)/;
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/**
 * Rewrites a rendered page so that its scripts load after the first paint. `scripts` are
 * the ones SvelteKit would have preloaded. Pages without Kit's start-up script pass
 * through; a start-up script of an unknown shape, or a CSP that does not name it, fails
 * the build rather than silently shipping a slower (or broken) page.
 */
export function startAfterFirstPaint(html: string, scripts: readonly string[] = []): string {
	const start = [...html.matchAll(INLINE_SCRIPT)].find(([, body]) => body!.includes('kit.start('));
	if (!start) return html;
	const body = start[1]!;
	if (!KIT_IMPORTS.test(body))
		throw new Error(
			"startAfterFirstPaint: SvelteKit's start-up script no longer imports with Promise.all([import(…)]); update src/lib/server/start-after-paint.ts"
		);
	const deferred = body.replace(
		KIT_IMPORTS,
		(imports) =>
			`${FIRST_PAINT}.then(${preloadScripts(scripts)}).then(function () { return ${imports}; }).then(${NEXT_TASK})`
	);
	const rewritten = html.replace(start[0], `<script>${deferred}</script>`);
	// The dev server sends no CSP; a built page's CSP must name the script it allows.
	if (!/http-equiv="content-security-policy"/i.test(html)) return rewritten;
	const oldHash = `'sha256-${sha256(body)}'`;
	if (!html.includes(oldHash))
		throw new Error(
			"startAfterFirstPaint: the Content-Security-Policy does not name the start-up script's hash"
		);
	return rewritten.replace(oldHash, `'sha256-${sha256(deferred)}'`);
}
