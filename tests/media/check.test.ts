import { describe, expect, it } from 'vitest';
import { checkMedia, megabytes } from '../../tools/media/check.ts';
import { check, EVENT, fixtureFiles, JPEG, MP3, picture, text, video } from './check-fixture.ts';
import { fixtureStory } from './fixture-story.ts';

describe('checkMedia on the fixture story', () => {
	it('finds nothing wrong with its media', () => {
		expect(check(undefined)).toEqual({ problems: [], warnings: [] });
	});
	it('finds nothing in a story without media', () => {
		const story = fixtureStory();
		delete story.meta.media;
		for (const event of story.events) delete event.media;
		expect(checkMedia(story, { storyLabel: 'x', readFile: () => null }).problems).toEqual([]);
	});
});

describe('checkMedia: files', () => {
	it('names a missing file, its event and its field', () => {
		expect(check([picture({ src: 'media/march.jpg' })]).problems).toEqual([
			`${EVENT} media[0].src "media/march.jpg" is missing`
		]);
	});
	it('tells a JPEG renamed .mp4', () => {
		const { problems } = check([video({ src: 'media/clip.mp4' })], {
			extra: { 'media/clip.mp4': JPEG }
		});
		expect(problems).toEqual([
			`${EVENT} media[0].src "media/clip.mp4" is not a video: its bytes are a JPEG picture`
		]);
	});
	it('tells a sound that is not one', () => {
		const { problems } = check([{ src: 'media/call.mp3', noSpeech: true, credit: 'x' }], {
			extra: { 'media/call.mp3': text('Not found') }
		});
		expect(problems).toEqual([
			`${EVENT} media[0].src "media/call.mp3" is not a sound: its bytes are not a format the page can show`
		]);
	});
	it('tells a web page saved under a picture’s name', () => {
		const { problems } = check([picture({ src: 'media/march.jpg' })], {
			extra: { 'media/march.jpg': text('<!DOCTYPE html><html><head><title>Sign in</title>') }
		});
		expect(problems).toEqual([
			`${EVENT} media[0].src "media/march.jpg" is not a picture: its bytes are an HTML page (a web page saved under a media file’s name)`
		]);
	});
	it('tells an MP3 named .m4a: served with the wrong type, it would not play', () => {
		const { problems } = check([{ src: 'media/call.m4a', noSpeech: true, credit: 'x' }], {
			extra: { 'media/call.m4a': MP3 }
		});
		expect(problems).toEqual([
			`${EVENT} media[0].src "media/call.m4a" is named .m4a but its bytes are an MP3 sound: rename it`
		]);
	});
	it('only warns of a PNG named .jpg, which the build re-encodes anyway', () => {
		const png = fixtureFiles().get('media/poster-card.png')!;
		const result = check([picture({ src: 'media/card.jpg' })], {
			extra: { 'media/card.jpg': png }
		});
		expect(result.problems).toEqual([]);
		expect(result.warnings).toEqual([
			`${EVENT} media[0].src "media/card.jpg" is a PNG picture named .jpg: the build reads it, but rename it`
		]);
	});
	it('refuses a HEIC saved as .jpg, which the build cannot read', () => {
		const heic = new Uint8Array([
			0,
			0,
			0,
			24,
			...text('ftypheic'),
			0,
			0,
			0,
			0,
			...text('mif1heic')
		]);
		expect(
			check([picture({ src: 'media/phone.jpg' })], { extra: { 'media/phone.jpg': heic } }).problems
		).toEqual([
			`${EVENT} media[0].src "media/phone.jpg" is a HEIC picture (as iPhones save photos): the build cannot read it; export it as JPEG`
		]);
	});
	it('refuses a file the page does not show', () => {
		expect(check([picture({ src: 'media/scan.tiff' })]).problems).toEqual([
			`${EVENT} media[0].src "media/scan.tiff" is not a picture, video or sound the page shows: pictures are .jpg .jpeg .png .webp .avif .gif, video .mp4 .webm, sound .mp3 .m4a .aac .ogg .oga .wav`
		]);
	});
	it('warns of an MP4 whose index comes after its data', () => {
		const ftyp = [0, 0, 0, 16, ...text('ftypisom'), 0, 0, 0, 0];
		const mdat = [0, 0, 0, 8, ...text('mdat')];
		const moov = [0, 0, 0, 16, ...text('moovavc1'), 0, 0, 0, 0];
		const slow = new Uint8Array([...ftyp, ...mdat, ...moov]);
		const { warnings } = check([video({ src: 'media/slow.mp4' })], {
			extra: { 'media/slow.mp4': slow }
		});
		expect(warnings).toEqual([
			`${EVENT} media[0].src "media/slow.mp4" keeps its index after the video, so the page must load all of it before playing: remake it with ffmpeg -movflags +faststart`
		]);
	});
	it('warns of an HEVC video', () => {
		const hevc = new Uint8Array([
			0,
			0,
			0,
			16,
			...text('ftypisom'),
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			16,
			...text('moovhvc1'),
			0,
			0,
			0,
			0
		]);
		expect(
			check([video({ src: 'media/phone.mp4' })], { extra: { 'media/phone.mp4': hevc } }).warnings
		).toEqual([
			`${EVENT} media[0].src "media/phone.mp4" is HEVC (H.265) video: Firefox and many Android phones cannot play it; re-encode it as H.264`
		]);
	});
});

