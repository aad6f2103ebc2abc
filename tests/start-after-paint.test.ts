import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkStartsAfterPaint, startAfterFirstPaint } from '$lib/server/start-after-paint';

const hash = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// The shape of SvelteKit 2's start-up script, as prerendered, to check each way it could
// change. e2e/start-up.spec.ts checks the rewrite of the real one, in the built page.
const kitScript = `
	{
		__sveltekit_abc = { base: new URL(".", location).pathname.slice(0, -1) };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("./_app/immutable/entry/start.js"),
			import("./_app/immutable/entry/app.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2] });
		});
	}
`;
const page = (script: string, csp = hash(script)) =>
	`<head><meta http-equiv="content-security-policy" content="script-src 'self' ${csp}"></head>` +
	`<body><div><script>${script}</script></div></body>`;

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

describe('starting the app after the first paint', () => {
	const scripts = ['./_app/immutable/entry/start.js', './_app/immutable/chunks/a.js'];
	const html = startAfterFirstPaint(page(kitScript), scripts);
	const script = scriptOf(html);

	it('waits for the first contentful paint before importing anything', () => {
		const waitAt = script.indexOf("getEntriesByName('first-contentful-paint')");
		expect(waitAt).toBeGreaterThan(-1);
		expect(waitAt).toBeLessThan(script.indexOf('import('));
		// Where paint timing is missing it starts at once; where it is there, a late paint is
		// waited for (3 s at most: a background tab paints only when shown).
		expect(script).toMatch(/setTimeout\(painted, types\.indexOf\('paint'\) < 0 \? 0 : 3000\)/);
	});

	it('imports the scripts Kit would have preloaded, after the paint, adding no links', () => {
		expect(script).toContain(JSON.stringify(scripts));
		const list = script.indexOf(JSON.stringify(scripts));
		expect(list).toBeGreaterThan(script.indexOf('first-contentful-paint'));
		// Each of them imported, before Kit's own imports: one request each, none a DOM link.
		expect(script.indexOf('import(href)', list)).toBeGreaterThan(list);
		expect(script.indexOf('import(href)')).toBeLessThan(script.indexOf('import("./_app'));
		expect(script).not.toContain('modulepreload');
		expect(script).not.toContain('createElement');
	});

	it('keeps both of Kit’s imports and its start call', () => {
		expect(script).toContain('import("./_app/immutable/entry/start.js")');
		expect(script).toContain('import("./_app/immutable/entry/app.js")');
		expect(script).toContain('kit.start(app, element');
	});

	it('names the new script’s hash in the CSP, and drops the old one', () => {
		expect(html).toContain(hash(script));
		expect(html).not.toContain(hash(kitScript));
	});

	it('parses as JavaScript', () => {
		expect(() => new Function(script.replace(/import\(/g, 'Promise.resolve('))).not.toThrow();
	});
});

describe('the page data the script carries', () => {
	it('passes through untouched, even where it reads like a replacement pattern', () => {
		// String.replace would expand these in a replacement string.
		const data = `data: [{ type: "data", data: { note: "$& $' $\` $$ $1" } }]`;
		const withData = kitScript.replace('node_ids: [0, 2]', (ids) => `${ids}, ${data}`);
		const html = startAfterFirstPaint(page(withData));
		const script = scriptOf(html);
		expect(script).toContain(data);
		expect(html).toContain(hash(script));
	});
});

describe('a start-up script it does not know fails the build', () => {
	const cases: [string, string][] = [
		['an attribute added', page(kitScript).replace('<script>', '<script type="module">')],
		['the start call renamed', page(kitScript.replace('kit.start(', 'kit.boot('))],
		[
			'imports not in Promise.all',
			page(kitScript.replace('Promise.all([', 'Promise.allSettled(['))
		],
		[
			'a single bundle',
			page(`{ __sveltekit_abc = {}; import("./_app/immutable/bundle.js").then((m) => m.start()); }`)
		],
		[
			'a second script that starts the app',
			page(kitScript).replace(
				'</body>',
				'<script type="module" src="./_app/immutable/entry/start.js"></script></body>'
			)
		],
		[
			'scripts preloaded with the HTML',
			page(kitScript).replace(
				'</head>',
				'<link rel="modulepreload" href="./_app/immutable/entry/start.js"></head>'
			)
		]
	];
	for (const [change, html] of cases)
		it(`: ${change}`, () => expect(() => startAfterFirstPaint(html)).toThrow(/SvelteKit/));

	it('and a page left unrewritten fails its check', () => {
		expect(() => checkStartsAfterPaint(page(kitScript))).toThrow(/first paint/);
		expect(() => checkStartsAfterPaint(startAfterFirstPaint(page(kitScript)))).not.toThrow();
	});
});

describe('pages it cannot or need not rewrite', () => {
	it('leaves a page without Kit’s start-up script alone', () => {
		const plain = '<body><script>console.log(1)</script></body>';
		expect(startAfterFirstPaint(plain)).toBe(plain);
	});

	it('rewrites a page without a CSP (the dev server’s) and adds none', () => {
		const bare = `<body><div><script>${kitScript}</script></div></body>`;
		const html = startAfterFirstPaint(bare);
		expect(html).toContain('first-contentful-paint');
		expect(html).not.toContain('sha256-');
	});

	it('fails the build when the CSP does not name the script', () => {
		expect(() => startAfterFirstPaint(page(kitScript, "'sha256-other'"))).toThrow(/does not name/);
	});
});
