import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_WIDTHS,
	makeRenditions,
	renditionWidths,
	type RenditionOptions
} from '../../tools/media/pictures.ts';
import { sniffKind } from '../../tools/media/sniff.ts';
import { readFixture } from './fixture-story.ts';

/** Few widths and formats: the same code paths as the defaults, at a fraction of the time. */
const QUICK: RenditionOptions = {
	widths: [160, 320],
	formats: ['avif', 'webp'],
	quality: { avif: 50, webp: 75, jpeg: 78, png: 80 }
};

/** A small drawing: two colour blocks, so a turn or a mirror shows. */
const drawing = (width: number, height: number, alpha = 1) =>
	sharp({
		create: { width, height, channels: 4, background: { r: 200, g: 80, b: 40, alpha } }
	}).composite([
		{
			input: {
				create: {
					width: Math.round(width / 2),
					height,
					channels: 4,
					background: { r: 30, g: 90, b: 200, alpha }
				}
			},
			left: 0,
			top: 0
		}
	]);

describe('renditionWidths', () => {
	it('never upscales: only widths under the original', () => {
		expect(renditionWidths(2400, DEFAULT_WIDTHS)).toEqual([320, 480, 640, 960, 1280]);
		expect(renditionWidths(1280, DEFAULT_WIDTHS)).toEqual([320, 480, 640, 960, 1280]);
	});
	it('adds the original’s own width when it is under the largest', () => {
		expect(renditionWidths(1200, DEFAULT_WIDTHS)).toEqual([320, 480, 640, 960, 1200]);
		// 960 is within 15% of 1000: the same picture to a reader, and another encode.
		expect(renditionWidths(1000, DEFAULT_WIDTHS)).toEqual([320, 480, 640, 1000]);
	});
	it('keeps a picture narrower than the smallest width at its own width', () => {
		expect(renditionWidths(200, DEFAULT_WIDTHS)).toEqual([200]);
	});
});

describe('makeRenditions', () => {
	it('makes each width in AVIF, WebP and a JPEG fallback, as their bytes say', async () => {
		const input = await drawing(500, 300).jpeg().toBuffer();
		const made = await makeRenditions(input, QUICK);
		expect(made.transparent).toBe(false);
		expect(made.renditions.map((r) => `${r.format} ${r.width}x${r.height}`).sort()).toEqual([
			'avif 160x96',
			'avif 320x192',
			'jpeg 160x96',
			'jpeg 320x192',
			'webp 160x96',
			'webp 320x192'
		]);
		for (const r of made.renditions) {
			expect(sniffKind(r.bytes)).toBe(r.format);
			const meta = await sharp(r.bytes).metadata();
			expect([meta.width, meta.height]).toEqual([r.width, r.height]);
		}
	});
	it('never makes one wider than the original', async () => {
		const made = await makeRenditions(readFixture('media/briefing.jpg')!);
		expect(made.width).toBe(640);
		expect(Math.max(...made.renditions.map((r) => r.width))).toBe(640);
		for (const r of made.renditions) expect(r.width).toBeLessThanOrEqual(made.width);
	});
	it('falls back to PNG for a picture with transparency, and JPEG for one opaque in RGBA', async () => {
		const clear = await makeRenditions(await drawing(300, 200, 0.5).png().toBuffer(), QUICK);
		expect(clear.transparent).toBe(true);
		expect(new Set(clear.renditions.map((r) => r.format))).toEqual(
			new Set(['avif', 'webp', 'png'])
		);
		for (const r of clear.renditions) expect(sniffKind(r.bytes)).toBe(r.format);
		const opaque = await makeRenditions(await drawing(300, 200, 1).png().toBuffer(), QUICK);
		expect(opaque.transparent).toBe(false);
		expect(opaque.renditions.some((r) => r.format === 'jpeg')).toBe(true);
	});
	it('turns a picture upright by its EXIF orientation, and drops its metadata', async () => {
		// Stored 300 wide and 200 high, shown turned a quarter (orientation 6): 200 x 300.
		const turned = await drawing(300, 200)
			.jpeg()
			.withMetadata({ orientation: 6, exif: { IFD0: { Artist: 'Someone', Copyright: 'x' } } })
			.toBuffer();
		expect((await sharp(turned).metadata()).orientation).toBe(6);
		const made = await makeRenditions(turned, QUICK);
		expect([made.width, made.height]).toEqual([200, 300]);
		const widest = made.renditions.filter((r) => r.width === 200);
		expect(widest.map((r) => r.height)).toEqual([300, 300, 300]);
		// Turned clockwise, the drawing's blue left half is now its top.
		const jpeg = made.renditions.find((r) => r.format === 'jpeg' && r.width === 200)!;
		const { data } = await sharp(jpeg.bytes).raw().toBuffer({ resolveWithObject: true });
		const top = 3 * (10 * 200 + 100);
		expect(data[top + 2]!).toBeGreaterThan(data[top]! + 100);
		for (const r of made.renditions) {
			const meta = await sharp(r.bytes).metadata();
			expect(meta.orientation).toBeUndefined();
			expect(meta.exif).toBeUndefined();
			expect(r.height / r.width).toBeCloseTo(1.5, 1);
		}
	});
	it('gives the average colour and a small blurred preview', async () => {
		const made = await makeRenditions(await drawing(400, 200).jpeg().toBuffer(), QUICK);
		expect(made.color).toMatch(/^#[0-9a-f]{6}$/);
		// Half orange (200,80,40), half blue (30,90,200): about (115,85,120).
		const [r, g, b] = [1, 3, 5].map((i) => parseInt(made.color.slice(i, i + 2), 16));
		expect(Math.abs(r! - 115)).toBeLessThan(12);
		expect(Math.abs(g! - 85)).toBeLessThan(12);
		expect(Math.abs(b! - 120)).toBeLessThan(12);
		expect(made.preview).toMatch(/^data:image\/webp;base64,[A-Za-z0-9+/=]+$/);
		expect(made.preview.length).toBeLessThanOrEqual(600);
		const preview = Buffer.from(made.preview.split(',')[1]!, 'base64');
		expect(sniffKind(preview)).toBe('webp');
		expect((await sharp(preview).metadata()).width).toBeLessThanOrEqual(32);
	});
	it('keeps the preview under 600 bytes for a tall picture of see-through noise', async () => {
		const noise = Buffer.from(
			Array.from({ length: 64 * 128 * 4 }, () => Math.floor(Math.random() * 256))
		);
		const input = await sharp(noise, { raw: { width: 64, height: 128, channels: 4 } })
			.png()
			.toBuffer();
		const made = await makeRenditions(input, QUICK);
		expect(made.preview.length).toBeLessThanOrEqual(600);
	});
});
