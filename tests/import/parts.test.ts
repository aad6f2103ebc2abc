// The importer's parts on their own: media addresses, local files, dates and clock times,
// slugs and GeoNames lookups.
import { describe, expect, it } from 'vitest';
import {
	checkLocalFile,
	classifyAddress,
	embedAddress,
	mediaName,
	serviceName
} from '../../tools/import/media';
import { dateInWords, lastDay, readClock, readTimelineDate } from '../../tools/import/dates';
import { distanceKm, nearestCity, slugify, uniqueSlug } from '../../tools/import/places';
import { CITIES } from './fixtures';

describe('media addresses', () => {
	it.each([
		['', { kind: 'none' }],
		[
			'https://a.org/x.jpg',
			{
				kind: 'remote',
				url: 'https://a.org/x.jpg',
				service: 'picture file',
				given: 'https://a.org/x.jpg'
			}
		],
		[
			'http://vimeo.com/1',
			{
				kind: 'remote',
				url: 'https://vimeo.com/1',
				service: 'Vimeo',
				changed: 'http address given https',
				// What --fetch-media fetches: the address as the file gives it.
				given: 'http://vimeo.com/1'
			}
		],
		[
			'//youtu.be/x',
			{
				kind: 'remote',
				url: 'https://youtu.be/x',
				service: 'YouTube',
				changed: 'protocol-relative address given https',
				given: 'https://youtu.be/x'
			}
		],
		['javascript:alert(1)', { kind: 'refused', reason: 'a javascript: address, not http(s)' }],
		[' java\tscript:alert(1)', { kind: 'refused', reason: 'a javascript: address, not http(s)' }],
		['data:image/png;base64,AAAA', { kind: 'refused', reason: 'a data: address, not http(s)' }],
		['mailto:a@b.org', { kind: 'refused', reason: 'a mailto: address, not http(s)' }],
		['../x.jpg', { kind: 'refused', reason: 'a path that leaves the input’s folder (../)' }],
		['a/../../x.jpg', { kind: 'refused', reason: 'a path that leaves the input’s folder (../)' }],
		['a\\b.jpg', { kind: 'refused', reason: 'not a path inside the input’s folder' }],
		['C:/photos/x.jpg', { kind: 'refused', reason: 'a c: address, not http(s)' }],
		['./a/./b/../c.jpg', { kind: 'local', path: 'a/c.jpg' }],
		['/static/img/x.jpg', { kind: 'local', path: 'static/img/x.jpg' }]
	])('%j', (address, expected) => {
		expect(classifyAddress(address)).toEqual(expected);
	});

	it.each([
		['https://m.youtube.com/watch?v=1', 'YouTube'],
		['https://x.com/a/status/1', 'X (Twitter)'],
		['https://flic.kr/p/1', 'Flickr'],
		['https://en.wikipedia.org/wiki/A', 'Wikipedia'],
		['https://commons.wikimedia.org/wiki/File:A.jpg', 'Wikimedia Commons'],
		['https://www.google.com/maps/@1,2,3z', 'Google Maps'],
		['https://docs.google.com/document/d/1', 'Google Docs'],
		['https://a.org/clip.mp4', 'video file'],
		['https://a.org/song.mp3', 'sound file'],
		['https://a.org/report.pdf', 'PDF'],
		['https://a.org/page', 'web page']
	])('names the service of %s', (url, service) => {
		expect(serviceName(new URL(url))).toBe(service);
	});

	it('reads embed code for its address', () => {
		expect(embedAddress('<iframe src="//player.vimeo.com/video/1"></iframe>')).toBe(
			'//player.vimeo.com/video/1'
		);
		expect(
			embedAddress(
				'<blockquote><a href="https://x.com/hashtag/a">#a</a> <a href="https://x.com/b/status/12">date</a></blockquote>'
			)
		).toBe('https://x.com/b/status/12');
		expect(embedAddress('<blockquote><a href="https://a.org/one">1</a></blockquote>')).toBe(
			'https://a.org/one'
		);
		expect(embedAddress('<iframe src="javascript:alert(1)"></iframe>')).toBeUndefined();
		expect(embedAddress('<a href="https://a.org">outside a quote</a>')).toBeUndefined();
		expect(embedAddress('<blockquote>Words only</blockquote>')).toBeUndefined();
	});
});

