// What the page is given for each media item (tools/media/page-data.ts), from a manifest
// written out here: the files and widths the markup needs, the edition's own words first,
// the first screen's picture marked, and nothing of it in the browser's start-up data.
import { describe, expect, it } from 'vitest';
import type { MediaManifest, PictureEntry, SoundEntry } from '../../tools/media/manifest.ts';
import {
	pageEntry,
	shortAddress,
	withMedia,
	withoutMedia,
	type PagePicture,
	type PageRemote,
	type PageSound,
	type PageVideo,
	type ShownItem
} from '../../tools/media/page-data.ts';
import type { Story } from '$lib/story/types';
import { fixture } from '../stories';

const file = (name: string, width: number) => ({ file: `m/${name}-${width}`, width, bytes: width });
const picture = (name: string, transparent = false): PictureEntry => ({
	kind: 'picture',
	width: 1600,
	height: 1000,
	color: '#123456',
	preview: 'data:image/webp;base64,AAAA',
	sources: {
		avif: [file(`${name}.avif`, 320), file(`${name}.avif`, 640)],
		webp: [file(`${name}.webp`, 320), file(`${name}.webp`, 640)],
		fallback: [file(`${name}.jpg`, 320), file(`${name}.jpg`, 640)]
	},
	fallbackType: transparent ? 'image/png' : 'image/jpeg',
	offline: { ...file(`${name}.webp`, 640), type: 'image/webp' }
});
const tracks = [
	{ file: 'm/talk-en.vtt', lang: 'en', bytes: 1 },
	{ file: 'm/talk-ru.vtt', lang: 'ru', bytes: 1 },
	{ file: 'm/talk-ar.vtt', lang: 'ar', bytes: 1 }
];
const vtt: Record<string, string> = {
	'm/talk-en.vtt': 'WEBVTT\n\n00:00.000 --> 00:01.000\nGood evening',
	'm/talk-ru.vtt': 'WEBVTT\n\n00:00.000 --> 00:01.000\nДобрый вечер',
	'm/talk-ar.vtt': 'WEBVTT\n\n00:00.000 --> 00:01.000\nمساء الخير'
};
const fileBytes = (name: string) =>
	vtt[name] === undefined ? undefined : new TextEncoder().encode(vtt[name]);

const manifest: MediaManifest = {
	items: {
		'a.jpg': picture('a'),
		'b.jpg': picture('b'),
		'c.jpg': picture('c'),
		'clip.mp4': {
			kind: 'video',
			file: 'm/clip.mp4',
			type: 'video/mp4',
			bytes: 9,
			poster: picture('poster'),
			tracks
		},
		'talk.mp3': { kind: 'sound', file: 'm/talk.mp3', type: 'audio/mpeg', bytes: 9, tracks },
		'https://www.youtube.com/watch?v=x': {
			kind: 'remote',
			href: 'https://www.youtube.com/watch?v=x',
			service: 'YouTube',
			poster: null
		},
		'https://vimeo.com/1': {
			kind: 'remote',
			href: 'https://vimeo.com/1',
			service: 'Vimeo',
			poster: picture('thumbnail')
		}
	},
	offline: [],
	totals: { files: 0, emittedBytes: 0, offlineBytes: 0, originalBytes: 0 }
};

/** The fixture with these media lists: the introduction's, then each event's by position. */
function storyWith(intro: string[] | undefined, ...events: string[][]): Story {
	const item = (src: string) => ({ src, alt: `alt of ${src}`, credit: 'Someone' });
	const story = structuredClone(fixture);
	if (intro) story.meta.media = intro.map(item);
	else delete story.meta.media;
	story.events.forEach((event, i) => {
		if (events[i]?.length) event.media = events[i]!.map(item);
		else delete event.media;
	});
	return story;
}
const shown = (items: unknown) => items as ShownItem[];
const leads = (story: Story) =>
	[story.meta.media ?? [], ...story.events.map((e) => e.media ?? [])].flatMap((items) =>
		shown(items).flatMap((item) =>
			item.entry.kind === 'picture' && item.entry.lead ? [item.src] : []
		)
	);

