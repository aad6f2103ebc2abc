// The story against pym.js's own parent (the npm package a CMS loads, run in a stand-in
// window): the address pym gives the story reads as a pym frame, pym sizes its iframe from
// the story's height message, answers its request for the viewport and, with trackscroll,
// sends it on scroll in words the story reads; a pym host hears the reader's events.
import { afterEach, describe, expect, it } from 'vitest';
import pym from 'pym.js';
import { frameFromLocation } from '$lib/embed/frame';
import { listenToHost } from '$lib/embed/host';
import type { HostViewport } from '$lib/embed/protocol';
import {
	heightMessages,
	readerEventMessages,
	viewportRequestMessages
} from '$lib/embed/story-messages';
import { FakeWindow, type FakeElement } from './fake-dom';

const STORY = 'https://graphics.example.org/road-to-astana/';
const scope = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
	delete scope.window;
	delete scope.document;
});

/** A host page running `new pym.Parent('graphic', STORY, config)`, as a CMS would. */
function pymHost(config: Record<string, unknown> = {}) {
	const win = new FakeWindow();
	win.document.title = 'War in Syria | The Daily';
	const container = win.document.createElement('div');
	container.setAttribute('id', 'graphic');
	win.document.body.appendChild(container);
	// pym reads the browser's globals.
	scope.window = win;
	scope.document = win.document;
	const parent = new pym.Parent('graphic', `${STORY}#2017-01-18`, config);
	const iframe = container.children[0] as FakeElement;
	const story = iframe.contentWindow!;
	const url = new URL(iframe.src);
	const frame = frameFromLocation({ search: url.search, hash: url.hash }, true);
	return { win, parent, iframe, story, frame, url };
}

describe('the story in a pym.js 1.3.2 parent', () => {
	it('reads pym’s address as a pym frame, its fragment kept', () => {
		const { frame, url } = pymHost();
		expect(url.hash).toBe('#2017-01-18');
		expect(frame).toMatchObject({
			protocol: 'pym',
			childId: 'graphic',
			initialWidth: 390,
			parentTitle: 'War in Syria | The Daily',
			parentUrl: 'https://news.example.com/article/'
		});
	});

	it('is sized by pym from the story’s height message', () => {
		const { win, iframe, story, frame } = pymHost();
		for (const message of heightMessages(frame, 17_696, STORY)) win.receive(message, story);
		expect(iframe.getAttribute('height')).toBe('17696px');
	});

	it('hears pym’s answer to its request for the viewport, and its scroll reports', () => {
		const { win, iframe, story, frame } = pymHost({ trackscroll: true });
		iframe.box = { top: -1200.5, left: 0, bottom: 16_495.5, right: 390 };
		const seen: HostViewport[] = [];
		// The story's window.parent: what it posts there reaches the host from the story.
		const parentWindow = { postMessage: (data: unknown) => win.receive(data, story) };
		// The story's listener, as the reader will run it: asks, then hears pym's answer.
		const stop = listenToHost(
			{
				parent: parentWindow,
				addEventListener: (type, listener) => story.addEventListener(type, listener as never),
				removeEventListener: (type, listener) => story.removeEventListener(type, listener as never)
			},
			frame,
			{ viewport: (viewport) => seen.push(viewport) }
		);
		expect(story.posted).toHaveLength(1);
		// What pym sent the story, delivered as the browser would: from the parent window.
		const deliver = () => {
			for (const { data } of story.posted.splice(0)) story.receive(data, parentWindow as never);
		};
		// From a window that is not the parent: ignored.
		story.receive(story.posted[0]!.data, win);
		deliver();
		const expected = {
			width: 390,
			height: 844,
			top: -1200.5,
			left: 0,
			bottom: 16_495.5,
			right: 390
		};
		expect(seen).toEqual([expected]);
		// trackscroll: pym reports the host's scroll on its own.
		iframe.box = { ...iframe.box, top: -2000, bottom: 15_696 };
		win.dispatchEvent(new Event('scroll'));
		deliver();
		expect(seen.at(-1)).toEqual({ ...expected, top: -2000, bottom: 15_696 });
		stop();
		win.dispatchEvent(new Event('resize'));
		deliver();
		expect(seen).toHaveLength(2);
		expect(viewportRequestMessages(frame)).toHaveLength(1);
	});

	it('lets a pym host hear the reader’s events with onMessage', () => {
		const { win, parent, story, frame } = pymHost();
		const heard: unknown[] = [];
		parent.onMessage('story:step', (payload: string) => heard.push(JSON.parse(payload)));
		const detail = { id: 'aleppo-retaken', index: 1, date: '2016-12-22' };
		for (const message of readerEventMessages(frame, { type: 'story:step', detail }))
			win.receive(message, story);
		expect(heard).toEqual([detail]);
	});
});
