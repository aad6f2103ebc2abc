// The story in the hosts a desk meets besides its own embed code (issue 30): a pym.js
// parent on a phone, scrolled by touch; a plain iframe with no script at all; a CMS that
// pastes the oEmbed file's `html`, and a host that sends nonsense. One page visit each.
import { expect, type CDPSession, type Frame, type Page } from '@playwright/test';
import { MOTION } from '../fixtures';
import { currentStep, frameFitsStory, heardByHost, test } from './fixture';

// Flights are part of what these tests read (tools/browser.js: reduced motion elsewhere).
test.use(MOTION);

/** The host's masthead's bottom (article.css: a sticky bar 60 px tall). */
const MASTHEAD = 60;

/** Where the story's bar and map stand in the host's window: wholly on screen, below the masthead. */
async function barAndMapOnScreen(page: Page, story: Frame): Promise<string | null> {
	const bar = await story.locator('header.bar').boundingBox();
	const map = await story.locator('.map-pane').boundingBox();
	const { height } = page.viewportSize()!;
	const fits =
		bar &&
		map &&
		bar.y >= MASTHEAD - 1 &&
		map.y >= bar.y + bar.height - 1 &&
		map.y + map.height <= height + 1;
	return fits ? null : JSON.stringify({ bar, map });
}

/** One finger stroke up the screen, `length` px, held still before it lifts (no fling); resolves once the host's scroll has ended. */
async function swipeUp(page: Page, cdp: CDPSession, length: number) {
	await page.evaluate(() => {
		const win = window as unknown as { scrollEnded: Promise<void> };
		win.scrollEnded = new Promise((ended) =>
			addEventListener('scrollend', () => ended(), { once: true })
		);
	});
	const x = 195;
	const from = 800;
	const touch = (type: 'touchStart' | 'touchMove', y: number, at: number) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: [{ x, y: Math.round(y) }],
			timestamp: at
		});
	// Events stamped 16 ms apart, and the finger still for 300 ms at the end: no fling.
	const start = Date.now() / 1000;
	await touch('touchStart', from, start);
	for (let i = 1; i <= 10; i++)
		await touch('touchMove', from - (length * i) / 10, start + i * 0.016);
	await touch('touchMove', from - length, start + 0.46);
	await cdp.send('Input.dispatchTouchEvent', {
		type: 'touchEnd',
		touchPoints: [],
		timestamp: start + 0.47
	});
	await page.evaluate(() => (window as unknown as { scrollEnded: Promise<void> }).scrollEnded);
}

test.describe('on a phone', () => {
	test.use({
		viewport: { width: 390, height: 844 },
		screen: { width: 390, height: 844 },
		deviceScaleFactor: 1,
		isMobile: true,
		hasTouch: true
	});

	test('a pym.js host with trackscroll, scrolled by touch: steps turn, the map stays on screen', async ({
		embedded: { page, open }
	}) => {
		// The desk says its masthead's height in the story's address: pym's messages cannot.
		const story = await open('pym.html', { storyQuery: `?topOffset=${MASTHEAD}` });
		expect(new URL(story.url()).searchParams.get('childId')).toBe('story');
		await frameFitsStory(page, story);
		const steps = story.locator('[data-places]');
		const count = await steps.count();
		// A stroke shorter than any two steps stand apart: none is passed unseen.
		const tops = await steps.evaluateAll((all) => all.map((s) => s.getBoundingClientRect().top));
		const apart = Math.min(...tops.slice(1).map((top, i) => top - tops[i]!));
		const length = Math.min(700, Math.floor(apart - 40));
		expect(length).toBeGreaterThan(150);

		const cdp = await page.context().newCDPSession(page);
		const seen: number[] = [];
		const problems: string[] = [];
		// Half the story (every step, in order, is the wheel's test in embed.spec.ts and the
		// bench's on this phone): a stroke takes a second here.
		const half = Math.ceil(count / 2);
		for (let strokes = 0; seen.length < half && strokes < 100; strokes++) {
			await swipeUp(page, cdp, length);
			const current = await currentStep(story);
			if (current < 0 || current === seen.at(-1)) continue;
			seen.push(current);
			const off = await barAndMapOnScreen(page, story);
			if (off) problems.push(`step ${current}: ${off}`);
		}
		expect(problems).toEqual([]);
		expect(seen).toEqual([...Array(half).keys()]);
		// pym's parent still sizes the frame to the story after the reading.
		await frameFitsStory(page, story);
	});
});

