// The embed loader as it ships (embed.js: the minified loader), run in a stand-in window:
// it makes each story's frame, sizes it only by that story's messages, tells each story
// where the reader's screen is once an animation frame at most, and passes reader events on.
import { beforeAll, describe, expect, it } from 'vitest';
import { frameFromLocation } from '$lib/embed/frame';
import { parseHostMessage } from '$lib/embed/host-messages';
import { heightMessages, readerEventMessages } from '$lib/embed/story-messages';
import { buildLoader } from '../../tools/embed/loader-build.ts';
import { EMBED_HEIGHT } from '../../tools/embed/oembed.ts';
import { FakeWindow, placeholder, runScript, type FakeElement } from './fake-dom';

const STORY = 'https://graphics.example.org/road-to-astana/';
const OTHER = 'https://maps.example.net/andes/';
/** How the story sees itself inside the loader's frame. */
const framed = frameFromLocation({ search: '', hash: '' }, true);

let loader = '';
beforeAll(async () => {
	loader = await buildLoader();
});

/** A host page with a placeholder for each story, the loader run once. */
function host(...stories: string[]) {
	const win = new FakeWindow();
	const holders = stories.map((story) => placeholder(win.document, story));
	runScript(loader, win);
	const frames = holders.map((holder) => holder.children[0]!);
	return { win, holders, frames };
}

/** What the story's window was sent, parsed as the story parses it. */
const viewportsOf = (frame: FakeElement) =>
	frame.contentWindow!.posted.map((p) => ({
		targetOrigin: p.targetOrigin,
		message: parseHostMessage(p.data, framed)
	}));

