// The attributes the page gives a story's media (src/lib/media/attributes.ts).
import { describe, expect, it } from 'vitest';
import {
	fallbackOf,
	loadingOf,
	mediaId,
	placeholderOf,
	ratioOf,
	shownItems,
	sizesOf,
	srcsetOf
} from '$lib/media/attributes';
import type { PagePicture } from '../../tools/media/page-data.ts';
import { SCREENS } from '$lib/layout.js';
import { fixture } from '../stories';

const files = (ext: string) =>
	[320, 480, 640, 960, 1280].map((width) => ({ file: `m/p-${width}.${ext}`, width }));
const picture: PagePicture = {
	kind: 'picture',
	width: 2400,
	height: 1600,
	color: '#7a8e96',
	preview: 'data:image/webp;base64,AAAA',
	avif: files('avif'),
	webp: files('webp'),
	fallback: files('jpg'),
	fallbackType: 'image/jpeg',
	still: 'm/p-640.webp'
};

describe('media attributes', () => {
	it('lists every file with its width, as the page addresses it', () => {
		expect(srcsetOf(files('avif').slice(0, 2), (f) => `./${f}`)).toBe(
			'./m/p-320.avif 320w, ./m/p-480.avif 480w'
		);
		expect(fallbackOf(picture.fallback)).toBe('m/p-640.jpg');
		expect(fallbackOf([{ file: 'small', width: 200 }])).toBe('small');
	});

	it('sizes a picture to the text: the phone’s width or the column, and its height cap', () => {
		expect(ratioOf(picture)).toBe(1.5);
		expect(ratioOf({ width: 1200, height: 1800 })).toBe(0.6667);
		const sizes = sizesOf({ width: 1200, height: 1800 });
		// A portrait phone first: the screen less the column's and the card's padding; elsewhere
		// the column (at most 30rem or 42% of the screen) less the card's. Never taller than 40vh.
		expect(sizes).toBe(
			`${SCREENS['portrait-phone']} min(calc(100vw - 2 * 0.75rem - 2 * 1.1rem), calc(40vh * 0.6667)), ` +
				'min(calc(min(30rem, 42vw) - 2 * 1.5rem), calc(40vh * 0.6667))'
		);
	});

	it('shows a picture’s colour and blurred copy while it loads, but not behind see-through parts', () => {
		expect(placeholderOf(picture)).toBe(
			'#7a8e96 url("data:image/webp;base64,AAAA") center / cover no-repeat'
		);
		expect(placeholderOf({ ...picture, fallbackType: 'image/png' })).toBeUndefined();
	});

	it('fetches the lead picture at once and first, every other when near', () => {
		expect(loadingOf({ ...picture, lead: true })).toEqual({
			loading: 'eager',
			fetchpriority: 'high'
		});
		expect(loadingOf(picture)).toEqual({ loading: 'lazy', fetchpriority: 'auto' });
	});

	it('names each item apart from every other and from the story’s own ids', () => {
		const ids = ['', ...fixture.events.map((e) => e.id)].flatMap((owner) =>
			[0, 1, 2].map((i) => mediaId(owner, i))
		);
		expect(new Set(ids).size).toBe(ids.length);
		const storyIds = [
			...fixture.events.map((e) => e.id),
			...fixture.places.map((p) => p.id),
			...fixture.sources.map((s) => s.id)
		];
		for (const id of ids) expect(storyIds).not.toContain(id);
		expect(mediaId('', 0)).not.toBe(mediaId('intro', 0));
		expect(ids.every((id) => /^[A-Za-z][\w-]*$/.test(id))).toBe(true);
	});

	it('shows the items that have an entry', () => {
		const entry = { ...picture };
		const items = [
			{ src: 'a.jpg', credit: 'x', entry },
			{ src: 'b.jpg', credit: 'x' }
		];
		expect(shownItems(items).map((i) => i.src)).toEqual(['a.jpg']);
		expect(shownItems(undefined)).toEqual([]);
	});
});
