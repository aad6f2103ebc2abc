// --fetch-media (issue 32): an imported story's remote media brought home from a loopback
// server of our own, what stays a link card and why, the cache, and the services whose
// pages are not files.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bringMediaHome, reportFetchable } from '../../tools/import/bring-home';
import { DEFAULT_FETCH_OPTIONS, fetchFile } from '../../tools/import/fetcher';
import { importStory } from '../../tools/import/index';
import { planFetch } from '../../tools/import/media-services';
import type { Report } from '../../tools/import/report';
import { CITIES } from './fixtures';
import {
	PICTURES,
	startPictureServer,
	timeline,
	type Media,
	type PictureServer
} from './picture-server';

let server: PictureServer;
const scratch = mkdtempSync(join(tmpdir(), 'bring-home-'));
beforeAll(async () => {
	server = await startPictureServer({ big: 2e6 });
});
afterAll(async () => {
	await server.close();
	rmSync(scratch, { recursive: true, force: true });
});

function imported(media: Media[]) {
	const result = importStory({
		fileName: 'pictures.json',
		text: timeline(media),
		readLocalFile: () => null,
		cities: CITIES
	});
	if ('problems' in result) throw new Error(result.problems.join('\n'));
	return result;
}

const lineOf = (report: Report, section: 'changed' | 'beforePublishing', start: string) =>
	report[section].find((line) => line.text.startsWith(start));

