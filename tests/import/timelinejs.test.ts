// TimelineJS JSON: what a timeline becomes (title slide, dated events, eras, groups,
// places, media of every kind), what the report says, and what refuses a file.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../tools/import/index';
import { imported, line, refused } from './fixtures';

const { story, report, mediaFiles } = imported('timelinejs/timeline.json');
const event = (id: string) => {
	const found = story.events.find((e) => e.id === id);
	if (!found) throw new Error(`no event ${id}: ${story.events.map((e) => e.id).join(', ')}`);
	return found;
};

describe('the title slide', () => {
	it('gives the title, as plain text, and the introduction as Markdown citing the file', () => {
		expect(story.meta.title).toBe('Roads to the Talks');
		expect(story.meta.intro).toEqual([
			{
				text: "Every event in this file is invented for the importer's tests. See [the **notes**](https://example.org/about).",
				sources: ['original']
			},
			{ text: '- first point\n- second point', sources: ['original'] }
		]);
	});

	it('gives the standfirst from the introduction’s first sentence, and says so', () => {
		expect(story.meta.dek).toBe("Every event in this file is invented for the importer's tests.");
		expect(story.meta.description).toBe(story.meta.dek);
		expect(line(report, 'changed', 'The standfirst (dek)').where).toHaveLength(1);
	});

	it('gives its media and background picture to meta.media', () => {
		expect(story.meta.media).toEqual([
			{ src: 'https://example.org/cover.jpg', caption: 'A cover picture', credit: 'The Desk' },
			{ src: 'https://example.org/backdrop.jpg', credit: 'Not credited in timeline.json' }
		]);
		expect(line(report, 'dropped', 'Background colours').where).toContain(
			'title "Roads to the Talks": "papayawhip"'
		);
	});

	it('fills the rest of meta', () => {
		expect(story.meta.url).toBe('https://example.org/roads-to-the-talks/');
		expect(story.meta.shareImage).toEqual({ path: 'share.png', width: 1200, height: 630 });
		expect(story.meta.imported).toEqual({ format: 'TimelineJS', file: 'timeline.json' });
		expect(story.meta.about[0]).toMatch(
			/^Imported from TimelineJS file timeline\.json with npm run import\./
		);
		expect(story.meta.countries).toEqual([]);
		expect(story.meta.overview?.alt).toBe(
			'Map of the story’s places: A month-long siege and Astana'
		);
		expect(story.sources).toEqual([
			{ id: 'original', outlet: 'TimelineJS', title: 'Roads to the Talks', citedAs: ['TimelineJS'] }
		]);
	});
});

describe('dates', () => {
	it('puts events in date order, and says the file’s order differed', () => {
		expect(story.events.map((e) => e.date)).toEqual([...story.events.map((e) => e.date!)].sort());
		expect(story.events[0]!.id).toBe('an-early-year');
		expect(story.events.at(-1)!.id).toBe('talks-open');
		line(report, 'changed', 'Events put in date order');
	});

	it('keeps a day, a time and an end, from numbers given as strings', () => {
		expect(event('talks-open')).toMatchObject({
			date: '2017-01-23',
			precision: 'day',
			time: '10:30',
			end: { date: '2017-01-24', precision: 'day', time: '18:00' }
		});
		expect(line(report, 'changed', 'Numbers given as strings').where).toContain(
			'events[0] "Talks open": start_date.year, start_date.month, start_date.day, start_date.hour, start_date.minute, end_date.year, end_date.month, end_date.day, location.lat, location.lon, zoom'
		);
	});

	it('writes month and year precision as the first day, years with four digits', () => {
		expect(event('a-month-long-siege')).toMatchObject({ date: '2016-12-01', precision: 'month' });
		expect(event('a-year-of-talks')).toMatchObject({ date: '2016-01-01', precision: 'year' });
		expect(event('an-early-year')).toMatchObject({ date: '0602-01-01', precision: 'year' });
	});

	it('leaves out an end that is the start, and says so', () => {
		expect(event('a-year-of-talks').end).toBeUndefined();
		expect(line(report, 'changed', 'End dates the same').where).toEqual([
			'events[2] "A year of talks"'
		]);
	});

	it('spans the story from the first start to the last end, as whole days', () => {
		expect(story.meta.span).toEqual({ start: '0602-01-01', end: '2017-01-24' });
	});

	it('reads eras in date order, as whole days', () => {
		expect(story.meta.eras).toEqual([
			{ label: 'An early era', start: '0602-01-01', end: '0629-12-31' },
			{ label: 'The six weeks', start: '2016-12-01', end: '2017-01-23' }
		]);
		line(report, 'dropped', 'Era text');
	});

	it('drops display dates, naming them', () => {
		expect(line(report, 'dropped', 'Display dates').where).toEqual([
			'events[0] "Talks open": "Monday morning"'
		]);
	});
});

