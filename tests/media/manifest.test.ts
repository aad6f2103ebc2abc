import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildMediaManifest,
	type MediaFile,
	type MediaManifest,
	type PictureEntry,
	type RemoteEntry,
	type SoundEntry,
	type VideoEntry
} from '../../tools/media/manifest.ts';
import type { RenditionOptions } from '../../tools/media/pictures.ts';
import { sniffKind } from '../../tools/media/sniff.ts';
import { FIXTURE_LABEL, fixtureStory, readFixture } from './fixture-story.ts';

/** Two widths rather than five: the same entries, in a third of the time. */
const QUICK: RenditionOptions = {
	widths: [320, 640],
	formats: ['avif', 'webp'],
	quality: { avif: 50, webp: 75, jpeg: 78, png: 80 }
};

let cacheDir = '';
let manifest: MediaManifest;
let files: MediaFile[];
const build = (story: unknown = fixtureStory(), more = {}) =>
	buildMediaManifest(story, {
		storyLabel: FIXTURE_LABEL,
		readFile: readFixture,
		cacheDir,
		renditions: QUICK,
		...more
	});

beforeAll(async () => {
	cacheDir = mkdtempSync(join(tmpdir(), 'story-media-manifest-'));
	({ manifest, files } = await build());
}, 120_000);
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const emitted = (file: string) => files.find((f) => f.fileName === file)?.bytes;
const EXT_KIND = { avif: 'avif', webp: 'webp', jpg: 'jpeg', png: 'png' } as const;

