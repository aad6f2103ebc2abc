// What the import's report says about the map: the original's tiles and style are never
// fetched (the desk brings its own, meta.basemap), and a chapter closer than the built-in
// basemap's detail (zoom 10) is named in "before publishing", with its zoom.
import { describe, expect, it } from 'vitest';
import { imported, line } from './fixtures';

describe('the import report on the map', () => {
	it('says how to bring tiles the desk has rights to, where the original had a style of its own', () => {
		const { report } = imported('storytelling/config.js');
		expect(
			line(report, 'beforePublishing', 'The original’s map tiles and style are not fetched').text
		).toContain('meta.basemap');
		expect(
			report.beforePublishing.some((l) => l.text.startsWith('Cameras closer than zoom 10'))
		).toBe(false);
	});

	it('names each chapter closer than zoom 10, and its zoom, under before publishing', () => {
		const { report } = imported('storytelling/config.js', (text) =>
			text.replace(
				'location: { center: [71.44598, 51.1801], zoom: 10 }',
				'location: { center: [71.44598, 51.1801], zoom: 13.5 }'
			)
		);
		expect(line(report, 'beforePublishing', 'Cameras closer than zoom 10').where).toEqual([
			'events[2] "last": zoom 13.5'
		]);
	});

	it('says so for a StoryMapJS file’s tiles (map_type), and nothing without them or a close camera', () => {
		const withTiles = imported('storymapjs/storymap.json').report;
		expect(withTiles.beforePublishing.some((l) => l.text.includes('map tiles and style'))).toBe(
			true
		);
		const { report } = imported('storymapjs/storymap.json', (text) =>
			text.replace(/"map_type":\s*"[^"]*",?/g, '')
		);
		expect(report.beforePublishing.some((l) => l.text.includes('map tiles and style'))).toBe(false);
	});
});
