// The story's media in a real build (`STORY=… vite build`): the fixture's pictures, video,
// sound and link reach the page as plain HTML with their files beside it, the offline copy
// lists one rendition a picture, the browser's start-up script carries none of it, and a
// broken media list fails the build naming the file, the event and the field. The same build
// shows the fixture's steps, span, maps, layers and manifest (the unit tests' one build of it),
// and its embed files and hosting files (tools/embed/, tools/hosting/) cover every file it wrote.
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '$lib/story/types';
import { dateKey } from '$lib/story/dates';
import { storyRegion } from '../../tools/basemap/build.js';
import { embedCode } from '../../tools/embed/oembed.ts';
import { siteFiles, writeHostingFiles } from '../../tools/hosting/write.ts';
import { MEDIA_DIR } from '../../tools/media/vite-plugin.ts';
import { headersProblems, uploadsOf } from '../hosting/read-hosting';
import { builtIn, fixture } from '../stories';
import { FIXTURE_STORY, fixtureStory } from './fixture-story.ts';

const temp = mkdtempSync(join(tmpdir(), 'story-media-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The fixture story, as `story` has it, in a folder of its own with a copy of its media. */
function storyFolder(name: string, story = fixtureStory()) {
	const dir = join(temp, name);
	cpSync(join(FIXTURE_STORY, '../media'), join(dir, 'media'), { recursive: true });
	cpSync(join(FIXTURE_STORY, '../layers'), join(dir, 'layers'), { recursive: true });
	writeFileSync(join(dir, 'story.json'), JSON.stringify(story));
	return dir;
}

function build(dir: string) {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		STORY: join(dir, 'story.json'),
		BUILD_DIR: join(dir, 'build'),
		NODE_ENV: 'production'
	};
	for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
	return spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		env,
		encoding: 'utf8'
	});
}

describe('the built-in story', () => {
	it('has no media: we hold no pictures with the right to publish', () => {
		expect(builtIn.meta.media).toBeUndefined();
		expect(builtIn.events.filter((e) => e.media)).toEqual([]);
	});
});

