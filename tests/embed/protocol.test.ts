// The frame protocol, pure: reading the story's frame from its address, reading what a host
// sends (fuzzed: nothing throws, nothing leads off the story's page), writing what the
// story sends in each host's words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameFromLocation, hostWindowInFrame, UNFRAMED } from '$lib/embed/frame';
import { parseHostMessage } from '$lib/embed/host-messages';
import { parsePymMessage, PROTOCOL, VERSION, type HostMessage } from '$lib/embed/protocol';
import {
	createHeightReporter,
	emitReaderEvent,
	heightMessages,
	readerEventMessages,
	viewportRequestMessages
} from '$lib/embed/story-messages';

const pymQuery =
	'?initialWidth=390&childId=graphic&parentTitle=War%20in%20Syria%20%7C%20The%20Daily&parentUrl=https%3A%2F%2Fnews.example.com%2Fsyria%3Fref%3D1';
const pym = frameFromLocation({ search: pymQuery, hash: '' }, true);
const loader = frameFromLocation({ search: '', hash: '' }, true);
const own = (type: string, fields: object) => ({
	protocol: PROTOCOL,
	version: VERSION,
	type,
	...fields
});

describe('frameFromLocation', () => {
	it('reads what a pym.js parent puts in the story’s address', () => {
		expect(pym).toEqual({
			framed: true,
			protocol: 'pym',
			childId: 'graphic',
			initialWidth: 390,
			parentUrl: 'https://news.example.com/syria?ref=1',
			parentTitle: 'War in Syria | The Daily',
			amp: false,
			topOffset: null
		});
	});

	it('takes a masthead’s height from the address (a pym host’s `topOffset`), whole pixels only', () => {
		const at = (search: string) => frameFromLocation({ search, hash: '' }, true).topOffset;
		expect(at(`${pymQuery}&topOffset=64`)).toBe(64);
		expect(at('?topOffset=0')).toBe(0);
		for (const odd of ['-5', '64px', '1e3', '12345', '', '6.5'])
			expect(at(`?topOffset=${odd}`)).toBeNull();
		expect(frameFromLocation({ search: '?topOffset=64', hash: '' }, false).topOffset).toBeNull();
	});

	it('is the loader’s (or any frame’s) protocol without a child id, and none unframed', () => {
		expect(loader.protocol).toBe('frame');
		expect(frameFromLocation({ search: pymQuery, hash: '' }, false)).toEqual(UNFRAMED);
		expect(UNFRAMED.protocol).toBeNull();
	});

	it('drops what a host cannot mean: odd ids, widths, addresses and control characters', () => {
		const odd = frameFromLocation(
			{
				search:
					'?childId=a%20b&initialWidth=-3&parentUrl=javascript%3Aalert(1)&parentTitle=%00%01%20',
				hash: ''
			},
			true
		);
		expect(odd).toMatchObject({
			protocol: 'frame',
			childId: null,
			initialWidth: null,
			parentUrl: null,
			parentTitle: null
		});
		const long = frameFromLocation({ search: `?parentTitle=${'ا'.repeat(500)}`, hash: '' }, true);
		expect([...long.parentTitle!]).toHaveLength(300);
		expect(
			frameFromLocation({ search: '?initialWidth=12abc&childId=1x', hash: '' }, true)
		).toMatchObject({ initialWidth: null, childId: null });
	});

	it('knows an amp-iframe by amp=1 in the fragment or the query', () => {
		expect(frameFromLocation({ search: '', hash: '#amp=1' }, true).amp).toBe(true);
		expect(frameFromLocation({ search: '?amp=1', hash: '' }, true).amp).toBe(true);
		expect(frameFromLocation({ search: '', hash: '#2017-01-18' }, true).amp).toBe(false);
	});
});