describe('pageEntry', () => {
	it('gives a picture its files and widths, without byte counts, and its still', () => {
		const entry = pageEntry(manifest.items['a.jpg']!, { edition: 'en', fileBytes }) as PagePicture;
		expect(entry.avif).toEqual([
			{ file: 'm/a.avif-320', width: 320 },
			{ file: 'm/a.avif-640', width: 640 }
		]);
		expect(entry.fallback.map((f) => f.file)).toEqual(['m/a.jpg-320', 'm/a.jpg-640']);
		expect(entry).toMatchObject({
			width: 1600,
			height: 1000,
			color: '#123456',
			still: 'm/a.webp-640'
		});
		expect(JSON.stringify(entry)).not.toContain('bytes');
		expect(entry.lead).toBeUndefined();
	});

	it('puts the edition’s caption track first, each named in its own language', () => {
		const en = pageEntry(manifest.items['clip.mp4']!, { edition: 'en', fileBytes }) as PageVideo;
		expect(en.tracks.map((t) => [t.lang, t.label])).toEqual([
			['en', 'English'],
			['ru', 'Русский'],
			['ar', 'العربية']
		]);
		const ar = pageEntry(manifest.items['clip.mp4']!, { edition: 'ar', fileBytes }) as PageVideo;
		expect(ar.tracks.map((t) => t.lang)).toEqual(['ar', 'en', 'ru']);
		expect(ar.poster?.still).toBe('m/poster.webp-640');
	});

	it('writes out a sound’s words from the edition’s track, else the English one', () => {
		const sound = (edition: string) =>
			(pageEntry(manifest.items['talk.mp3']!, { edition, fileBytes }) as PageSound).transcript;
		expect(sound('ru')).toEqual(['Добрый вечер']);
		expect(sound('en')).toEqual(['Good evening']);
		expect(sound('fr')).toEqual(['Good evening']);
		const silent: SoundEntry = { ...(manifest.items['talk.mp3'] as SoundEntry), tracks: [] };
		expect((pageEntry(silent, { edition: 'en', fileBytes }) as PageSound).transcript).toEqual([]);
	});

	it('gives a link card its service and a short address, and nothing to fetch', () => {
		expect(
			pageEntry(manifest.items['https://www.youtube.com/watch?v=x']!, { edition: 'en', fileBytes })
		).toEqual({
			kind: 'remote',
			href: 'https://www.youtube.com/watch?v=x',
			service: 'YouTube',
			address: 'youtube.com/watch?v=x',
			poster: null
		});
		// A card's own picture (brought home at import), as the page's pictures are given.
		const pictured = pageEntry(manifest.items['https://vimeo.com/1']!, {
			edition: 'en',
			fileBytes
		});
		expect(pictured).toMatchObject({ kind: 'remote', address: 'vimeo.com/1' });
		expect((pictured as PageRemote).poster).toEqual(
			pageEntry(picture('thumbnail'), { edition: 'en', fileBytes })
		);
		expect((pictured as PageRemote).poster!.avif[0]!.file).toBe('m/thumbnail.avif-320');
		expect(shortAddress('https://en.wikipedia.org/')).toBe('en.wikipedia.org');
		expect(shortAddress(`https://example.org/${'a'.repeat(100)}`)).toHaveLength(60);
	});
});

describe('withMedia', () => {
	const options = { edition: 'en', fileBytes };

	it('gives every item its entry, keeping the story file’s fields', () => {
		const story = withMedia(storyWith(['a.jpg'], ['clip.mp4', 'talk.mp3']), manifest, options);
		const [clip, talk] = shown(story.events[0]!.media);
		expect(clip).toMatchObject({ src: 'clip.mp4', alt: 'alt of clip.mp4', credit: 'Someone' });
		expect(clip!.entry.kind).toBe('video');
		expect(talk!.entry.kind).toBe('sound');
		expect(shown(story.meta.media)[0]!.entry.kind).toBe('picture');
	});

	it('marks one lead picture: the introduction’s first', () => {
		const story = storyWith(['https://www.youtube.com/watch?v=x', 'b.jpg', 'c.jpg'], ['a.jpg']);
		expect(leads(withMedia(story, manifest, options))).toEqual(['b.jpg']);
	});

	it('else the first step’s first picture, never a later step’s or a video’s poster', () => {
		expect(
			leads(
				withMedia(
					storyWith(undefined, ['clip.mp4', 'a.jpg', 'b.jpg'], ['c.jpg']),
					manifest,
					options
				)
			)
		).toEqual(['a.jpg']);
		expect(
			leads(withMedia(storyWith(['talk.mp3'], ['clip.mp4'], ['c.jpg']), manifest, options))
		).toEqual([]);
	});

	it('leaves an item the manifest lacks without an entry', () => {
		const story = withMedia(storyWith(undefined, ['missing.jpg', 'a.jpg']), manifest, options);
		const [missing, a] = story.events[0]!.media!;
		expect('entry' in missing!).toBe(false);
		expect(shown([a])[0]!.entry.kind).toBe('picture');
	});
});

describe('withoutMedia', () => {
	it('takes the media out of the browser’s start-up data, and leaves the rest', () => {
		const story = withMedia(storyWith(['a.jpg'], ['b.jpg'], ['clip.mp4']), manifest, {
			edition: 'en',
			fileBytes
		});
		const start = withoutMedia(story);
		expect(start.meta.media).toBeUndefined();
		expect(start.events.every((e) => e.media === undefined)).toBe(true);
		expect(start.events.map((e) => e.id)).toEqual(story.events.map((e) => e.id));
		expect(JSON.stringify(start)).not.toContain('"entry"');
		expect(story.events[0]!.media).toHaveLength(1);
	});
});
