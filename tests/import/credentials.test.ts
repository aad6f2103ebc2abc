// Credentials in imported files (issue 28, "Tokens copied"): keys, tokens and signatures
// never reach a story, its report or a fetch, wherever the file repeats them. The tokens
// here are invented, in the services' shapes.
import { describe, expect, it } from 'vitest';
import {
	isCredentialParameter,
	REMOVED,
	scrubText,
	scrubTree,
	stripCredentials
} from '../../tools/import/credentials';
import { formatReport } from '../../tools/import/index';
import { imported, line } from './fixtures';

const MAPBOX = 'pk.eyJ1IjoiaW52ZW50ZWQiLCJhIjoiY2tpbnZlbnRlZDAwMSJ9.InventedSignature_0123';
const GOOGLE = 'AIzaSyInvented-0123456789abcdefghijklmno';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJpbnZlbnRlZCJ9.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV';

describe('credentials in a string', () => {
	it.each([
		['https://a.org/x.jpg?access_token=abc', 'https://a.org/x.jpg'],
		['https://a.org/x.jpg?w=600&access_token=abc&h=400', 'https://a.org/x.jpg?w=600&h=400'],
		['https://a.org/x.jpg?access_token=abc&w=600', 'https://a.org/x.jpg?w=600'],
		['https://a.org/x.jpg?w=600&Access-Token=abc', 'https://a.org/x.jpg?w=600'],
		[
			`https://maps.googleapis.com/maps/api/staticmap?center=1,2&key=${GOOGLE}`,
			'https://maps.googleapis.com/maps/api/staticmap?center=1,2'
		],
		[
			'https://s3.amazonaws.com/b/x.jpg?X-Amz-Credential=A%2F1&X-Amz-Signature=ff&v=2',
			'https://s3.amazonaws.com/b/x.jpg?v=2'
		],
		['https://c.net/x.jpg?Key-Pair-Id=K1&Signature=abc&Policy=p', 'https://c.net/x.jpg?Policy=p'],
		['https://a.org/cb#access_token=abc&state=1', 'https://a.org/cb#state=1'],
		['https://a.org/x?api%5Fkey=abc', 'https://a.org/x'],
		['https://a.org/x?mapbox_token=abc&client-secret=s&password=p', 'https://a.org/x'],
		[
			'See [the map](https://a.org/m?key=abc) and more.',
			'See [the map](https://a.org/m) and more.'
		],
		['https://ann:hunter2@a.org/x.jpg', 'https://a.org/x.jpg']
	])('%s loses its credentials', (given, expected) => {
		expect(scrubText(given).text).toBe(expected);
	});

	it.each([
		['a Mapbox token', `Use ${MAPBOX} here`],
		['a Mapbox token', `https://api.mapbox.com/styles/v1/${MAPBOX.replace('pk', 'sk')}/x`],
		['a JSON Web Token', `Bearer ${JWT}`],
		['a Google API key', `key ${GOOGLE}.`],
		['a GitHub token', `ghp_${'a1B2'.repeat(9)}`],
		['an AWS access key', 'id AKIAINVENTEDEXAMPLE1 end'],
		['a Slack token', 'xoxb-1234567890-invented'],
		['a Stripe key', `sk_live_${'x9'.repeat(12)}`],
		['a private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIinvented\n-----END RSA PRIVATE KEY-----']
	])('%s is replaced wherever it is', (kind, given) => {
		const { text, found } = scrubText(given);
		expect(found).toEqual([kind]);
		expect(text).toContain(REMOVED);
		expect(text).not.toMatch(/pk\.eyJ|sk\.eyJ|eyJzdWIi|AIza|ghp_|AKIA|xoxb|sk_live|MIIinvented/);
	});

	it('removes a parameter of any name that holds a token, and names it by shape', () => {
		expect(scrubText(`https://a.org/x.png?style=dark&t=${MAPBOX}`)).toEqual({
			text: 'https://a.org/x.png?style=dark',
			found: ['a Mapbox token']
		});
	});

	it('leaves addresses and prose without credentials alone', () => {
		for (const text of [
			'https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s',
			'https://drive.google.com/uc?id=10YmjqDEEThebdRQ1Ws2J5PRpDXbFDjTL',
			'https://www.google.com/maps/place/Northwestern+University/@42.056459,-87.675267,17z',
			'Who holds the key? The monkey=no & the keyboard=yes.',
			'eyJ alone, pk.eyJ short, AKIA lowercase akiaINVENTEDEXAMPLE1',
			'mailto:a@b.org and a@b.org'
		])
			expect(scrubText(text)).toEqual({ text, found: [] });
		expect(
			['token', 'KEY', 'X-Amz-Date', 'x.goog.signature', 'maps_api_key'].map(isCredentialParameter)
		).toEqual([true, true, true, true, true]);
		expect(['v', 't', 'keyboard', 'monkey', 'id', 'style'].some(isCredentialParameter)).toBe(false);
	});

	it('cleans hostile megabyte strings, every token in them found', { timeout: 20_000 }, () => {
		// Shaped to make a backtracking pattern go quadratic: each finishes only if linear.
		const cases = [
			'eyJ'.repeat(400_000),
			`${'eyJaaaaaaaaaa.'.repeat(80_000)}`,
			'?'.repeat(1_000_000),
			'&a'.repeat(500_000),
			'pk.eyJ'.repeat(200_000),
			'https://'.repeat(150_000),
			'xoxb-'.repeat(250_000)
		];
		for (const text of cases) expect(scrubText(text).text.length).toBeGreaterThan(0);
		const many = `${MAPBOX} `.repeat(10_000);
		const { text } = scrubText(many);
		expect(text).toBe(`${REMOVED} `.repeat(10_000));
		expect(stripCredentials(`https://a.org/?${'k=v&'.repeat(100_000)}key=x`).url).toBe(
			`https://a.org/?${'k=v&'.repeat(100_000)}`.slice(0, -1)
		);
	});

	it('cleans every string of a tree in place, saying where', () => {
		const tree = { a: [{ b: `x?token=1` }, 'plain'], c: { d: MAPBOX } };
		const seen: string[] = [];
		scrubTree(tree, (path, found) => seen.push(`${path.join('.')}: ${found.join(', ')}`));
		expect(tree).toEqual({ a: [{ b: 'x' }, 'plain'], c: { d: REMOVED } });
		expect(seen).toEqual(['a.0.b: the token parameter', 'c.d: a Mapbox token']);
	});
});

