import { describe, expect, it } from 'vitest';
import { expectedKinds, mp4Layout, sniffKind, type SniffedKind } from '../../tools/media/sniff.ts';
import { readFixture } from './fixture-story.ts';

const text = (s: string) => [...s].map((c) => c.charCodeAt(0));
const bytes = (...parts: (number[] | string)[]) =>
	new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? text(p) : p)));
/** An ISO base media `ftyp` box: its major brand, then compatible ones. */
const ftyp = (major: string, ...compatible: string[]) =>
	bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible);

describe('sniffKind', () => {
	const cases: [string, Uint8Array, SniffedKind][] = [
		['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'jpeg'],
		['PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]), 'png'],
		['GIF89a', bytes('GIF89a', [1, 0]), 'gif'],
		['GIF87a', bytes('GIF87a'), 'gif'],
		['WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'webp'],
		['WAV', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '), 'wav'],
		['AVIF', ftyp('avif', 'mif1', 'miaf'), 'avif'],
		['AVIF sequence', ftyp('avis', 'msf1'), 'avif'],
		['HEIF holding AVIF', ftyp('mif1', 'avif', 'miaf'), 'avif'],
		['HEIC', ftyp('heic', 'mif1', 'heic'), 'heic'],
		['HEIF holding HEVC', ftyp('mif1', 'heic'), 'heic'],
		['MP4 (isom)', ftyp('isom', 'iso2', 'avc1', 'mp41'), 'mp4'],
		['MP4 (mp42)', ftyp('mp42', 'isom'), 'mp4'],
		['M4A', ftyp('M4A ', 'M4A ', 'mp42', 'isom'), 'm4a'],
		['QuickTime', ftyp('qt  ', 'qt  '), 'mov'],
		['WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f]), 'webm'],
		['Ogg', bytes('OggS', [0, 2]), 'ogg'],
		['MP3 with ID3', bytes('ID3', [3, 0]), 'mp3'],
		['MP3 frame', bytes([0xff, 0xfb, 0x90, 0x64]), 'mp3'],
		['MPEG-2 layer III frame', bytes([0xff, 0xf3, 0x48]), 'mp3'],
		['AAC (ADTS)', bytes([0xff, 0xf1, 0x50, 0x80]), 'aac'],
		['WebVTT', bytes('WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n'), 'vtt'],
		['WebVTT alone', bytes('WEBVTT'), 'vtt'],
		['WebVTT with a header', bytes('WEBVTT - the clip\r\n'), 'vtt'],
		['WebVTT after a BOM', bytes([0xef, 0xbb, 0xbf], 'WEBVTT\n'), 'vtt'],
		['not WebVTT: WEBVTTX', bytes('WEBVTTX\n'), 'unknown'],
		['SubRip', bytes('1\n00:00:00,000 --> 00:00:01,000\nHi\n'), 'unknown'],
		['an HTML page saved as .jpg', bytes('<!DOCTYPE html>\n<html lang="en"><head>'), 'html'],
		['an error page', bytes('\r\n  <html><body>404 Not Found</body></html>'), 'html'],
		['an HTML page after a BOM', bytes([0xef, 0xbb, 0xbf], '<!doctype html>'), 'html'],
		['not HTML: <htmlx', bytes('<htmlx>'), 'unknown'],
		['empty', new Uint8Array(0), 'unknown'],
		['a RIFF that is neither', bytes('RIFF', [1, 2, 3, 4], 'AVI '), 'unknown']
	];
	it.each(cases)('tells %s', (_, input, kind) => expect(sniffKind(input)).toBe(kind));

	it.each([
		['media/mountain-road.jpg', 'jpeg'],
		['media/hillside-stairs.jpg', 'jpeg'],
		['media/ridge-panorama.jpg', 'jpeg'],
		['media/poster-card.png', 'png'],
		['media/briefing.jpg', 'jpeg'],
		['media/briefing.mp4', 'mp4'],
		['media/tone.mp3', 'mp3'],
		['media/briefing.en.vtt', 'vtt'],
		['media/briefing.ru.vtt', 'vtt'],
		['media/briefing.ar.vtt', 'vtt']
	])('tells the fixture’s %s is %s', (path, kind) => {
		expect(sniffKind(readFixture(path)!)).toBe(kind);
	});
});

describe('expectedKinds', () => {
	it('reads the extension, whatever its case', () => {
		expect(expectedKinds('media/a.JPG')).toEqual({ category: 'picture', kinds: ['jpeg'] });
		expect(expectedKinds('a.jpeg')?.kinds).toEqual(['jpeg']);
		expect(expectedKinds('clip.mp4')).toEqual({ category: 'video', kinds: ['mp4'] });
		expect(expectedKinds('clip.webm')?.category).toBe('video');
		expect(expectedKinds('call.m4a')).toEqual({ category: 'sound', kinds: ['m4a', 'mp4'] });
		expect(expectedKinds('call.oga')?.kinds).toEqual(['ogg']);
		expect(expectedKinds('x.en.vtt')).toEqual({ category: 'captions', kinds: ['vtt'] });
	});
	it('knows no other file', () => {
		for (const path of ['a.tiff', 'a.heic', 'clip.mov', 'notes.srt', 'README', '.jpg'])
			expect(expectedKinds(path)).toBeNull();
	});
});

describe('mp4Layout', () => {
	const box = (type: string, size = 16) =>
		bytes([0, 0, 0, size], type, new Array(size - 8).fill(0));
	it('finds the fixture clip web-ready: its index first, H.264', () => {
		const layout = mp4Layout(readFixture('media/briefing.mp4')!);
		expect(layout.moovFirst).toBe(true);
		expect(layout.codecs).toContain('avc1');
	});
	it('finds an index after the data', () => {
		const file = new Uint8Array([...ftyp('isom'), ...box('mdat'), ...box('moov')]);
		expect(mp4Layout(file).moovFirst).toBe(false);
	});
	it('names HEVC in the index', () => {
		const moov = bytes([0, 0, 0, 16], 'moov', 'hvc1', [0, 0, 0, 0]);
		expect(mp4Layout(new Uint8Array([...ftyp('isom'), ...moov])).codecs).toEqual(['hvc1']);
	});
	it('cannot tell from the first bytes alone', () => {
		expect(mp4Layout(ftyp('isom')).moovFirst).toBeNull();
	});
});