describe('parseHostMessage', () => {
	// What pym's parent sends (pym.v1.js, sendViewportAndIFramePosition): rects are fractional.
	const position = 'pymxPYMxgraphicxPYMxviewport-iframe-positionxPYMx390 844 -1200.5 0 3400.25 390';

	it('reads pym’s viewport-iframe-position and width, addressed to its child id', () => {
		expect(parseHostMessage(position, pym)).toEqual({
			kind: 'viewport',
			viewport: { width: 390, height: 844, top: -1200.5, left: 0, bottom: 3400.25, right: 390 }
		});
		expect(parseHostMessage('pymxPYMxgraphicxPYMxwidthxPYMx640', pym)).toEqual({
			kind: 'width',
			width: 640
		});
		expect(parseHostMessage(position.replace('graphic', 'other'), pym)).toBeNull();
		expect(parseHostMessage(position, loader)).toBeNull();
	});

	it('takes the masthead’s height the loader measured, and drops a message with an odd one', () => {
		const viewport = (topOffset: unknown) =>
			own('viewport', {
				viewport: { width: 390, height: 844, topOffset },
				frame: { top: -500, left: 0, bottom: 9000, right: 390 }
			});
		expect(parseHostMessage(viewport(60), loader)).toMatchObject({
			viewport: { height: 844, top: -500, topOffset: 60 }
		});
		for (const odd of [-1, '60', Number.NaN, Infinity, 1e12, null, { px: 60 }])
			expect(parseHostMessage(viewport(odd), loader)).toBeNull();
	});

	it('reads the loader’s viewport and a host’s request to show a step', () => {
		const viewport = own('viewport', {
			viewport: { width: 1280, height: 800 },
			frame: { top: 200, left: 100, bottom: 9000, right: 840 }
		});
		expect(parseHostMessage(viewport, loader)).toEqual({
			kind: 'viewport',
			viewport: { width: 1280, height: 800, top: 200, left: 100, bottom: 9000, right: 840 }
		});
		expect(parseHostMessage(own('go', { fragment: '#2017-01-18' }), loader)).toEqual({
			kind: 'go',
			fragment: '#2017-01-18'
		});
	});

	it('ignores the rest: other versions, other shapes, addresses, odd numbers, unframed', () => {
		const box = {
			viewport: { width: 390, height: 844 },
			frame: { top: 0, left: 0, bottom: 1, right: 1 }
		};
		for (const data of [
			{ ...own('viewport', box), version: 2 },
			{ ...own('viewport', box), protocol: 'other' },
			own('viewport', { ...box, frame: { top: 10, left: 0, bottom: 5, right: 1 } }),
			own('viewport', { ...box, viewport: { width: 0, height: 844 } }),
			own('viewport', { ...box, viewport: { width: '390', height: 844 } }),
			own('go', { fragment: 'https://evil.example/#x' }),
			own('go', { fragment: '#x" onload="y' }),
			own('navigate', { url: '/' }),
			'pymxPYMxgraphicxPYMxviewport-iframe-positionxPYMx390 844 NaN 0 1 390',
			'pymxPYMxgraphicxPYMxviewport-iframe-positionxPYMx390 844 0 0 1',
			'pymxPYMxgraphicxPYMxnavigateToxPYMxhttps://evil.example/',
			'pymxPYMxgraphicxPYMxwidthxPYMx-5',
			{ sentinel: 'amp', type: 'embed-size', height: 5 },
			null,
			[own('go', { fragment: '#a' })]
		])
			expect(parseHostMessage(data, typeof data === 'string' ? pym : loader)).toBeNull();
		expect(parseHostMessage(position, UNFRAMED)).toBeNull();
	});

	it('never throws, and never yields anything but a step of the story’s own page (fuzzed)', () => {
		// Mostly numbers a screen has, some a screen never has.
		const number = fc.oneof(
			{ weight: 4, arbitrary: fc.integer({ min: -20_000, max: 20_000 }) },
			{ weight: 1, arbitrary: fc.double() },
			{ weight: 1, arbitrary: fc.constantFrom(0, -0, 1e308, Number.NaN, Infinity) }
		);
		const size = fc.oneof(
			{ weight: 4, arbitrary: fc.integer({ min: 1, max: 5000 }) },
			{ weight: 1, arbitrary: number }
		);
		const box = fc
			.record({ top: number, left: number, height: size, width: size })
			.map(({ top, left, height, width }) => ({
				top,
				left,
				bottom: top + height,
				right: left + width
			}));
		const ours = fc.record({
			protocol: fc.constantFrom(PROTOCOL, PROTOCOL, PROTOCOL, 'x'),
			version: fc.constantFrom(VERSION, VERSION, VERSION, 2, '1'),
			type: fc.constantFrom('viewport', 'go', 'width', 'height'),
			viewport: fc.oneof(
				fc.anything(),
				fc.record({ width: size, height: size }),
				fc.record({ width: size, height: size, topOffset: fc.oneof(number, fc.anything()) })
			),
			frame: fc.oneof(fc.anything(), box),
			fragment: fc.oneof(
				fc.string(),
				fc.webUrl(),
				fc.string().map((s) => `#${s}`)
			)
		});
		const pymLike = fc
			.tuple(
				fc.constantFrom('graphic', 'graphic', 'other', ''),
				fc.constantFrom('width', 'viewport-iframe-position', 'navigateTo', 'height', ''),
				fc.oneof(
					fc.string(),
					number.map(String),
					fc.array(number, { minLength: 6, maxLength: 6 }).map((n) => n.join(' ')),
					fc.array(number, { maxLength: 8 }).map((n) => n.join(' '))
				)
			)
			.map((bits) => ['pym', ...bits].join('xPYMx'));
		const origin = 'https://story.example.org';
		const kinds = new Set<string>();
		fc.assert(
			fc.property(fc.oneof(fc.anything(), ours, pymLike), fc.boolean(), (data, isPym) => {
				const message: HostMessage | null = parseHostMessage(
					data,
					typeof data === 'string' || isPym ? pym : loader
				);
				if (message === null) return;
				kinds.add(message.kind);
				if (message.kind === 'go') {
					expect(message.fragment).toMatch(/^#[\w-]+$/);
					expect(new URL(message.fragment, `${origin}/story/`).origin).toBe(origin);
				} else if (message.kind === 'width') {
					expect(Number.isFinite(message.width) && message.width > 0).toBe(true);
				} else {
					const { width, height, top, left, bottom, right, topOffset } = message.viewport;
					for (const n of [width, height, top, left, bottom, right])
						expect(Number.isFinite(n)).toBe(true);
					if (topOffset !== undefined)
						expect(Number.isFinite(topOffset) && topOffset >= 0).toBe(true);
					expect(width > 0 && height > 0 && bottom >= top && right >= left).toBe(true);
					expect(
						Object.keys(message.viewport)
							.filter((key) => key !== 'topOffset')
							.sort()
					).toEqual(['bottom', 'height', 'left', 'right', 'top', 'width']);
				}
			}),
			{ numRuns: 3000 }
		);
		// The runs reached every kind, not only the nonsense the parser drops.
		expect([...kinds].sort()).toEqual(['go', 'viewport', 'width']);
	});
});

describe('hostWindowInFrame', () => {
	it('places the host’s window in the story’s own coordinates, clipped to the frame', () => {
		// The frame's top is 1,200 px above the window: the reader sees 1,200 to 2,044.
		const view = { width: 390, height: 844, top: -1200, left: 0, bottom: 8800, right: 390 };
		expect(hostWindowInFrame(view)).toEqual({
			top: 1200,
			height: 844,
			width: 390,
			visibleTop: 1200,
			visibleBottom: 2044
		});
		// Still 300 px below the window's top: the frame's first 544 px are on screen.
		expect(hostWindowInFrame({ ...view, top: 300, bottom: 10300 })).toMatchObject({
			top: -300,
			visibleTop: 0,
			visibleBottom: 544
		});
	});
});

describe('the story’s messages', () => {
	it('speaks pym to a pym parent: height, and parentPositionInfo to ask where it is', () => {
		expect(heightMessages(pym, 1234.2, 'https://s/')).toEqual([
			'pymxPYMxgraphicxPYMxheightxPYMx1235'
		]);
		expect(viewportRequestMessages(pym)).toEqual(['pymxPYMxgraphicxPYMxparentPositionInfoxPYMx']);
		// pym's own reader of a child's message (pym.v1.js, _makeMessageRegex) takes them.
		const pymRegex = /^pymxPYMxgraphicxPYMx(\S+)xPYMx(.*)$/;
		expect(pymRegex.exec(viewportRequestMessages(pym)[0] as string)?.slice(1)).toEqual([
			'parentPositionInfo',
			''
		]);
	});

	it('gives any other frame its height in the loader’s, AMP’s and iframe.resize’s words', () => {
		expect(heightMessages(loader, 900, 'https://story.example.org/')).toEqual([
			own('height', { height: 900 }),
			{ sentinel: 'amp', type: 'embed-size', height: 900 },
			{ context: 'iframe.resize', src: 'https://story.example.org/', height: 900 }
		]);
		expect(viewportRequestMessages(loader)).toEqual([own('viewport-request', {})]);
		expect(heightMessages(UNFRAMED, 900, '')).toEqual([]);
	});

	it('reports a height only when it changes by a whole pixel', () => {
		const sent: unknown[] = [];
		const report = createHeightReporter(pym, (m) => sent.push(m), 'https://s/');
		for (const height of [100, 100.4, 100, 250, 250, Number.NaN, 90]) report(height);
		expect(sent).toEqual(
			['100', '101', '100', '250', '90'].map((h) => `pymxPYMxgraphicxPYMxheightxPYMx${h}`)
		);
	});

	it('tells the document and the host what the reader did, with only the known fields', () => {
		const document = new EventTarget();
		const heard: CustomEvent[] = [];
		document.addEventListener('story:jump', (event) => heard.push(event as CustomEvent));
		const sent: unknown[] = [];
		const detail = { id: 'astana-talks', index: 7, date: '2017-01-23', how: 'timeline' as const };
		emitReaderEvent(
			{ type: 'story:jump', detail: { ...detail, secret: 'x' } as typeof detail },
			{ document, frame: pym, post: (m) => sent.push(m) }
		);
		expect(heard.map((event) => event.detail)).toEqual([detail]);
		expect(sent).toEqual([
			own('reader-event', { event: 'story:jump', detail }),
			`pymxPYMxgraphicxPYMxstory:jumpxPYMx${JSON.stringify(detail)}`
		]);
		// Unframed, the document hears it and nothing is posted.
		emitReaderEvent(
			{ type: 'story:jump', detail },
			{ document, frame: UNFRAMED, post: (m) => sent.push(m) }
		);
		expect(heard).toHaveLength(2);
		expect(sent).toHaveLength(2);
		expect(
			readerEventMessages(loader, {
				type: 'story:end',
				detail: { id: 'a', index: 3, chapter: 'a' }
			})
		).toEqual([
			own('reader-event', { event: 'story:end', detail: { id: 'a', index: 3, chapter: 'a' } })
		]);
	});

	it('reads a pym message strictly: its own id, a plain type, the rest the payload', () => {
		expect(parsePymMessage('pymxPYMxgxPYMxwidthxPYMx1xPYMx2', 'g')).toEqual({
			type: 'width',
			payload: '1xPYMx2'
		});
		expect(parsePymMessage('pymxPYMxgxPYMxwid thxPYMx1', 'g')).toBeNull();
		expect(parsePymMessage('pymxPYMxgxPYMxwidth', 'g')).toBeNull();
		expect(parsePymMessage(42, 'g')).toBeNull();
	});
});
