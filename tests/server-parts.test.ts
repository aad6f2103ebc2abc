// The parts the server writes into a page (src/lib/server/write-parts.ts): each into its
// empty element, a part's own parts too, and the build fails when either side is missing.
import { describe, expect, it } from 'vitest';
import type { ServerPartName } from '$lib/server-part';
import { writeServerParts } from '$lib/server/write-parts';

const parts = (entries: [ServerPartName, string][]) => new Map(entries);
const page =
	'<main><div class="first-days" data-server-part="first-days"></div>' +
	'<header><div data-server-part="intro-media"></div></header></main>';

describe('the parts the server writes', () => {
	it('go into their empty elements, a part’s own parts too, and $ in them stays as written', () => {
		const html = writeServerParts(
			page,
			parts([
				[
					'first-days',
					'<article id="a">Day $& one<div class="media" data-server-part="media:a"></div></article>'
				],
				['intro-media', ''],
				['media:a', '<figure>A’s picture</figure>']
			])
		);
		expect(html).toBe(
			'<main><div class="first-days" data-server-part="first-days"><article id="a">Day $& one' +
				'<div class="media" data-server-part="media:a"><figure>A’s picture</figure></div>' +
				'</article></div><header><div data-server-part="intro-media"></div></header></main>'
		);
	});

	it('fail the build when the page no longer renders a part’s element', () => {
		expect(() =>
			writeServerParts(
				page,
				parts([
					['first-days', ''],
					['intro-media', ''],
					['later-events', '<nav>Later</nav>']
				])
			)
		).toThrow('the page has no empty <div data-server-part="later-events">');
	});

	it('fail the build when an element has no part to take', () => {
		expect(() => writeServerParts(page, parts([['first-days', '']]))).toThrow(
			'the page has an element for part "intro-media", and no part'
		);
	});
});