describe('buildMediaManifest on the fixture story', () => {
	it('has an entry for every item, by its src, in the story’s order', () => {
		expect(Object.keys(manifest.items)).toEqual([
			'media/poster-card.png',
			'media/mountain-road.jpg',
			'https://www.youtube.com/watch?v=aaaaaaaaaaa',
			'media/hillside-stairs.jpg',
			'media/briefing.mp4',
			'media/tone.mp3',
			'media/ridge-panorama.jpg'
		]);
	});

	it.each([
		['media/mountain-road.jpg', 'mountain-road', 2400, 1600, 'image/jpeg'],
		['media/hillside-stairs.jpg', 'hillside-stairs', 1200, 1800, 'image/jpeg'],
		['media/poster-card.png', 'poster-card', 1600, 1600, 'image/png'],
		['media/ridge-panorama.jpg', 'ridge-panorama', 3000, 1000, 'image/jpeg']
	])('gives %s its size, placeholder and renditions', (src, stem, width, height, fallback) => {
		const entry = manifest.items[src] as PictureEntry;
		expect(entry).toMatchObject({ kind: 'picture', width, height, fallbackType: fallback });
		expect(entry.color).toMatch(/^#[0-9a-f]{6}$/);
		expect(entry.preview).toMatch(/^data:image\/webp;base64,/);
		expect(entry.preview.length).toBeLessThanOrEqual(600);
		const ext = fallback === 'image/png' ? 'png' : 'jpg';
		for (const [format, list] of Object.entries(entry.sources)) {
			expect(list.map((r) => r.width)).toEqual([320, 640]);
			for (const r of list) {
				const name = new RegExp(
					`^media/${stem}-[0-9a-f]{8}-${r.width}\\.${format === 'fallback' ? ext : format}$`
				);
				expect(r.file).toMatch(name);
				const bytes = emitted(r.file)!;
				expect(bytes.length).toBe(r.bytes);
				expect(sniffKind(bytes)).toBe(EXT_KIND[r.file.split('.').pop() as keyof typeof EXT_KIND]);
			}
		}
		// One hash names all of a picture's renditions: a service worker can find the
		// offline one from any of them.
		const hashes = new Set(
			Object.values(entry.sources)
				.flat()
				.map((r) => r.file.split('-').at(-2))
		);
		expect(hashes.size).toBe(1);
		expect(entry.offline).toEqual({ ...entry.sources.webp[1]!, type: 'image/webp' });
	});

	it('gives the clip its file, poster and every language’s captions', () => {
		const clip = manifest.items['media/briefing.mp4'] as VideoEntry;
		const original = readFixture('media/briefing.mp4')!;
		expect(clip).toMatchObject({ kind: 'video', type: 'video/mp4', bytes: original.length });
		expect(clip.file).toMatch(/^media\/briefing-[0-9a-f]{8}\.mp4$/);
		expect(Buffer.compare(emitted(clip.file)!, original)).toBe(0);
		expect(clip.poster).toMatchObject({ kind: 'picture', width: 640, height: 360 });
		expect(clip.poster!.sources.fallback.map((r) => r.width)).toEqual([320, 640]);
		expect(clip.tracks.map((t) => t.lang)).toEqual(['en', 'ru', 'ar']);
		for (const track of clip.tracks) {
			expect(track.file).toMatch(new RegExp(`^media/briefing-${track.lang}-[0-9a-f]{8}\\.vtt$`));
			const original = readFixture(`media/briefing.${track.lang}.vtt`)!;
			expect(track.bytes).toBe(original.length);
			expect(Buffer.compare(emitted(track.file)!, original)).toBe(0);
		}
	});

	it('gives the tone its file and type, and no tracks: it has no speech', () => {
		const tone = manifest.items['media/tone.mp3'] as SoundEntry;
		expect(tone).toMatchObject({ kind: 'sound', type: 'audio/mpeg', tracks: [] });
		expect(tone.file).toMatch(/^media\/tone-[0-9a-f]{8}\.mp3$/);
		expect(tone.bytes).toBe(readFixture('media/tone.mp3')!.length);
	});

	it('gives a link its service, and fetches nothing', () => {
		expect(manifest.items['https://www.youtube.com/watch?v=aaaaaaaaaaa']).toEqual({
			kind: 'remote',
			href: 'https://www.youtube.com/watch?v=aaaaaaaaaaa',
			service: 'YouTube',
			poster: null
		});
	});

	it('gives a link card its picture, made like any other (a thumbnail brought home at import)', async () => {
		const story = fixtureStory();
		const card = 'https://www.youtube.com/watch?v=bbbbbbbbbbb';
		story.events[0]!.media = [
			{ src: card, poster: 'media/briefing.jpg', alt: 'A still', credit: 'x' }
		];
		const { manifest: made } = await build(story);
		const entry = made.items[card] as RemoteEntry;
		// The same picture as the fixture video's poster: the same renditions, made once.
		expect(entry.poster).toEqual((manifest.items['media/briefing.mp4'] as VideoEntry).poster);
		expect(made.offline).toContain(entry.poster!.offline.file);
	});

	it('lists the offline files: a phone’s rendition of each picture and poster, every track', () => {
		const pictures = Object.values(manifest.items).flatMap((e) =>
			e.kind === 'picture'
				? [e.offline.file]
				: e.kind === 'video' && e.poster
					? [e.poster.offline.file]
					: []
		);
		const tracks = Object.values(manifest.items).flatMap((e) =>
			e.kind === 'video' || e.kind === 'sound' ? e.tracks.map((t) => t.file) : []
		);
		expect(manifest.offline).toEqual([...pictures, ...tracks].sort());
		expect(manifest.offline).toHaveLength(8);
	});

	it('adds up the files it emits, the offline subset and the originals', () => {
		const sum = (list: Uint8Array[]) => list.reduce((n, b) => n + b.length, 0);
		expect(new Set(files.map((f) => f.fileName)).size).toBe(files.length);
		expect(manifest.totals.files).toBe(files.length);
		// 5 pictures (the poster too) x 2 widths x 3 formats, the clip, the tone, 3 tracks.
		expect(files).toHaveLength(5 * 2 * 3 + 1 + 1 + 3);
		expect(manifest.totals.emittedBytes).toBe(sum(files.map((f) => f.bytes)));
		expect(manifest.totals.offlineBytes).toBe(sum(manifest.offline.map((f) => emitted(f)!)));
		const originals = [
			'poster-card.png',
			'mountain-road.jpg',
			'hillside-stairs.jpg',
			'briefing.mp4',
			'briefing.jpg',
			'briefing.en.vtt',
			'briefing.ru.vtt',
			'briefing.ar.vtt',
			'tone.mp3',
			'ridge-panorama.jpg'
		];
		expect(manifest.totals.originalBytes).toBe(
			sum(originals.map((f) => readFixture(`media/${f}`)!))
		);
	});
});

describe('buildMediaManifest', () => {
	it('names the same files the same on the next build', async () => {
		const again = await build();
		expect(again.manifest).toEqual(manifest);
	});
	it('leaves out an edition’s track that is not there', async () => {
		const { manifest } = await build(fixtureStory(), {
			readFile: (path: string) => (path === 'media/briefing.ru.vtt' ? null : readFixture(path))
		});
		expect((manifest.items['media/briefing.mp4'] as VideoEntry).tracks.map((t) => t.lang)).toEqual([
			'en',
			'ar'
		]);
	});
	it('makes a picture used twice once', async () => {
		const story = fixtureStory();
		story.events[4]!.media = [{ src: 'media/ridge-panorama.jpg', alt: 'Again', credit: 'x' }];
		const twice = await build(story);
		expect(twice.files).toHaveLength(files.length);
	});
	it('names files as the caller asks', async () => {
		const { manifest } = await build(fixtureStory(), {
			outputName: ({
				name,
				hash,
				width,
				ext
			}: {
				name: string;
				hash: string;
				width?: number;
				ext: string;
			}) => `_app/media/${hash}/${name}${width ? `@${width}` : ''}.${ext}`
		});
		expect((manifest.items['media/tone.mp3'] as SoundEntry).file).toMatch(
			/^_app\/media\/[0-9a-f]{8}\/tone\.mp3$/
		);
		expect(
			(manifest.items['media/mountain-road.jpg'] as PictureEntry).sources.avif[0]!.file
		).toMatch(/^_app\/media\/[0-9a-f]{8}\/mountain-road@320\.avif$/);
	});
	it('names a picture sharp cannot read', async () => {
		const whole = readFixture('media/mountain-road.jpg')!;
		const cut = whole.subarray(0, whole.length / 2);
		const readFile = (path: string) =>
			path === 'media/mountain-road.jpg' ? cut : readFixture(path);
		await expect(build(fixtureStory(), { readFile })).rejects.toThrow(
			`${FIXTURE_LABEL}: "media/mountain-road.jpg" cannot be read as a picture: `
		);
	});
	it('fails with every problem, and passes the warnings on', async () => {
		const story = fixtureStory();
		story.events[0]!.media = [
			{ src: 'media/gone.jpg', alt: 'x' },
			{ src: 'http://example.org/', credit: 'x' }
		];
		await expect(build(story)).rejects.toThrow(
			`${FIXTURE_LABEL} has 2 media problem(s):\n- ${FIXTURE_LABEL}: events[0] "lima-meeting": media[0].src "media/gone.jpg" is missing\n- ${FIXTURE_LABEL}: events[0] "lima-meeting": media[0].credit is missing`
		);
		story.events[0]!.media = [{ src: 'http://example.org/', credit: 'x' }];
		const { warnings, manifest } = await build(story);
		expect(warnings).toEqual([
			`${FIXTURE_LABEL}: events[0] "lima-meeting": media[0].src "http://example.org/" is an http:// address: link to its https:// address`
		]);
		expect(manifest.items['http://example.org/']).toEqual({
			kind: 'remote',
			href: 'http://example.org/',
			service: 'example.org',
			poster: null
		});
	});
});