describe('local files', () => {
	const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]);
	const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const text = (t: string) => new TextEncoder().encode(t);

	it('accepts a file whose first bytes are what its name says', () => {
		expect(checkLocalFile('a/b.jpg', jpeg)).toEqual({ kind: 'picture' });
		expect(checkLocalFile('b.PNG', png)).toEqual({ kind: 'picture' });
		expect(checkLocalFile('c.vtt', text('WEBVTT\n\n'))).toEqual({ kind: 'captions' });
	});

	it('refuses a file that is not, SVG, and what the story cannot show', () => {
		expect(checkLocalFile('b.png', jpeg)).toEqual({ reason: 'its contents are not a .png file' });
		expect(checkLocalFile('d.svg', text('<svg/>'))).toEqual({
			reason: 'an SVG file, which can carry scripts'
		});
		expect(checkLocalFile('e.html', text('<p>'))).toEqual({
			reason: 'not a picture, video, sound or captions file the story can show'
		});
	});

	it('names copies safely, never twice the same', () => {
		const taken = new Set<string>();
		expect(mediaName('a/My Photo (1).JPG', taken)).toBe('media/My-Photo-1-.jpg');
		expect(mediaName('b/My Photo (1).JPG', taken)).toBe('media/My-Photo-1--2.jpg');
		expect(mediaName('.hidden', taken)).toBe('media/hidden');
	});
});

describe('dates', () => {
	it('knows leap years', () => {
		expect(readTimelineDate({ year: 2016, month: 2, day: 29 }).date).toEqual({
			date: '2016-02-29',
			precision: 'day'
		});
		expect(readTimelineDate({ year: 2017, month: 2, day: 29 }).problems).toEqual([
			{ part: 'day', message: '29 is not a day of that month' }
		]);
		expect(lastDay({ date: '2016-02-01', precision: 'month' })).toBe('2016-02-29');
		expect(lastDay({ date: '1843-01-01', precision: 'year' })).toBe('1843-12-31');
	});

	it('keeps times to the minute and says when it drops seconds', () => {
		const read = readTimelineDate({ year: '2017', month: '1', day: '2', hour: '9', second: '30' });
		expect(read.date).toEqual({ date: '2017-01-02', precision: 'day', time: '09:00' });
		expect(read.belowMinute).toBe(true);
		expect(read.fromString).toEqual(['year', 'month', 'day', 'hour', 'second']);
		expect(readTimelineDate({ year: 2017, month: 1, day: 2, minute: 5 }).problems).toEqual([
			{ part: 'minute', message: 'is given without an hour' }
		]);
	});

	it.each([
		['10:30 AM', { hour: 10, minute: 30, second: 0 }],
		['12:00 am', { hour: 0, minute: 0, second: 0 }],
		['12 PM', { hour: 12, minute: 0, second: 0 }],
		['1:05 p.m.', { hour: 13, minute: 5, second: 0 }],
		['14:05', { hour: 14, minute: 5, second: 0 }],
		['14:05:30', { hour: 14, minute: 5, second: 30 }],
		['14', undefined],
		['24:00', undefined],
		['13:00 PM', undefined],
		['10:61', undefined],
		['noon', undefined]
	])('reads the clock time %j', (text, expected) => {
		expect(readClock(text)).toEqual(expected);
	});

	it('writes a date in words for a title', () => {
		expect(dateInWords({ date: '1815-12-10', precision: 'day' })).toBe('10 December 1815');
		expect(dateInWords({ date: '1943-07-01', precision: 'month' })).toBe('July 1943');
		expect(dateInWords({ date: '0602-01-01', precision: 'year', time: '10:00' })).toBe(
			'602, 10:00'
		);
	});
});

describe('slugs and places', () => {
	it('makes ASCII slugs', () => {
		expect(slugify('Rózsa Péter writes recursion')).toBe('rozsa-peter-writes-recursion');
		expect(slugify('"The Mother of the Internet"')).toBe('the-mother-of-the-internet');
		expect(slugify('Große Straße')).toBe('grosse-strasse');
		expect(slugify('Встреча')).toBe('');
		expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(60);
	});

	it('numbers slugs already used, and falls back where there are no Latin letters', () => {
		const used = new Set<string>();
		expect([
			uniqueSlug('Talks', used, 'event-1'),
			uniqueSlug('talks', used, 'event-2'),
			uniqueSlug('Встреча', used, 'event-3')
		]).toEqual(['talks', 'talks-2', 'event-3']);
	});

	it('finds the nearest GeoNames entry within 2 km, and none further', () => {
		expect(distanceKm(0, 0, 0, 1)).toBeCloseTo(111.19, 1);
		// 0.015° of latitude is about 1.7 km; 0.02° about 2.2 km.
		expect(nearestCity(CITIES, 37.16117, 36.21624)).toMatchObject({
			name: 'Aleppo',
			country: 'SY'
		});
		expect(nearestCity(CITIES, 37.16117, 36.22124)).toBeUndefined();
		const near = [...CITIES, { name: 'Nearer', lat: '36.2013', lng: '37.1612', country: 'SY' }];
		expect(nearestCity(near, 37.16121, 36.20131)?.name).toBe('Nearer');
	});
});