describe('the loader', () => {
	it('turns a placeholder into the story’s frame: titled, lazy, fullscreen, not scrolling', () => {
		const { holders, frames } = host(`${STORY}#2017-01-18`);
		const frame = frames[0]!;
		expect(holders[0]!.children).toEqual([frame]);
		expect(frame.tagName).toBe('iframe');
		expect(frame.src).toBe(`${STORY}#2017-01-18`);
		expect(frame.title).toBe('Road to Astana');
		expect(Object.fromEntries(frame.attributes)).toMatchObject({
			loading: 'lazy',
			allow: 'fullscreen',
			scrolling: 'no'
		});
		// As tall as oembed.json says, until the story says its own height.
		expect(frame.style.cssText).toContain(`height:${EMBED_HEIGHT}px`);
		expect(holders[0]!.hasAttribute('data-story-embedded')).toBe(true);
	});

	it('leaves a placeholder that names no web address as it is', () => {
		const { holders } = host('javascript:alert(1)', 'data:text/html,<b>x</b>');
		for (const holder of holders) {
			expect(holder.children.map((c) => c.tagName)).toEqual(['a']);
			expect(holder.hasAttribute('data-story-embedded')).toBe(false);
		}
	});

	it('embeds two stories once each, however many copies of the script run', () => {
		const { win, holders } = host(STORY, OTHER);
		runScript(loader, win);
		expect(holders.map((h) => h.getElementsByTagName('iframe').length)).toEqual([1, 1]);
		// The second copy found nothing to do and listens to nothing: one frame, one answer.
		win.dispatchEvent(new Event('resize'));
		expect(win.frames).toHaveLength(1);
	});

	it('sizes each frame by its own story’s height, from its window and its origin only', () => {
		const { win, frames } = host(STORY, OTHER);
		const [first, second] = frames as [FakeElement, FakeElement];
		const [ours] = heightMessages(framed, 17_696.4, STORY);
		win.receive(ours, first.contentWindow);
		expect(first.style.height).toBe('17697px');
		expect(second.style.height).toBe('');
		// The other story's window cannot size the first; a wrong origin, version or number sizes none.
		win.receive({ ...(ours as object), height: 10 }, second.contentWindow, new URL(STORY).origin);
		win.receive({ ...(ours as object), height: 10 }, first.contentWindow, 'https://evil.example');
		win.receive({ ...(ours as object), height: 10, version: 2 }, first.contentWindow);
		for (const height of [-5, 0, Number.NaN, 1e9, '10px'])
			win.receive({ ...(ours as object), height }, first.contentWindow);
		win.receive({ sentinel: 'amp', type: 'embed-size', height: 10 }, first.contentWindow);
		expect(first.style.height).toBe('17697px');
		expect(second.style.height).toBe('');
	});

	it('tells each story where the reader’s screen is, once an animation frame at most', () => {
		const { win, frames } = host(STORY, OTHER);
		const [first, second] = frames as [FakeElement, FakeElement];
		first.box = { top: 300, left: 0, bottom: 18_000, right: 390 };
		second.box = { top: 18_500, left: 0, bottom: 19_220, right: 390 };
		// Nothing before a story speaks: its frame may still hold about:blank (of the host's origin).
		win.document.dispatchEvent(new Event('scroll'));
		win.runFrames();
		expect(viewportsOf(first)).toEqual([]);
		const request = { protocol: 'story-embed', version: 1, type: 'viewport-request' };
		for (const frame of frames) win.receive(request, frame.contentWindow);
		for (let i = 0; i < 20; i++) win.document.dispatchEvent(new Event('scroll'));
		expect(win.runFrames()).toBe(1);
		expect(viewportsOf(first)).toEqual([
			{
				targetOrigin: new URL(STORY).origin,
				message: {
					kind: 'viewport',
					viewport: {
						width: 390,
						height: 844,
						top: 300,
						left: 0,
						bottom: 18_000,
						right: 390,
						// No masthead on this host.
						topOffset: 0
					}
				}
			}
		]);
		expect(viewportsOf(second)[0]!.targetOrigin).toBe(new URL(OTHER).origin);
		// Scrolled: only what moved is sent again; a resize and a story's request are answered.
		first.box = { ...first.box, top: -500, bottom: 17_200 };
		win.document.dispatchEvent(new Event('scroll'));
		win.runFrames();
		expect(viewportsOf(first)).toHaveLength(2);
		expect(viewportsOf(second)).toHaveLength(1);
		win.innerHeight = 700;
		win.dispatchEvent(new Event('resize'));
		win.runFrames();
		expect(viewportsOf(second).at(-1)!.message).toMatchObject({ viewport: { height: 700 } });
		win.receive(
			{ protocol: 'story-embed', version: 1, type: 'viewport-request' },
			second.contentWindow
		);
		win.runFrames();
		expect(viewportsOf(second)).toHaveLength(3);
		expect(viewportsOf(first)).toHaveLength(3);
	});

	it('measures the host’s fixed and sticky bars over the frame, or takes the embed code’s offset', () => {
		const win = new FakeWindow();
		const doc = win.document;
		const bar = (top: number, bottom: number, position: string, right = 390) => {
			const element = doc.createElement('header');
			element.box = { top, left: 0, bottom, right };
			element.position = position;
			// A bar's text: hit first, its fixed or sticky box found above it.
			const text = element.appendChild(doc.createElement('span'));
			text.box = element.box;
			return doc.body.appendChild(element);
		};
		const measured = placeholder(doc, STORY);
		const given = placeholder(doc, OTHER);
		given.setAttribute('data-top-offset', '64');
		runScript(loader, win);
		const [first, second] = [measured, given].map((holder) => holder.children[0]!) as [
			FakeElement,
			FakeElement
		];
		const request = { protocol: 'story-embed', version: 1, type: 'viewport-request' };
		const offsets = () => {
			for (const frame of [first, second]) {
				frame.box = { top: -2000, left: 0, bottom: 16_000, right: 390 };
				win.receive(request, frame.contentWindow);
			}
			win.runFrames();
			return [first, second].map((frame) => {
				const message = viewportsOf(frame).at(-1)!.message;
				return message?.kind === 'viewport' ? message.viewport.topOffset : 'none';
			});
		};
		// A masthead that scrolls away with the page covers nothing; a sticky one, its height.
		const masthead = bar(0, 60, 'static');
		expect(offsets()).toEqual([0, 64]);
		masthead.position = 'sticky';
		expect(offsets()).toEqual([60, 64]);
		// A fixed nav bar stacked under it: both.
		bar(60, 104, 'fixed');
		expect(offsets()).toEqual([104, 64]);
		// Not over the frame's middle, or taller than half the window: no masthead.
		bar(104, 140, 'fixed', 100);
		bar(104, 600, 'fixed', 390).position = 'fixed';
		expect(offsets()).toEqual([104, 64]);
		// An odd offset in the embed code is not taken: measured instead.
		const odd = placeholder(doc, 'https://maps.example.net/third/');
		odd.setAttribute('data-top-offset', '-5px');
		runScript(loader, win);
		const third = odd.children[0]!;
		third.box = { top: 100, left: 0, bottom: 9000, right: 390 };
		win.receive(request, third.contentWindow);
		win.runFrames();
		expect(viewportsOf(third).at(-1)!.message).toMatchObject({ viewport: { topOffset: 104 } });
	});

	it('answers a new height with the frame’s new box', () => {
		const { win, frames } = host(STORY);
		const frame = frames[0]!;
		win.receive(heightMessages(framed, 5000, STORY)[0], frame.contentWindow);
		frame.box = { top: 100, left: 0, bottom: 5100, right: 390 };
		win.runFrames();
		expect(viewportsOf(frame).at(-1)!.message).toMatchObject({ viewport: { bottom: 5100 } });
	});

	it('passes the story’s reader events on to the host’s page, from the story’s placeholder', () => {
		const { win, holders, frames } = host(STORY, OTHER);
		const heard: [number, string, unknown][] = [];
		holders.forEach((holder, i) =>
			['story:step', 'story:jump', 'story:end', 'story:other'].forEach((type) =>
				holder.addEventListener(type, (event) =>
					heard.push([i, type, (event as CustomEvent).detail])
				)
			)
		);
		const step = { id: 'palmyra-falls', index: 0, date: '2016-12-11' };
		const [message] = readerEventMessages(framed, { type: 'story:step', detail: step });
		win.receive(message, frames[1]!.contentWindow);
		win.receive(
			{
				...(message as object),
				event: 'story:jump',
				detail: { ...step, how: 'link', html: '<b>' }
			},
			frames[0]!.contentWindow
		);
		win.receive({ ...(message as object), event: 'story:other' }, frames[0]!.contentWindow);
		win.receive(message, frames[0]!.contentWindow, 'https://evil.example');
		expect(heard).toEqual([
			[1, 'story:step', step],
			[0, 'story:jump', { ...step, how: 'link' }]
		]);
	});
});