describe('STORY=… vite build, with media', () => {
	let site = '';
	let html = '';
	let output = '';
	beforeAll(() => {
		// The fixture, and one more picture: a PNG named .jpg, which builds with a warning.
		const story = fixtureStory();
		story.events.at(-1)!.media = [{ src: 'media/renamed.jpg', alt: 'A card', credit: 'Tests' }];
		const dir = storyFolder('fixture', story);
		cpSync(join(dir, 'media/poster-card.png'), join(dir, 'media/renamed.jpg'));
		const result = build(dir);
		expect(result.status, result.stderr).toBe(0);
		output = result.stdout + result.stderr;
		site = join(dir, 'build');
		html = readFileSync(join(site, 'index.html'), 'utf8');
	}, 240_000);

	it('prints the media’s warnings, naming the file, the event and the field', () => {
		expect(output).toContain(
			`${join(temp, 'fixture', 'story.json')}: events[4] "quito-accord": media[0].src "media/renamed.jpg" is a PNG picture named .jpg: the build reads it, but rename it`
		);
	});

	it('builds the fixture story: its steps, its span, its maps and its manifest', () => {
		// What tests/story-file.test.ts would build again: the fixture (with one picture more).
		const steps = [
			...html.matchAll(/<article id="([^"]+)"[^>]*data-date="([^"]+)" data-places="([^"]+)"/g)
		];
		expect(steps.map(([, id, date, places]) => [id, date, places])).toEqual(
			// data-date is the date at its precision: a month's event says its month.
			fixture.events.map((e) => [e.id, dateKey(e.date, e.precision), e.places.join(' ')])
		);
		expect(html).toContain(`min="${fixture.meta.span.start}"`);
		expect(html).toContain(`max="${fixture.meta.span.end}"`);
		expect(html).toContain(`>${fixture.meta.title}</h1>`);
		expect(html).not.toMatch(/Astana|Syria|2016/);
		for (const id of ['overview', ...fixture.events.map((e) => e.id)])
			expect(existsSync(join(site, 'maps', `${id}.svg`)), id).toBe(true);
		expect(readFileSync(join(site, 'maps', 'overview.svg'), 'utf8')).toContain('BOLIVIA');
		const manifest = JSON.parse(readFileSync(join(site, 'manifest.webmanifest'), 'utf8'));
		expect(manifest.name).toBe(fixture.meta.title);
		const assets = join(site, '_app/immutable/assets');
		const basemap = readdirSync(assets).find((name) => /^basemap\.[\w-]+\.json$/.test(name))!;
		expect(JSON.parse(readFileSync(join(assets, basemap), 'utf8')).bbox).toEqual(
			storyRegion(fixture)
		);
		// Its data layers, checked and published as files of their own (docs/maps.md).
		const layers = readdirSync(join(site, '_app/immutable/layers'));
		expect(layers.map((name) => name.replace(/-[0-9a-f]{12}\.geojson$/, '')).sort()).toEqual(
			fixture.meta.layers!.map((layer) => layer.id).sort()
		);
	});

	it('writes every picture’s renditions, the clip, the tone and the tracks into the site', () => {
		const written = readdirSync(join(site, MEDIA_DIR));
		for (const stem of [
			'poster-card',
			'mountain-road',
			'hillside-stairs',
			'ridge-panorama',
			'briefing'
		])
			for (const ext of ['avif', 'webp'])
				expect(
					written.filter((f) => f.startsWith(`${stem}-`) && f.endsWith(`.${ext}`)).length,
					`${stem} ${ext}`
				).toBeGreaterThanOrEqual(3);
		expect(written.filter((f) => /^briefing-[0-9a-f]{8}\.mp4$/.test(f))).toHaveLength(1);
		expect(written.filter((f) => /^tone-[0-9a-f]{8}\.mp3$/.test(f))).toHaveLength(1);
		// The story has no editions: its English track alone (tests/media/edition.test.ts has one).
		expect(written.filter((f) => f.endsWith('.vtt'))).toEqual([
			expect.stringMatching(/^briefing-en-[0-9a-f]{8}\.vtt$/)
		]);
	});

	it('writes the media into the page’s HTML, each file addressed from the page', () => {
		// The introduction's card and every step's pictures, the clip, the tone and the link.
		expect(html.match(/<figure class="media-item media-picture"/g)).toHaveLength(5);
		expect(html.match(/<video /g)).toHaveLength(1);
		expect(html.match(/<audio /g)).toHaveLength(1);
		expect(html).toContain('href="https://www.youtube.com/watch?v=aaaaaaaaaaa"');
		const addresses = [...html.matchAll(/(?:src|srcset|poster)="([^"]+)"/g)].flatMap(([, v]) =>
			v!.split(', ').map((s) => s.split(' ')[0]!)
		);
		const media = addresses.filter((a) => a.includes('/media/'));
		expect(media.length).toBeGreaterThan(40);
		for (const address of media) {
			expect(address.startsWith(`./${MEDIA_DIR}/`), address).toBe(true);
			expect(existsSync(join(site, address)), address).toBe(true);
		}
	});

	it('lists one rendition a picture and poster, and the tracks, for the offline copy', () => {
		const worker = readFileSync(join(site, 'service-worker.js'), 'utf8');
		const listed = [...worker.matchAll(new RegExp(`/${MEDIA_DIR}/[^\`"',]+`, 'g'))].map(([p]) => p);
		expect(
			listed.filter((p) => p.endsWith('.webp')).map((p) => p.replace(/-[0-9a-f]{8}-\d+\.webp$/, ''))
		).toEqual([
			`/${MEDIA_DIR}/briefing`,
			`/${MEDIA_DIR}/hillside-stairs`,
			`/${MEDIA_DIR}/mountain-road`,
			`/${MEDIA_DIR}/poster-card`,
			`/${MEDIA_DIR}/renamed`,
			`/${MEDIA_DIR}/ridge-panorama`
		]);
		expect(listed.filter((p) => p.endsWith('.vtt'))).toHaveLength(1);
		expect(listed.filter((p) => /\.(avif|jpg|png|mp4|mp3)$/.test(p))).toEqual([]);
	});

	it('writes the embed files, and hosting files that cover every file of the site', () => {
		const story = fixtureStory() as unknown as Story;
		const { beside } = writeHostingFiles(site, story, ['en']);
		const files = siteFiles(site).filter((file) => file !== '_headers');
		expect(files).toEqual(expect.arrayContaining(['embed.js', 'oembed.json', 'index.html']));
		expect(JSON.parse(readFileSync(join(site, 'oembed.json'), 'utf8')).html).toBe(
			embedCode(story.meta.url, story.meta.title)
		);
		expect(headersProblems(readFileSync(join(site, '_headers'), 'utf8'), files)).toEqual([]);
		const uploads = uploadsOf(readFileSync(join(beside, 's3-upload.sh'), 'utf8'), files);
		for (const file of files)
			expect(
				uploads.filter((u) => u.key === file),
				file
			).toHaveLength(1);
		// Every kind of file the build wrote, pictures, sound and video among them.
		const kinds = new Set(files.map((file) => file.split('.').pop()));
		for (const kind of ['avif', 'webp', 'mp4', 'vtt', 'mjs', 'woff2', 'svg', 'webmanifest'])
			expect(kinds.has(kind), kind).toBe(true);
	});

	it('leaves the media out of the browser’s scripts: the server draws them all', () => {
		// A story whose later steps have no media: the browser never draws any, so no script
		// holds their data or the code that draws them (e2e/contract/fixture-later-media.spec.ts
		// has a story whose later steps do).
		const chunks = join(site, '_app/immutable');
		const scripts = readdirSync(chunks, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.js'))
			.map((f) => readFileSync(join(chunks, f), 'utf8'));
		expect(scripts.length).toBeGreaterThan(5);
		for (const needle of ['mountain-road', 'data:image/webp', 'show-modal', 'media-open'])
			expect(
				scripts.filter((s) => s.includes(needle)),
				needle
			).toEqual([]);
	});
});

describe('a broken media list', () => {
	it('fails the build, one line a problem naming the file, the event and the field', () => {
		const story = fixtureStory();
		const first = story.events[0]!.media as Record<string, unknown>[];
		delete first[0]!.alt;
		const dir = storyFolder('broken', story);
		rmSync(join(dir, 'media/hillside-stairs.jpg'));
		writeFileSync(join(dir, 'media/ridge-panorama.jpg'), readFileSync(join(dir, 'media/tone.mp3')));
		const result = build(dir);
		expect(result.status).not.toBe(0);
		const output = result.stderr + result.stdout;
		const label = join(dir, 'story.json');
		for (const line of [
			`${label}: events[0] "lima-meeting": media[0].alt is missing: every picture needs alt text`,
			`${label}: events[1] "la-paz-march": media[0].src "media/hillside-stairs.jpg" is missing`,
			`${label}: events[3] "santiago-talks": media[0].src "media/ridge-panorama.jpg" is not a picture: its bytes are an MP3 sound`
		])
			expect(output).toContain(line);
		expect(existsSync(join(dir, 'build', 'index.html'))).toBe(false);
	}, 120_000);
});