describe('titles, ids and groups', () => {
	it('makes ids from headlines: ASCII, numbered where two are the same', () => {
		expect(story.events.map((e) => e.id)).toContain('a-month-long-siege-2');
		expect(event('event-5').title).toBe('Встреча');
		line(report, 'changed', 'Ids made from headlines');
		expect(line(report, 'changed', 'unique_id not carried').where).toEqual([
			'events[0] "Talks open": "talks-open"'
		]);
	});

	it('titles an event without a headline by its date, and asks for a headline', () => {
		expect(event('22-december-2016').title).toBe('22 December 2016');
		expect(line(report, 'beforePublishing', 'Write headlines').where).toEqual(['events[5]']);
	});

	it('keeps groups', () => {
		expect(event('talks-open').group).toBe('Diplomacy');
		expect(event('a-month-long-siege').group).toBe('Fighting');
		expect(report.converted.groups).toBe(2);
	});
});

describe('places and cameras', () => {
	it('makes a place of a location, with GeoNames within 2 km', () => {
		expect(story.places[1]).toEqual({
			id: 'astana',
			name: 'Astana',
			lon: 71.44598,
			lat: 51.1801,
			geonames: { name: 'Astana', country: 'KZ' }
		});
		expect(event('talks-open').places).toEqual(['astana']);
	});

	it('converts Leaflet’s zoom to MapLibre’s, one level less', () => {
		expect(event('talks-open').camera).toEqual({ center: [71.44598, 51.1801], zoom: 9 });
		expect(event('a-month-long-siege').camera).toEqual({ center: [37.16117, 36.20124], zoom: 7 });
		line(report, 'changed', 'Zoom levels converted');
	});

	it('shares one place between identical coordinates, named after the first headline', () => {
		expect(event('a-month-long-siege-2').places).toEqual(event('a-month-long-siege').places);
		expect(story.places).toHaveLength(2);
		expect(event('a-month-long-siege-2').camera).toBeUndefined();
		expect(line(report, 'beforePublishing', 'Places named after headlines').where).toEqual([
			'“A month-long siege” (GeoNames within 2 km: Aleppo, SY)'
		]);
	});
});

describe('media', () => {
	it('keeps service addresses as link cards, naming the service', () => {
		const services = line(report, 'changed', 'Remote media kept as addresses').where.join('\n');
		for (const service of [
			'YouTube',
			'Vimeo',
			'X (Twitter)',
			'Instagram',
			'Flickr',
			'SoundCloud',
			'Wikipedia',
			'Spotify',
			'Google Maps'
		])
			expect(services).toContain(`: ${service}`);
		expect(event('talks-open').media).toEqual([
			{
				src: 'https://www.youtube.com/watch?v=invented01',
				caption: 'A video',
				credit: 'Video desk'
			}
		]);
		expect(line(report, 'dropped', 'Thumbnails').where).toEqual(['events[0] "Talks open"']);
	});

	it('reads embed code for its address: an iframe’s src, a post’s permalink', () => {
		expect(event('a-month-long-siege').media?.[0]?.src).toBe(
			'https://player.vimeo.com/video/000001'
		);
		expect(event('a-year-of-talks').media?.[0]?.src).toBe(
			'https://twitter.com/someone/status/100000000001'
		);
		expect(line(report, 'changed', 'Media addresses: embed code').where).toEqual([
			'events[2] "A year of talks": media: https://twitter.com/someone/status/100000000001',
			'events[1] "A month-long siege": media: https://player.vimeo.com/video/000001'
		]);
	});

	it('drops embed code with no address, naming the event', () => {
		expect(event('a-quotation').media).toBeUndefined();
		expect(line(report, 'dropped', 'Media that cannot be carried').where).toContain(
			'events[15] "A quotation": media: embed code with no http(s) address in it'
		);
	});

	it('gives protocol-relative and http addresses https', () => {
		expect(event('22-december-2016').media?.[0]?.src).toBe(
			'https://upload.wikimedia.org/wikipedia/commons/x/xx/Invented.jpg'
		);
		line(report, 'changed', 'Media addresses: protocol-relative address given https');
		line(report, 'changed', 'Media addresses: http address given https');
	});

	it('copies local pictures into media/, with alt text from the caption, and reuses a copy', () => {
		expect(event('a-month-long-siege-2').media).toEqual([
			{
				src: 'media/market.jpg',
				alt: 'A market, invented',
				caption: 'A market, invented',
				credit: 'Photo desk'
			},
			{
				src: 'media/portrait.png',
				alt: 'A plain orange square',
				credit: 'Not credited in timeline.json'
			}
		]);
		expect(event('event-5').media).toEqual([
			{ src: 'media/market.jpg', alt: 'The same market', credit: 'Not credited in timeline.json' }
		]);
		expect(mediaFiles).toEqual([
			{ from: 'media/market.jpg', to: 'media/market.jpg' },
			{ from: 'portrait.png', to: 'media/portrait.png' }
		]);
		line(report, 'changed', 'Alt text taken from the caption');
	});

	it('drops local files that are missing, not what they say, SVG, or outside the folder', () => {
		const dropped = [
			...line(report, 'dropped', 'Local media not found').where,
			...line(report, 'dropped', 'Local media that cannot be carried').where,
			...line(report, 'dropped', 'Media that cannot be carried').where
		].join('\n');
		expect(dropped).toContain(
			'events[7] "Missing pictures": media: /static/img/examples/missing.jpg'
		);
		expect(dropped).toContain('media/not-a-picture.jpg, its contents are not a .jpg file');
		expect(dropped).toContain('media/drawing.svg, an SVG file, which can carry scripts');
		expect(dropped).toContain(
			'events[9] "A way out": media: a path that leaves the input’s folder (../)'
		);
		expect(mediaFiles.map((f) => f.from)).not.toContain('media/not-a-picture.jpg');
	});

	it('asks for credits it could not find', () => {
		expect(line(report, 'beforePublishing', 'Credit these media').where).toContain(
			'title "Roads to the Talks": background'
		);
	});

	it('counts what it converted', () => {
		expect(report.converted).toEqual({ events: 17, places: 2, media: 15, eras: 2, groups: 2 });
	});
});

