// A file dropped on a step: copied into the story's media/ folder when its bytes are what
// the page can show, refused with the reason otherwise.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addMedia } from '../../editor/server/media';

const JPEG = readFileSync('stories/fixtures/media/hillside-stairs.jpg');
const story = () => {
	const dir = mkdtempSync(join(tmpdir(), 'editor-media-'));
	writeFileSync(join(dir, 'story.json'), '{}');
	return join(dir, 'story.json');
};

describe('a dropped file', () => {
	it('is copied into media/ under a plain name, as the story writes it', () => {
		const file = story();
		const added = addMedia(file, 'Market Square (1).JPG', JPEG);
		expect(added).toEqual({
			ok: true,
			src: 'media/market-square-1.jpg',
			category: 'picture',
			reused: false
		});
		expect(readFileSync(join(file, '../media/market-square-1.jpg'))).toEqual(JPEG);
	});

	it('is named by what its bytes are, and the same file twice is one file', () => {
		const file = story();
		expect(addMedia(file, 'photo.png', JPEG)).toMatchObject({ ok: true, src: 'media/photo.jpg' });
		expect(addMedia(file, 'photo.png', JPEG)).toMatchObject({
			src: 'media/photo.jpg',
			reused: true
		});
		const other = Uint8Array.from([...JPEG.subarray(0, JPEG.length - 1), 0]);
		expect(addMedia(file, 'photo.jpg', other)).toMatchObject({ src: 'media/photo-2.jpg' });
	});

	it('is refused when the page cannot show it, and nothing is written', () => {
		const file = story();
		const heic = new Uint8Array([
			0,
			0,
			0,
			24,
			...Buffer.from('ftypheic'),
			0,
			0,
			0,
			0,
			...Buffer.from('mif1heic')
		]);
		expect(addMedia(file, 'IMG_0001.jpg', heic)).toEqual({
			ok: false,
			message: expect.stringMatching(/^IMG_0001\.jpg is a HEIC picture .*export the photo as JPEG/)
		});
		expect(addMedia(file, 'notes.mp4', new TextEncoder().encode('just words'))).toMatchObject({
			ok: false
		});
		expect(
			readdirSync(join(file, '..')).includes('media') ? readdirSync(join(file, '../media')) : []
		).toEqual([]);
	});
});