describe('checkMedia: sizes', () => {
	const MP4 = fixtureFiles().get('media/briefing.mp4')!;
	const big = { 'media/big.mp4': MP4, 'media/big.jpg': JPEG };
	/** Sizes as a file system would give them: `size` for the big files, little for the rest. */
	const sizeOf = (size: number) => (path: string) => (path.startsWith('media/big') ? size : 1000);
	it('warns of a 40 MB video, and prints its size', () => {
		const media = [video({ src: 'media/big.mp4', poster: 'media/big.jpg' })];
		expect(check(media, { extra: big, sizeOf: sizeOf(40e6) }).warnings).toEqual([
			`${EVENT} media[0].src "media/big.mp4" is a 40 MB video (over 25 MB): a reader on a phone waits for it; compress it`,
			`${EVENT} media[0].poster "media/big.jpg" is a 40 MB picture (over 15 MB): every cold build reads it; export it smaller`
		]);
	});
	it('warns of a picture over 15 MB, not one under it', () => {
		const media = [picture({ src: 'media/big.jpg' })];
		expect(check(media, { extra: big, sizeOf: sizeOf(15.2e6) }).warnings).toEqual([
			`${EVENT} media[0].src "media/big.jpg" is a 15.2 MB picture (over 15 MB): every cold build reads it; export it smaller`
		]);
		expect(check(media, { extra: big, sizeOf: sizeOf(14e6) }).warnings).toEqual([]);
	});
	it('takes the size from the bytes when not told it', () => {
		const huge = new Uint8Array(26e6);
		huge.set(MP4.subarray(0, 64));
		const media = [video({ src: 'media/huge.mp4' })];
		expect(check(media, { extra: { 'media/huge.mp4': huge } }).warnings).toEqual([
			`${EVENT} media[0].src "media/huge.mp4" is a 26 MB video (over 25 MB): a reader on a phone waits for it; compress it`
		]);
	});
	it('prints sizes in whole or tenths of MB', () => {
		expect([megabytes(40e6), megabytes(3.24e6), megabytes(2e6), megabytes(12.6e6)]).toEqual([
			'40 MB',
			'3.2 MB',
			'2 MB',
			'12.6 MB'
		]);
	});
});