test('a plain iframe with no script on the host: the story scrolls inside it and reads', async ({
	embedded: { page, open }
}) => {
	const story = await open('plain.html', { hosted: false });
	const iframe = page.locator('iframe').first();
	// No host spoke: the story reads by its own viewport, and sends the frame no height.
	await expect(story.locator('html')).not.toHaveAttribute('data-host-screen', '');
	expect(await story.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(6000);
	const box = (await iframe.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	const hostAt = await page.evaluate(() => scrollY);
	// The wheel over the frame scrolls the story inside it until a step is read.
	for (let turns = 0; (await currentStep(story)) < 1 && turns < 30; turns++) {
		const before = await story.evaluate(() => scrollY);
		await page.mouse.wheel(0, 300);
		await expect.poll(() => story.evaluate(() => scrollY)).toBeGreaterThan(before);
	}
	expect(await currentStep(story)).toBeGreaterThanOrEqual(1);
	// Its own sticky bar at the frame's top; the frame kept its height; the host did not move.
	const bar = (await story.locator('header.bar').boundingBox())!;
	expect(Math.abs(bar.y - box.y)).toBeLessThanOrEqual(1);
	expect((await iframe.boundingBox())!.height).toBe(box.height);
	expect(await page.evaluate(() => scrollY)).toBe(hostAt);
});

/** The story's oEmbed file, per edition, as a CMS fetches it. */
const EDITIONS = ['', 'ru/', 'ar/'];

test('the oEmbed file describes each edition, and its html pasted in a host embeds a story deaf to nonsense', async ({
	embedded: { page, open },
	baseURL
}) => {
	for (const edition of EDITIONS) {
		const response = await page.request.get(`${baseURL}/${edition}oembed.json`);
		expect(response.ok(), edition).toBe(true);
		const oembed = await response.json();
		expect(oembed).toMatchObject({
			type: 'rich',
			version: '1.0',
			title: expect.stringMatching(/\S/),
			provider_name: expect.stringMatching(/\S/),
			provider_url: expect.stringMatching(/^https?:\/\//),
			width: expect.any(Number),
			height: expect.any(Number),
			thumbnail_url: expect.stringMatching(/^https?:\/\/.+\.png$/),
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		// Its page links it, and its html is the embed code for that edition's address.
		const page_ = await (await page.request.get(`${baseURL}/${edition}`)).text();
		const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
			page_
		);
		expect(link?.[1], edition).toMatch(new RegExp(`/${edition}oembed\\.json$`));
		const address = link![1]!.replace(/oembed\.json$/, '');
		expect(oembed.html).toContain(`data-story-embed="${address}"`);
		expect(oembed.html).toContain(`src="${address}embed.js"`);
	}

	// The html pasted in a host's article (host-server.js writes it in, as WordPress does).
	const story = await open('oembed.html');
	await frameFitsStory(page, story);
	const iframe = page.locator('iframe').first();
	const box = (await iframe.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, 500);
	for (let turns = 0; (await currentStep(story)) < 1 && turns < 30; turns++) {
		const before = await page.evaluate(() => scrollY);
		await page.mouse.wheel(0, 400);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
	}
	expect(await currentStep(story)).toBeGreaterThanOrEqual(1);

	// Nonsense from the host, and a well-formed message from a window that is not the host.
	const screenTop = () =>
		story.evaluate(() => document.documentElement.style.getPropertyValue('--screen-top'));
	const state = () =>
		Promise.all([
			page.evaluate(() => scrollY),
			currentStep(story),
			heardByHost(page).then((heard) => heard.length),
			iframe.evaluate((f) => f.clientHeight),
			story.url()
		]);
	const before = await state();
	const screenBefore = await screenTop();
	// Every place the story's screen is put at from now on (the frame's wiring writes it).
	await story.evaluate(() => {
		const put: string[] = ((window as unknown as { screenTops: string[] }).screenTops = []);
		const root = document.documentElement;
		new MutationObserver(() => put.push(root.style.getPropertyValue('--screen-top'))).observe(
			root,
			{ attributeFilter: ['style'] }
		);
	});
	const screenTops = () =>
		story.evaluate(() => [...new Set((window as unknown as { screenTops: string[] }).screenTops)]);
	const frameTop = await iframe.evaluate((f) => f.getBoundingClientRect().top);
	expect(frameTop, 'the frame has gone under the masthead').toBeLessThan(MASTHEAD);
	await page.evaluate(
		({ frameTop, masthead }) => {
			const story = document.querySelector('iframe')!.contentWindow!;
			const own = (fields: object) => ({ protocol: 'story-embed', version: 1, ...fields });
			const view = { width: innerWidth, height: innerHeight };
			const box = { top: -8000, left: 0, bottom: 12_000, right: 700 };
			const nonsense: unknown[] = [
				null,
				42,
				'hello',
				[own({ type: 'go', fragment: '#2017-01-18' })],
				'pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1280 800 -8000 0 12000 700',
				own({ type: 'viewport', viewport: { width: '1280', height: 800 }, frame: box }),
				own({ type: 'viewport', viewport: { width: 'NaN', height: 'NaN' }, frame: box }),
				own({ type: 'viewport', viewport: view, frame: { ...box, top: -1e12 } }),
				own({ type: 'viewport', viewport: { ...view, width: -5 }, frame: box }),
				own({ type: 'viewport', viewport: { ...view, topOffset: 'NaN' }, frame: box }),
				own({ type: 'viewport', viewport: { ...view, topOffset: -60 }, frame: box }),
				own({
					type: 'viewport',
					viewport: view,
					frame: { top: {}, left: [], bottom: 1, right: 1 }
				}),
				own({ type: 'viewport', viewport: view, frame: box, version: 2 }),
				{ protocol: { toString: 'story-embed' }, version: 1, type: 'viewport' },
				own({ type: 'go', fragment: 'https://evil.example/#2017-01-18' }),
				own({ type: 'go', fragment: 'javascript:alert(1)' }),
				own({ type: 'go', fragment: '#../../x' }),
				own({ type: 'height', height: 10 }),
				{ sentinel: 'amp', type: 'embed-size', height: 10 },
				'x'.repeat(1_000_000)
			];
			for (const message of nonsense) story.postMessage(message, '*');
			// Another window of the page (a sandboxed ad frame: an origin of its own) sends a
			// viewport and a jump the story would obey from its host.
			const other = document.createElement('iframe');
			other.sandbox.add('allow-scripts');
			other.srcdoc = `<script>
				const own = (f) => Object.assign({ protocol: 'story-embed', version: 1 }, f);
				parent.frames[0].postMessage(own({ type: 'viewport', viewport: ${JSON.stringify(view)}, frame: ${JSON.stringify(box)} }), '*');
				parent.frames[0].postMessage(own({ type: 'go', fragment: '#2017-01-18' }), '*');
				parent.postMessage('sent', '*');
			</script>`;
			const sent = new Promise((done) =>
				addEventListener('message', (e) => e.data === 'sent' && done(null))
			);
			document.body.append(other);
			return sent.then(() => {
				// Last, from the host, a true message: the masthead a pixel taller. Messages
				// arrive in order: once it has moved the story's screen a pixel, all above were
				// read (the loader then puts it back: the story's height changed).
				const frame = document.querySelector('iframe')!.getBoundingClientRect();
				const { top, left, bottom, right } = frame;
				story.postMessage(
					own({
						type: 'viewport',
						viewport: { ...view, topOffset: masthead + 1 },
						frame: { top, left, bottom, right }
					}),
					'*'
				);
				return frameTop;
			});
		},
		{ frameTop, masthead: MASTHEAD }
	);
	const marker = `${parseFloat(screenBefore) + 1}px`;
	await expect.poll(screenTops).toContain(marker);
	// The story's screen was put nowhere else, and nothing moved: the host's scroll, the
	// step read, the events heard, the frame's height and address.
	expect((await screenTops()).filter((top) => top !== marker && top !== screenBefore)).toEqual([]);
	await expect.poll(state).toEqual(before);
});
