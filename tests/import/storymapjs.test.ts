// StoryMapJS: the overview slide as the story's title and introduction, each other slide a
// stop on a tour with its place and camera, and the files that are not maps refused.
import { describe, expect, it } from 'vitest';
import { imported, line, refused } from './fixtures';

const { story, report } = imported('storymapjs/storymap.json');

describe('a StoryMapJS file', () => {
	it('takes the title, introduction and media from the overview slide', () => {
		expect(story.meta.imported).toEqual({ format: 'StoryMapJS', file: 'storymap.json' });
		expect(story.meta.title).toBe('A Road Trip invented for tests');
		expect(story.meta.intro.map((p) => p.text)).toEqual([
			'*by A. Reporter*',
			"Every stop in this file is invented for the importer's tests. It starts in the north."
		]);
		expect(story.meta.media).toEqual([
			{
				src: 'https://www.youtube.com/watch?v=invented02',
				caption: 'Overview video',
				credit: 'Video desk'
			}
		]);
		expect(line(report, 'dropped', 'The overview slide’s date').where).toEqual([
			'slides[0] "A Road Trip invented for tests": "2016–2017"'
		]);
	});

	it('makes a tour: no calendar dates, slide dates kept as written', () => {
		expect(story.meta.span).toBeUndefined();
		for (const event of story.events) {
			expect(event.date).toBeUndefined();
			expect(event.precision).toBeUndefined();
		}
		expect(story.events[0]!.dateline).toBe('Aug 23');
		expect(story.events[1]!.dateline).toBeUndefined();
	});

	it('titles a slide without a headline by its date', () => {
		expect(story.events.map((e) => e.title)).toEqual([
			'First stop',
			'Second stop',
			'1790',
			'Nowhere'
		]);
		expect(line(report, 'beforePublishing', 'Write headlines').where).toEqual(['slides[3]']);
	});

	it('makes places from locations (numbers as strings), sharing identical coordinates', () => {
		expect(story.places).toEqual([
			{
				id: 'first-stop',
				name: 'First stop',
				lon: 37.16117,
				lat: 36.20124,
				geonames: { name: 'Aleppo', country: 'SY' }
			},
			{
				id: 'homs',
				name: 'Homs',
				lon: 36.72559,
				lat: 34.72405,
				geonames: { name: 'Homs', country: 'SY' }
			}
		]);
		expect(story.events.map((e) => e.places)).toEqual([
			['first-stop'],
			['homs'],
			['first-stop'],
			[]
		]);
		expect(line(report, 'beforePublishing', 'Slides with no location').where).toEqual([
			'slides[4] "Nowhere"'
		]);
	});

	it('converts Leaflet zoom levels to MapLibre’s', () => {
		expect(story.events.map((e) => e.camera)).toEqual([
			{ center: [37.16117, 36.20124], zoom: 8 },
			{ center: [36.72559, 34.72405], zoom: 10 },
			{ center: [37.16117, 36.20124], zoom: 9 },
			undefined
		]);
	});

	it('draws the route when slides ask for lines, and says where they differ', () => {
		expect(story.meta.route).toBe(true);
		expect(line(report, 'changed', 'location.line is false on some slides only').where).toEqual([
			'slides[2] "Second stop"'
		]);
	});

	it('gives media credits as plain text', () => {
		expect(story.events[0]!.media).toEqual([
			{ src: 'https://twitter.com/someone/status/3', caption: 'A post', credit: 'Someone' }
		]);
	});

	it('reports the tiles, icons, colours and embed settings it drops', () => {
		expect(line(report, 'dropped', 'The map’s tiles').where).toEqual([
			'map_type "stamen:toner-lite"'
		]);
		expect(line(report, 'dropped', 'Marker icons').where).toEqual(['slides[1] "First stop"']);
		expect(line(report, 'dropped', 'Background colours').where).toEqual([
			'slides[1] "First stop": "#123456"'
		]);
		expect(line(report, 'dropped', 'The embed’s size').where).toEqual(['width 1000', 'height 700']);
		expect(line(report, 'dropped', 'The interface language').where).toEqual(['language "en"']);
	});
});

describe('refusals', () => {
	it('refuses a story told on one large picture (zoomify)', () => {
		expect(refused('storymapjs/zoomify.json')).toEqual([
			'zoomify.json: storymap: map_type "zoomify": the story is told on one large picture, not a map; the engine tells stories on a map of the world, so its places cannot be carried'
		]);
	});

	it('refuses a map given as an image (map_as_image)', () => {
		expect(refused('storymapjs/image.json')).toEqual([
			'image.json: storymap: map_as_image true: the story is told on one large picture, not a map; the engine tells stories on a map of the world, so its places cannot be carried'
		]);
	});

	it('refuses coordinates that are not on the map, one line each', () => {
		expect(refused('storymapjs/bad-location.json')).toEqual([
			'bad-location.json: slides[1] "Off the map": location.lat "95" is not a latitude (−90 to 90)',
			'bad-location.json: slides[2] "Not a number": location.lat "north" is not a latitude (−90 to 90)',
			'bad-location.json: slides[2] "Not a number": location.lon "0x10" is not a longitude (−180 to 180)'
		]);
	});
});