describe('bringing remote media home', () => {
	const media = (): Media[] => [
		{ url: `${server.origin}/pictures/mountain-road.jpg`, caption: 'A road', credit: 'Invented' },
		{ url: `${server.origin}/pictures/mountain-road.jpg` },
		{ url: `${server.origin}/pictures/mountain-road.jpg?copy=1`, credit: 'Invented' },
		{ url: `${server.origin}/tone.mp3`, credit: 'Invented' },
		{ url: `${server.origin}/page.jpg` },
		{ url: `${server.origin}/missing.jpg` },
		{ url: `${server.origin}/slow.jpg` },
		{ url: `${server.origin}/big.jpg` },
		{ url: `${server.origin}/redirect/4` },
		{ url: `${server.origin}/bomb.png` },
		{ url: 'https://www.flickr.com/photos/invented/1' },
		{ url: `${server.origin}/redirect/2`, credit: 'Invented' }
	];
	const options = (storyDir: string) => ({
		storyDir: join(scratch, storyDir),
		cacheDir: join(scratch, 'cache'),
		fileName: 'pictures.json',
		// Time enough for a loaded machine's loopback; the slow file never ends, so it takes it all.
		fetch: { ...DEFAULT_FETCH_OPTIONS, allowPrivate: true, timeoutMs: 3000, maxBytes: 500_000 }
	});

	it('refuses every loopback address without --allow-private, asking the server nothing', async () => {
		const { story, report, remoteMedia } = imported(media());
		const before = server.requests.length;
		await bringMediaHome(remoteMedia, report, {
			...options('private'),
			fetch: DEFAULT_FETCH_OPTIONS
		});
		expect(server.requests.length).toBe(before);
		expect(story.events.every((e) => e.media![0]!.src.startsWith('https://'))).toBe(true);
		expect(report.fetch!.summary).toMatch(
			/^0 fetched into media\/.*, 11 refused, 0 failed, 1 pages/
		);
		expect(report.fetch!.lines[0]).toBe(
			`events[0] "Day 1": media: ${server.origin}/pictures/mountain-road.jpg: refused: 127.0.0.1 is a loopback address (it stays a link card)`
		);
	});

	it('brings pictures and sound home once each, and says why the rest stay link cards', async () => {
		const { story, report, remoteMedia } = imported(media());
		await bringMediaHome(remoteMedia, report, options('first'));
		const items = story.events.map((e) => e.media![0]!);
		const road = items[0]!.src;
		expect(road).toMatch(/^media\/mountain-road-[0-9a-f]{8}\.jpg$/);
		// One address twice, and the same bytes at another: one file, one request each address.
		expect([items[1]!.src, items[2]!.src]).toEqual([road, road]);
		expect(
			readdirSync(join(scratch, 'first', 'media')).filter((f) => f.startsWith('mountain'))
		).toEqual([road.slice(6)]);
		expect(readFileSync(join(scratch, 'first', road)).equals(PICTURES['mountain-road.jpg'])).toBe(
			true
		);
		expect(server.count('/pictures/mountain-road.jpg')).toBe(1);
		expect(items[0]).toEqual({
			src: road,
			alt: 'A road',
			caption: 'A road',
			credit: 'Invented',
			fetchedFrom: `${server.origin}/pictures/mountain-road.jpg`
		});
		// No credit in the file: the host, flagged.
		expect(items[1]).toMatchObject({ alt: 'Day 2', credit: '127.0.0.1' });
		expect(lineOf(report, 'beforePublishing', 'Provisional credits')!.where).toEqual([
			'events[1] "Day 2": media: “127.0.0.1”'
		]);
		expect(items[3]!.src).toMatch(/^media\/tone-[0-9a-f]{8}\.mp3$/);
		expect(
			lineOf(report, 'beforePublishing', 'Fetched video and sound need captions')!.where
		).toEqual(['events[3] "Day 4": media']);
		// Named after the address asked for, whatever it redirected to.
		expect(readFileSync(join(scratch, 'first', items[11]!.src))).toEqual(
			PICTURES['hillside-stairs.jpg']
		);
		// The rest are as they were: link cards.
		for (const i of [4, 5, 6, 7, 8, 9, 10]) expect(items[i]!.src).toMatch(/^https:\/\//);
		const why = (i: number) =>
			report
				.fetch!.lines.find((l) => l.startsWith(`events[${i}] "Day ${i + 1}"`))
				?.replace(/^.*?: (refused|failed): /, '$1: ');
		expect([4, 5, 6, 7, 8, 9].map(why)).toEqual([
			'refused: its bytes are an HTML page (or other markup) (it stays a link card)',
			'failed: the server answered 404 (it stays a link card)',
			'failed: it took longer than 3 s (it stays a link card)',
			'refused: it is more than the 500000 bytes allowed (it stays a link card)',
			'refused: more than 3 redirects (it stays a link card)',
			expect.stringMatching(/^refused: it (is 30000 × 30000 pixels|cannot be read as a picture)/)
		]);
		expect(report.fetch!.lines.at(-1)).toBe(
			'Pages of other services, not files: they stay link cards (Flickr 1)'
		);
		expect(report.fetch!.summary).toMatch(
			/^5 fetched into media\/ \(3 files, .*, 4 refused, 2 failed, 1 pages/
		);
		// The rights: every fetched item with its credit and address.
		expect(
			lineOf(
				report,
				'beforePublishing',
				'Fetched media: publish each only if the desk holds the rights'
			)!.where
		).toHaveLength(5);
		// Link cards still listed as such are only the ones not fetched.
		expect(lineOf(report, 'changed', 'Remote media kept as addresses')!.where).toHaveLength(7);
	});

	it('asks for nothing it has already, the second time', async () => {
		const first = [...server.requests];
		const { story, report, remoteMedia } = imported(media());
		await bringMediaHome(remoteMedia, report, options('second'));
		const asked = server.requests.slice(first.length);
		// Only what failed or was refused is asked again.
		for (const path of [
			'/pictures/mountain-road.jpg',
			'/pictures/mountain-road.jpg?copy=1',
			'/tone.mp3',
			'/pictures/hillside-stairs.jpg'
		])
			expect(asked).not.toContain(path);
		expect(asked).toContain('/missing.jpg');
		expect(report.fetch!.summary).toMatch(/ 0 MB downloaded now, 5 from the cache/);
		expect(story.events[0]!.media![0]!.src).toMatch(/^media\/mountain-road-/);
	});

	it('gives YouTube and Vimeo cards their thumbnail, and fetches a Commons file through its file path', async () => {
		const asked: string[] = [];
		// The services' addresses, answered by our server: the test reaches no one else.
		const local: Record<string, string> = {
			'https://img.youtube.com/vi/Invented_01/hqdefault.jpg': '/pictures/briefing.jpg',
			[`https://vimeo.com/api/oembed.json?url=${encodeURIComponent('https://vimeo.com/76979871')}`]:
				'/oembed.json',
			'https://i.vimeocdn.com/video/1-d_640': '/pictures/poster-card.png',
			'https://commons.wikimedia.org/wiki/Special:FilePath/Invented_drawing.jpg?width=1600':
				'/pictures/hillside-stairs.jpg'
		};
		const fake: typeof fetchFile = (url, accept, fetchOptions) => {
			asked.push(url);
			return fetchFile(`${server.origin}${local[url] ?? '/missing.jpg'}`, accept, fetchOptions);
		};
		const { story, report, remoteMedia } = imported([
			{ url: 'https://www.youtube.com/watch?v=Invented_01&t=5s', caption: 'A video' },
			{ url: 'https://vimeo.com/76979871', credit: 'Invented' },
			{ url: 'https://commons.wikimedia.org/wiki/File:Invented_drawing.jpg', credit: 'Invented' },
			{ url: 'https://soundcloud.com/invented/track' }
		]);
		await bringMediaHome(remoteMedia, report, { ...options('services'), fetchFile: fake });
		// Four at a time: in any order.
		expect([...asked].sort()).toEqual(Object.keys(local).sort());
		const [youtube, vimeo, commons, sound] = story.events.map((e) => e.media![0]!);
		expect(youtube).toEqual({
			src: 'https://www.youtube.com/watch?v=Invented_01&t=5s',
			poster: expect.stringMatching(/^media\/youtube-invented-01-[0-9a-f]{8}\.jpg$/),
			alt: 'A video',
			caption: 'A video',
			credit: 'youtube.com'
		});
		expect(vimeo).toMatchObject({
			src: 'https://vimeo.com/76979871',
			poster: expect.stringMatching(/^media\/vimeo-76979871-.*\.png$/)
		});
		expect(commons).toMatchObject({
			src: expect.stringMatching(/^media\/invented-drawing-[0-9a-f]{8}\.jpg$/),
			fetchedFrom: 'https://commons.wikimedia.org/wiki/File:Invented_drawing.jpg'
		});
		expect(sound).toEqual({
			src: 'https://soundcloud.com/invented/track',
			credit: 'Not credited in pictures.json'
		});
		expect(lineOf(report, 'changed', 'Link cards given their video’s thumbnail')!.where).toEqual([
			'events[0] "Day 1": media: YouTube',
			'events[1] "Day 2": media: Vimeo'
		]);
	});

	it('without --fetch-media, fetches nothing and says how many it could', () => {
		const { report, remoteMedia } = imported(media());
		const before = server.requests.length;
		reportFetchable(remoteMedia, report);
		expect(server.requests.length).toBe(before);
		expect(report.fetch!.summary).toMatch(
			/^Nothing fetched: 11 remote media items could be brought home with --fetch-media/
		);
	});
});

describe('what --fetch-media does with an address', () => {
	it.each([
		['https://youtu.be/dQw4w9WgXcQ?t=1', 'https://img.youtube.com/vi/dQw4w9WgXcQ/hqdefault.jpg'],
		[
			'https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s',
			'https://img.youtube.com/vi/pi2v1m6gmD8/hqdefault.jpg'
		],
		[
			'https://www.youtube-nocookie.com/embed/pi2v1m6gmD8',
			'https://img.youtube.com/vi/pi2v1m6gmD8/hqdefault.jpg'
		],
		[
			'https://www.youtube.com/shorts/pi2v1m6gmD8',
			'https://img.youtube.com/vi/pi2v1m6gmD8/hqdefault.jpg'
		],
		[
			'https://player.vimeo.com/video/20839673',
			'https://vimeo.com/api/oembed.json?url=https%3A%2F%2Fvimeo.com%2F20839673'
		],
		[
			'https://commons.wikimedia.org/wiki/File:Ape_skeletons.png',
			'https://commons.wikimedia.org/wiki/Special:FilePath/Ape_skeletons.png?width=1600'
		],
		[
			'https://en.m.wikipedia.org/wiki/Big_Bang#/media/File:CMB.jpg',
			'https://en.wikipedia.org/wiki/Special:FilePath/CMB.jpg?width=1600'
		],
		['https://i.imgur.com/abc.png', 'https://i.imgur.com/abc.png'],
		[
			'http://www.germuska.com/salzburg-album/full/2QVB_022.jpg',
			'http://www.germuska.com/salzburg-album/full/2QVB_022.jpg'
		],
		['https://images.example.org/photo?id=3', 'https://images.example.org/photo?id=3']
	])('%s is fetched from %s', (address, url) => {
		expect(planFetch(address)).toMatchObject({ url });
	});

	it.each([
		['https://www.flickr.com/photos/joegermuska/9348943377/', 'Flickr'],
		['http://instagram.com/p/ymwL5JAsw5/', 'Instagram'],
		['https://twitter.com/yayitsrob/status/1265638281783447552', 'X (Twitter)'],
		['https://soundcloud.com/usher-raymond-music/usher', 'SoundCloud'],
		['https://en.wikipedia.org/wiki/Mechanical_Turk', 'Wikipedia'],
		['https://imgur.com/gallery/NRpFrrk', 'Imgur'],
		['https://www.youtube.com/watch?v=short', 'YouTube'],
		['https://example.org/report.pdf', 'PDF']
	])('%s is a page of %s: not fetched', (address, service) => {
		expect(planFetch(address)).toEqual({ kind: 'page', service });
	});
});
