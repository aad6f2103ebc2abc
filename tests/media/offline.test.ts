import { describe, expect, it } from 'vitest';
import { keptRendition } from '$lib/media/offline';
import { MEDIA_DIR } from '../../tools/media/vite-plugin.ts';

const kept = [
	`/ru/${MEDIA_DIR}/mountain-road-b76462c1-640.webp`,
	`/ru/${MEDIA_DIR}/poster-card-e05a0d9d-640.webp`,
	`/ru/${MEDIA_DIR}/briefing-en-1ee2ebe6.vtt`
];
const keptFor = keptRendition(kept);

describe('keptRendition (the service worker’s answer offline)', () => {
	it('answers every rendition of a picture with the one the offline copy keeps', () => {
		for (const rendition of ['320.avif', '1280.avif', '960.webp', '480.jpg', '640.webp'])
			expect(keptFor(`/ru/${MEDIA_DIR}/mountain-road-b76462c1-${rendition}`), rendition).toBe(
				kept[0]
			);
		expect(keptFor(`/ru/${MEDIA_DIR}/poster-card-e05a0d9d-1280.png`)).toBe(kept[1]);
	});

	it('answers nothing for another picture, another build’s hash, or a file that is no picture', () => {
		expect(keptFor(`/ru/${MEDIA_DIR}/mountain-road-00000000-960.avif`)).toBeUndefined();
		expect(keptFor(`/ru/${MEDIA_DIR}/hillside-stairs-8149b6df-960.avif`)).toBeUndefined();
		expect(keptFor(`/ru/${MEDIA_DIR}/briefing-52aa62c8.mp4`)).toBeUndefined();
		expect(keptFor(`/ru/${MEDIA_DIR}/briefing-en-1ee2ebe6.vtt`)).toBeUndefined();
		expect(keptFor('/ru/maps/overview.svg')).toBeUndefined();
	});
});
