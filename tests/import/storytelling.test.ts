// Mapbox and MapLibre storytelling configs: read without running a line of them. The
// chapters become a tour; the token, styles, layers and callbacks stay behind, each named
// in the report.
import { existsSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../tools/import/index';
import { readLiteralConfig } from '../../tools/import/literal-config';
import { imported, line, refused } from './fixtures';

const { story, report, mediaFiles } = imported('storytelling/config.js');
const TOKEN = 'pk.INVENTED-TEST-TOKEN-0123456789';

describe('a Mapbox storytelling config', () => {
	it('takes title, subtitle, byline and footer', () => {
		expect(story.meta.imported).toEqual({ format: 'Mapbox storytelling', file: 'config.js' });
		expect(story.meta.title).toBe('Six Weeks to Astana');
		expect(story.meta.dek).toBe('An invented tour for tests');
		expect(story.meta.intro).toEqual([{ text: 'By **A. Reporter**', sources: ['original'] }]);
		expect(story.sources[0]).toMatchObject({
			outlet: 'By A. Reporter',
			citedAs: ['By A. Reporter']
		});
		expect(story.meta.about[1]).toBe('Source: invented. Made with a template.');
	});

	it('makes each chapter an undated event with a place and a camera', () => {
		expect(story.events.map((e) => e.id)).toEqual(['first-chapter', 'hidden-with-text', 'last']);
		const [aleppo] = story.events;
		expect(aleppo!.date).toBeUndefined();
		expect(aleppo!.body).toEqual([{ text: 'The tour *starts* here.', sources: ['original'] }]);
		expect(aleppo!.camera).toEqual({
			center: [37.16117, 36.20124],
			zoom: 8.5,
			pitch: 60,
			bearing: -43.2
		});
		expect(story.places.map((p) => [p.id, p.geonames?.name])).toEqual([
			['aleppo', 'Aleppo'],
			['homs', 'Homs'],
			['astana', 'Astana']
		]);
	});

	it('keeps the camera’s zoom as Mapbox gives it, and turns bearings into −180…180', () => {
		expect(story.events[1]!.camera).toEqual({
			center: [36.72559, 34.72405],
			zoom: 7,
			bearing: -90
		});
		expect(line(report, 'changed', 'Bearings turned').where).toEqual([
			'chapters[2] "Homs": 270 → -90'
		]);
	});

	it('drops a hidden chapter without text, and keeps one with text', () => {
		expect(line(report, 'dropped', 'Hidden chapters').where).toEqual(['chapters[1]']);
		expect(line(report, 'changed', 'Hidden chapters kept').where).toEqual(['chapters[2] "Homs"']);
		expect(story.events[1]!.mapInteractive).toBe(true);
		expect(story.events[0]!.mapInteractive).toBeUndefined();
	});

	it('copies a local image, with the headline as alt text, and asks for a credit', () => {
		expect(story.events[0]!.media).toEqual([
			{ src: 'media/harbour.jpg', alt: 'Aleppo', credit: 'Not credited in config.js' }
		]);
		expect(mediaFiles).toEqual([{ from: 'images/harbour.jpg', to: 'media/harbour.jpg' }]);
		line(report, 'changed', 'Alt text taken from the headline');
		expect(story.events[1]!.media).toEqual([
			{ src: 'https://example.org/homs.jpg', credit: 'Not credited in config.js' }
		]);
		expect(line(report, 'dropped', 'Local media not found').where).toEqual([
			'chapters[3] "Astana": image: images/missing.jpg'
		]);
	});

	it('never copies the access token, into the story or the report', () => {
		expect(JSON.stringify(story)).not.toContain('INVENTED-TEST-TOKEN');
		expect(formatReport(report)).not.toContain('INVENTED-TEST-TOKEN');
		expect(line(report, 'dropped', 'An access token (not copied)').where).toEqual([]);
	});

	it('removes the token from an address, and refuses the file where it would be copied', () => {
		const stripped = imported('storytelling/config.js', (text) =>
			text.replace('./images/harbour.jpg', `https://api.example/a.jpg?access_token=${TOKEN}`)
		);
		expect(stripped.story.events[0]!.media![0]!.src).toBe('https://api.example/a.jpg');
		// Removed as the file was read: the report names the config's line.
		expect(line(stripped.report, 'dropped', 'Credentials').where).toEqual([
			'line 24: the access_token parameter'
		]);
		// Anywhere else the token is not a credential's shape (this one is not Mapbox's).
		const problems = refused('storytelling/config.js', (text) =>
			text.replace('./images/harbour.jpg', `https://api.example/a.jpg?v=${TOKEN}`)
		);
		expect(problems).toEqual([
			'config.js: accessToken appears elsewhere in the file too (in an address, perhaps): it would be copied into the story or its report; remove it there and import again'
		]);
		expect(problems.join('\n')).not.toContain(TOKEN);
		// A callback is quoted in the report, shortened: even part of the token refuses the file.
		const long = `${TOKEN}-${'x'.repeat(60)}`;
		const quoted = refused('storytelling/config.js', (text) =>
			text.replaceAll(TOKEN, long).replace("callback: 'showLegend'", `callback: '${long}'`)
		);
		expect(quoted).toHaveLength(1);
	});

	it('names the layers whose opacities it drops', () => {
		expect(line(report, 'dropped', 'Layer opacities').where).toEqual([
			'chapters[0] "Aleppo": onChapterEnter "front-lines", "airstrikes", onChapterExit "front-lines"'
		]);
	});

	it('warns about an alignment the template does not accept, naming the chapter', () => {
		const warning = line(report, 'dropped', 'Warning: alignment values');
		expect(warning.text).toContain('the default is used');
		expect(warning.where).toEqual(['chapters[2] "Homs": "fully"']);
		expect(line(report, 'dropped', 'Text alignment').where).toEqual([]);
	});

	it('reports the style, callbacks, animations and settings it drops, saying why', () => {
		expect(line(report, 'dropped', 'The map style').where).toEqual([
			'a hosted Mapbox style (mapbox://…)'
		]);
		expect(line(report, 'dropped', 'Callbacks').where).toEqual([
			'chapters[0] "Aleppo": "showLegend"'
		]);
		expect(line(report, 'dropped', 'Map animations').where).toEqual([
			'chapters[0] "Aleppo": rotateAnimation true'
		]);
		expect(line(report, 'dropped', 'Flight settings').where).toEqual([
			'chapters[0] "Aleppo": location.speed'
		]);
		for (const [start, keys] of [
			['Marker settings', ['showMarkers', 'markerColor']],
			['Theme and logo', ['theme']],
			['3D terrain', ['use3dTerrain']],
			['The projection', ['projection']],
			['The inset map', ['inset']],
			['Automatic advance', ['auto']]
		] as const)
			expect(line(report, 'dropped', start).where).toEqual(keys);
		// A chapter's own id is kept, so a link to it (#first-chapter) still works.
		expect(line(report, 'changed', 'Chapter ids kept').where[0]).toBe(
			'chapters[0] "Aleppo": first-chapter'
		);
	});
});

describe('other ways to give a config', () => {
	it('reads a MapLibre config: a local style, a coordinate given as a string', () => {
		const { story: s, report: r } = imported('storytelling/maplibre-config.js');
		expect(s.meta.imported.format).toBe('MapLibre storytelling');
		expect(s.places[0]).toMatchObject({
			lon: 6.14569,
			lat: 46.20222,
			geonames: { name: 'Geneva' }
		});
		expect(line(r, 'dropped', 'The map style').where).toEqual(['a style file beside the config']);
		expect(line(r, 'changed', 'Numbers given as strings').where).toEqual([
			'chapters[0] "Geneva": location.center[0]'
		]);
	});

	it('reads window.config = …, with a plain template literal', () => {
		const { story: s, report: r } = imported('storytelling/window-config.js');
		expect(s.meta.title).toBe('A template literal title');
		expect(r.dropped.some((l) => l.text.startsWith('Code outside'))).toBe(false);
	});

	it('reads export default { … }', () => {
		expect(imported('storytelling/module-config.mjs').story.meta.title).toBe('A module config');
	});

	it('refuses a file with no config object, or one made by code', () => {
		expect(refused('storytelling/no-config.js')).toEqual([
			'no-config.js: has no `var config = { … }` (nor `window.config = …` or `export default { … }`) to read'
		]);
		expect(refused('storytelling/called-config.js')).toEqual([
			'called-config.js: line 3: config is a call to makeConfig(…), not an object literal; the importer reads only literal values and runs nothing'
		]);
	});

	it('refuses a file that is not JavaScript', () => {
		expect(refused('storytelling/no-config.js', () => 'var config = {')[0]).toMatch(
			/^no-config\.js: cannot be read as JavaScript: Unexpected token \(1:/
		);
	});

	it('refuses, without crashing, nesting deep enough to exhaust a parser', () => {
		const deep = `var config = ${'['.repeat(200_000)}${']'.repeat(200_000)};`;
		expect(refused('storytelling/no-config.js', () => deep)[0]).toMatch(/^no-config\.js: /);
	});
});

describe('a hostile config', () => {
	const marker = 'hostile-config-ran.txt';
	const global = globalThis as { __importedConfigRan?: string };
	let result: ReturnType<typeof imported>;

	beforeAll(() => {
		rmSync(marker, { force: true });
		delete global.__importedConfigRan;
		result = imported('storytelling/hostile-config.js');
	});
	afterAll(() => rmSync(marker, { force: true }));

	it('runs nothing: no global set, no file written, the process still here', () => {
		expect(global.__importedConfigRan).toBeUndefined();
		expect(existsSync(marker)).toBe(false);
		expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
	});

	it('takes only literal values', () => {
		expect(result.story.meta.title).toBe('hostile-config');
		expect(result.story.meta.intro).toEqual([{ text: 'An honest byline', sources: ['original'] }]);
		expect(result.story.events).toHaveLength(1);
		expect(result.story.events[0]!.body[0]!.text).toBe('Invented words.');
		expect(result.story.events[0]!.media).toBeUndefined();
		expect(JSON.stringify(result.story)).not.toMatch(/evil|Stolen|computed value|sneaky|polluted/);
	});

	it('lists what it did not read, by path', () => {
		expect(line(result.report, 'dropped', 'Functions, getters and setters').where).toEqual([
			'title: a getter',
			'chapters[0].callback: a function',
			'chapters[0].onChapterEnter: a function',
			'chapters[0].method: a function'
		]);
		expect(line(result.report, 'dropped', 'Values that are not literals').where).toEqual([
			'accessToken: a name (process.env.MAPBOX_TOKEN)',
			'subtitle: a template literal with expressions',
			'config[…]: a computed key',
			'config: a spread (...)',
			'__proto__: a __proto__ key',
			'footer: a call to String(…)',
			'chapters[0].image: a name ((…).href)'
		]);
	});

	it('lists the code outside the config by line, quoting no values', () => {
		expect(line(result.report, 'dropped', 'Code outside the config object').where).toEqual([
			'line 5: an assignment to globalThis.__importedConfigRan',
			'line 6: a call to fetch(…)',
			'line 7: a call to require(…).writeFileSync(…)',
			'line 8: a call to process.exit(…)',
			'line 9: a declaration of key',
			'line 10: a declaration of other',
			'line 40: an assignment to config.title'
		]);
		expect(formatReport(result.report)).not.toContain('evil.example');
	});
});

describe('readLiteralConfig', () => {
	it('reads literals: strings, numbers, negative numbers, booleans, null, lists, objects', () => {
		const read = readLiteralConfig(
			"var config = { a: 'x', b: -1.5, c: +2, d: true, e: null, f: [1, 'y'], g: { h: `t` }, 'i-j': 3 };"
		);
		expect(read.config).toEqual({
			a: 'x',
			b: -1.5,
			c: 2,
			d: true,
			e: null,
			f: [1, 'y'],
			g: { h: 't' },
			'i-j': 3
		});
		expect(read.skipped).toEqual([]);
	});

	it('keeps a list’s length when an element is not literal', () => {
		const read = readLiteralConfig('var config = { center: [lng, 51.2] };');
		expect(read.config).toEqual({ center: [null, 51.2] });
		expect(read.skipped).toEqual([{ path: 'center[0]', what: 'a name (lng)' }]);
	});

	it('reads none of a regular expression, a BigInt or an arrow function', () => {
		const read = readLiteralConfig('var config = { a: /x/, b: 1n, c: () => 1 };');
		expect(read.config).toEqual({});
		expect(read.skipped.map((s) => s.what)).toEqual([
			'a regular expression',
			'a BigInt',
			'a function'
		]);
	});
});