describe('what the report drops', () => {
	it('lists unknown fields and options the story does not carry', () => {
		expect(line(report, 'dropped', 'Unknown fields').where).toEqual([
			'events[16] "An early year": mystery'
		]);
		expect(line(report, 'dropped', 'autolink').where).toEqual(['events[16] "An early year"']);
	});

	it('prints four headed sections', () => {
		const text = formatReport(report);
		const headings = text.split('\n').filter((l) => /^[A-Z][a-z ]+$/.test(l));
		expect(headings).toEqual(['Converted', 'Changed', 'Dropped', 'Before publishing']);
		expect(text).toContain('- 17 events, 2 places, 15 media items, 2 eras, 2 groups');
		expect(text).toContain('- meta.url is a placeholder (https://example.org/roads-to-the-talks/)');
		expect(text).toContain(
			'- The story has no sources of its own: every paragraph cites the original file'
		);
	});
});

describe('refusals', () => {
	it('names the file, the event and the field, one line per problem', () => {
		expect(refused('timelinejs/bad-dates.json')).toEqual([
			'bad-dates.json: events[1] "Battle of Tertry": start_date.year "abc" is not a year',
			'bad-dates.json: events[2] "A thirteenth month": start_date.month "13" is not between 1 and 12',
			'bad-dates.json: events[3] "The thirtieth of February": start_date.day "30" is not a day of that month',
			`bad-dates.json: events[4] "Before the calendar": start_date.year "-500" is outside the engine's calendar, which runs from year 1 to 9999: the story's dates cannot be carried without inventing them`,
			`bad-dates.json: events[5] "After the calendar": start_date.year "10000" is outside the engine's calendar, which runs from year 1 to 9999: the story's dates cannot be carried without inventing them`,
			'bad-dates.json: events[6] "No date at all": start_date is missing: TimelineJS needs a start date for every event but the title slide',
			'bad-dates.json: events[7] "Ends before it starts": end_date April 2017 is before the start, May 2017',
			'bad-dates.json: events[8] "A time without a day": start_date.hour is given without a day'
		]);
	});

	it('refuses what is not JSON, or not a timeline', () => {
		expect(refused('timelinejs/timeline.json', () => '{ "events": [')[0]).toMatch(
			/^timeline\.json: is not valid JSON: /
		);
		expect(refused('timelinejs/timeline.json', () => '{ "slides": [] }')).toEqual([
			'timeline.json: is neither a TimelineJS file (events, title, eras) nor a StoryMapJS file (storymap)'
		]);
		expect(refused('timelinejs/timeline.json', () => '{ "events": {} }')).toEqual([
			'timeline.json: events is not a list'
		]);
	});
});