describe('credentials in imported files (issue 28: tokens copied)', () => {
	it('a storytelling config: a token in a const, repeated in a chapter’s static-image address', () => {
		const { story, report } = imported('storytelling/config.js', (text) =>
			text
				.replace("accessToken: 'pk.INVENTED-TEST-TOKEN-0123456789'", 'accessToken: TOKEN')
				.replace('var config', `const TOKEN = '${MAPBOX}';\nvar config`)
				.replace(
					'./images/harbour.jpg',
					`https://api.mapbox.com/styles/v1/mapbox/streets-v11/static/37,36,9/600x400?access_token=${MAPBOX}`
				)
				.replace("callback: 'showLegend'", `callback: 'showLegend', description: 'Token ${MAPBOX}'`)
		);
		const written = JSON.stringify(story) + formatReport(report);
		expect(written).not.toContain('pk.eyJ');
		expect(written).not.toContain('InventedSignature');
		expect(story.events[0]!.media![0]!.src).toBe(
			'https://api.mapbox.com/styles/v1/mapbox/streets-v11/static/37,36,9/600x400'
		);
		expect(line(report, 'dropped', 'Credentials').where).toEqual([
			'line 3: a Mapbox token',
			'line 25: the access_token parameter',
			'line 30: a Mapbox token'
		]);
		line(report, 'beforePublishing', 'The imported file holds credentials');
	});

	it('TimelineJS media addresses with access_token= or a Google key=', () => {
		const { story, report } = imported('timelinejs/timeline.json', (text) =>
			text
				.replace(
					'http://example.org/cover.jpg',
					`https://example.org/cover.jpg?access_token=${JWT}`
				)
				.replace(
					'https://www.instagram.com/p/invented/',
					`https://maps.googleapis.com/maps/api/staticmap?size=600x400&key=${GOOGLE}`
				)
		);
		const written = JSON.stringify(story) + formatReport(report);
		for (const secret of [JWT, GOOGLE, 'eyJ', 'AIza']) expect(written).not.toContain(secret);
		const sources = [
			...(story.meta.media ?? []),
			...story.events.flatMap((e) => e.media ?? [])
		].map((m) => m.src);
		expect(sources).toContain('https://example.org/cover.jpg');
		expect(sources).toContain('https://maps.googleapis.com/maps/api/staticmap?size=600x400');
		expect(line(report, 'dropped', 'Credentials').where).toEqual([
			'title.media.url: the access_token parameter',
			'events[6].media.url: the key parameter'
		]);
	});

	it('StoryMapJS media and text', () => {
		const { story, report } = imported('storymapjs/storymap.json', (text) =>
			text
				.replace(
					/"url": "(https?:[^"]+)"/,
					`"url": "$1?X-Amz-Signature=f00d&X-Amz-Credential=AKIAINVENTEDEXAMPLE1"`
				)
				.replace(/"headline": "([^"]+)"/, `"headline": "$1 ${'ghp_' + 'a1B2'.repeat(9)}"`)
		);
		const written = JSON.stringify(story) + formatReport(report);
		for (const secret of ['f00d', 'AKIAINVENTED', 'ghp_']) expect(written).not.toContain(secret);
		expect(line(report, 'dropped', 'Credentials').where).toEqual([
			'storymap.slides[0].text.headline: a GitHub token',
			'storymap.slides[0].media.url: the x_amz_signature parameter, the x_amz_credential parameter'
		]);
	});
});