describe('checkMedia: what every item owes its readers', () => {
	it('wants a credit for every item', () => {
		expect(check([picture({ credit: undefined })]).problems).toEqual([
			`${EVENT} media[0].credit is missing`
		]);
		expect(check([picture({ credit: '  ' })]).problems).toEqual([
			`${EVENT} media[0].credit is empty`
		]);
		const link = { src: 'https://vimeo.com/1' };
		expect(check([link]).problems).toEqual([`${EVENT} media[0].credit is missing`]);
	});
	it('wants alt text for every picture', () => {
		expect(check([picture({ alt: undefined })]).problems).toEqual([
			`${EVENT} media[0].alt is missing: every picture needs alt text`
		]);
		expect(check([picture({ alt: '' })]).problems).toEqual([
			`${EVENT} media[0].alt is empty: every picture needs alt text`
		]);
	});
	it('wants alt text for a video’s poster, and none for a video without one', () => {
		expect(check([video({ alt: undefined })]).problems).toEqual([
			`${EVENT} media[0].alt is missing: a video's poster needs alt text`
		]);
		const bare = check([video({ alt: undefined, poster: undefined })]);
		expect(bare.problems).toEqual([]);
		expect(bare.warnings).toEqual([
			`${EVENT} media[0] has no poster: the page shows an empty frame until the video loads, and nothing offline`
		]);
	});
	it('wants captions for video and sound, unless they have no speech', () => {
		expect(check([video({ captions: undefined })]).problems).toEqual([
			`${EVENT} media[0].captions is missing: video and sound need a WebVTT captions file, or "noSpeech": true`
		]);
		const sound = { src: 'media/tone.mp3', credit: 'x' };
		expect(check([sound]).problems).toEqual([
			`${EVENT} media[0].captions is missing: video and sound need a WebVTT captions file, or "noSpeech": true`
		]);
		expect(check([{ ...sound, noSpeech: true }]).problems).toEqual([]);
		expect(check([{ ...sound, noSpeech: 'yes' }]).problems).toEqual([
			`${EVENT} media[0].noSpeech must be true or false`,
			`${EVENT} media[0].captions is missing: video and sound need a WebVTT captions file, or "noSpeech": true`
		]);
	});
	it('checks the captions file: there, WebVTT, with cues', () => {
		expect(check([video({ captions: 'media/clip.en.vtt' })]).problems).toEqual([
			`${EVENT} media[0].captions "media/clip.en.vtt" is missing`
		]);
		expect(check([video({ captions: 'media/clip.srt' })]).problems).toEqual([
			`${EVENT} media[0].captions "media/clip.srt" is not a WebVTT file: name one .vtt`
		]);
		const srt = text('1\n00:00:00,000 --> 00:00:01,000\nHi\n');
		expect(
			check([video({ captions: 'media/x.vtt' })], { extra: { 'media/x.vtt': srt } }).problems
		).toEqual([
			`${EVENT} media[0].captions "media/x.vtt" is not a WebVTT file: its bytes are not a format the page can show`
		]);
		const empty = text('WEBVTT\n\n');
		expect(
			check([video({ captions: 'media/x.vtt' })], { extra: { 'media/x.vtt': empty } }).problems
		).toEqual([
			`${EVENT} media[0].captions "media/x.vtt" has no cues: a cue is a "00:00.000 --> 00:02.000" line and its text`
		]);
	});
	it('checks editions’ tracks where they are, and lets one be missing', () => {
		expect(check([video()], { without: ['media/briefing.ru.vtt'] }).problems).toEqual([]);
		const broken = check([video()], { extra: { 'media/briefing.ar.vtt': JPEG } });
		expect(broken.problems).toEqual([
			`${EVENT} media[0].captions (ar) "media/briefing.ar.vtt" is not a WebVTT file: its bytes are a JPEG picture`
		]);
		expect(
			check([video()], { extra: { 'media/briefing.ar.vtt': JPEG }, editions: ['ru'] }).problems
		).toEqual([]);
	});
	it('checks the poster is a picture that is there', () => {
		expect(check([video({ poster: 'media/still.jpg' })]).problems).toEqual([
			`${EVENT} media[0].poster "media/still.jpg" is missing`
		]);
		expect(check([video({ poster: 'media/tone.mp3' })]).problems).toEqual([
			`${EVENT} media[0].poster "media/tone.mp3" is not a picture: name one .jpg .jpeg .png .webp .avif .gif`
		]);
		expect(check([video({ poster: 'https://example.org/still.jpg' })]).problems).toEqual([
			`${EVENT} media[0].poster "https://example.org/still.jpg" must be a file beside the story, not an address`
		]);
	});
	it('gives a poster and captions to video and sound alone', () => {
		expect(
			check([picture({ poster: 'media/briefing.jpg', captions: 'media/briefing.en.vtt' })]).problems
		).toEqual([
			`${EVENT} media[0].poster is for a video or a link card: a picture or a sound has none`,
			`${EVENT} media[0].captions is for a video or a sound`
		]);
	});
	it('gives a link card a picture of our own (a video’s thumbnail), with alt text', () => {
		const card = { src: 'https://www.youtube.com/watch?v=aaaaaaaaaaa', credit: 'x' };
		expect(check([{ ...card, poster: 'media/briefing.jpg', alt: 'A still' }]).problems).toEqual([]);
		expect(check([{ ...card, poster: 'media/briefing.jpg' }]).problems).toEqual([
			`${EVENT} media[0].alt is missing: a link card's picture needs alt text`
		]);
		expect(
			check([{ ...card, poster: 'https://i.ytimg.com/x.jpg', alt: 'A still' }]).problems
		).toEqual([
			`${EVENT} media[0].poster "https://i.ytimg.com/x.jpg" must be a file beside the story, not an address`
		]);
	});
	it('names what is wrong with the list or an item’s shape', () => {
		expect(check({ src: 'media/a.jpg' }).problems).toEqual([`${EVENT} media must be a list`]);
		expect(check(['media/a.jpg']).problems).toEqual([`${EVENT} media[0] must be an object`]);
		expect(check([{ credit: 'x' }]).problems).toEqual([`${EVENT} media[0].src is missing`]);
		expect(check([{ src: ' ', credit: 'x' }]).problems).toEqual([`${EVENT} media[0].src is empty`]);
		expect(check([picture({ caption: 3 })]).problems).toEqual([
			`${EVENT} media[0].caption must be text`
		]);
	});
});
