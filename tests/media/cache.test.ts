import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedRenditions, renditionKey } from '../../tools/media/cache.ts';
import {
	makeRenditions,
	type RenditionOptions,
	type Renditions
} from '../../tools/media/pictures.ts';

const QUICK: RenditionOptions = {
	widths: [64, 128],
	formats: ['avif', 'webp'],
	quality: { avif: 50, webp: 75, jpeg: 78, png: 80 }
};
const picture = (r: number) =>
	sharp({ create: { width: 200, height: 100, channels: 3, background: { r, g: 120, b: 60 } } })
		.jpeg()
		.toBuffer();

let cacheDir = '';
beforeEach(() => {
	cacheDir = mkdtempSync(join(tmpdir(), 'story-media-cache-'));
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

/** makeRenditions, counting its calls. */
function counted() {
	const calls: Uint8Array[] = [];
	const make = (input: Uint8Array, options: RenditionOptions): Promise<Renditions> => {
		calls.push(input);
		return makeRenditions(input, options);
	};
	return { calls, make };
}

describe('cachedRenditions', () => {
	it('makes a picture once, then gives back the same bytes from the cache', async () => {
		const { calls, make } = counted();
		const input = await picture(200);
		const first = await cachedRenditions(input, QUICK, { cacheDir, make });
		const second = await cachedRenditions(input, QUICK, { cacheDir, make });
		expect(calls).toHaveLength(1);
		expect([first.cached, second.cached]).toEqual([false, true]);
		expect(second.key).toBe(first.key);
		expect(second.renditions).toHaveLength(first.renditions.length);
		expect({ ...second, cached: false }).toEqual(first);
		second.renditions.forEach((r, i) =>
			expect(Buffer.compare(r.bytes, first.renditions[i]!.bytes)).toBe(0)
		);
	});
	it('keeps each picture under the hash of its bytes and the options', async () => {
		const { calls, make } = counted();
		const [one, two] = await Promise.all([picture(10), picture(250)]);
		await cachedRenditions(one, QUICK, { cacheDir, make });
		await cachedRenditions(two, QUICK, { cacheDir, make });
		await cachedRenditions(one, { ...QUICK, widths: [64] }, { cacheDir, make });
		expect(calls).toHaveLength(3);
		expect(readdirSync(cacheDir).sort()).toEqual(
			[
				renditionKey(one, QUICK),
				renditionKey(two, QUICK),
				renditionKey(one, { ...QUICK, widths: [64] })
			].sort()
		);
		expect(renditionKey(one, QUICK)).toMatch(/^[0-9a-f]{64}$/);
	});
	it('makes a damaged entry again rather than serve it', async () => {
		const { calls, make } = counted();
		const input = await picture(90);
		const { key } = await cachedRenditions(input, QUICK, { cacheDir, make });
		writeFileSync(join(cacheDir, key, 'index.json'), '{"renditions": [');
		const again = await cachedRenditions(input, QUICK, { cacheDir, make });
		expect(again.cached).toBe(false);
		expect(calls).toHaveLength(2);
		expect((await cachedRenditions(input, QUICK, { cacheDir, make })).cached).toBe(true);
	});
	it('leaves no half-written entry behind', async () => {
		const input = await picture(30);
		await cachedRenditions(input, QUICK, { cacheDir });
		expect(readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});
});
