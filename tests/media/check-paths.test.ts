import { describe, expect, it } from 'vitest';
import { checkMedia } from '../../tools/media/check.ts';
import { check, EVENT, fixtureFiles, picture, video } from './check-fixture.ts';
import { FIXTURE_LABEL, fixtureStory } from './fixture-story.ts';
import { validateStory } from '../../tools/story/problems';

describe('checkMedia: paths stay in the story’s folder', () => {
	const cases: [string, string][] = [
		[
			'../secrets/passwd.jpg',
			"leaves the story's folder: keep media beside the story file, or in a folder under it"
		],
		[
			'media/../../x.jpg',
			"leaves the story's folder: keep media beside the story file, or in a folder under it"
		],
		['/etc/x.jpg', 'is an absolute path: give it relative to the story file'],
		['C:\\photos\\x.jpg', 'is an absolute path: give it relative to the story file'],
		['media\\x.jpg', 'uses "\\" between folders: use "/", which every system reads'],
		[
			'file:///etc/x.jpg',
			'is a file: address: give a file relative to the story file, or an https:// address'
		],
		[
			'data:image/png;base64,iVBORw0KGgo=',
			'is a data: address: give a file relative to the story file, or an https:// address'
		]
	];
	it.each(cases)('refuses %s', (src, message) => {
		expect(check([picture({ src })]).problems).toEqual([
			`${EVENT} media[0].src "${src}" ${message}`
		]);
	});
	it('refuses an escape in a poster or a captions path too', () => {
		expect(check([video({ poster: '../x.jpg', captions: '/x.vtt' })]).problems).toEqual([
			`${EVENT} media[0].poster "../x.jpg" leaves the story's folder: keep media beside the story file, or in a folder under it`,
			`${EVENT} media[0].captions "/x.vtt" is an absolute path: give it relative to the story file`
		]);
	});
	it('reads a path that goes up and back in as the file it names', () => {
		expect(check([picture({ src: 'media/../media/mountain-road.jpg' })]).problems).toEqual([]);
	});
	it('never reads a link, and warns of http://', () => {
		const files: string[] = [];
		const story = fixtureStory();
		story.events[1]!.media = [{ src: 'http://example.org/a.mp4', credit: 'x' }];
		const { problems, warnings } = checkMedia(story, {
			storyLabel: FIXTURE_LABEL,
			readFile: (path) => (files.push(path), null)
		});
		expect(problems.filter((p) => p.includes('events[1]'))).toEqual([]);
		expect(warnings).toEqual([
			`${EVENT} media[0].src "http://example.org/a.mp4" is an http:// address: link to its https:// address`
		]);
		expect(files.filter((f) => f.includes('a.mp4'))).toEqual([]);
	});
});

describe('checkMedia: sources', () => {
	it('wants a source that the story lists', () => {
		expect(check([picture({ source: 'nowhere' })]).problems).toEqual([
			`${EVENT} media[0].source "nowhere" is not in sources`
		]);
	});
	it('wants it cited by the event’s paragraphs, as an area’s', () => {
		// events[1] cites fixture-wire only.
		expect(check([picture({ source: 'fixture-gazette' })]).problems).toEqual([
			`${EVENT} media[0].source "fixture-gazette" is not cited by the event's paragraphs: cite it where the text describes the picture`
		]);
		expect(check([picture({ source: 'fixture-wire' })]).problems).toEqual([]);
	});
	it('wants the introduction’s by the introduction’s paragraphs', () => {
		const story = fixtureStory();
		story.meta.media = [picture({ source: 'fixture-wire', alt: undefined })];
		const { problems } = checkMedia(story, {
			storyLabel: 'story.json',
			readFile: (p) => fixtureFiles().get(p) ?? null
		});
		expect(problems).toEqual([
			'story.json: meta.media[0].alt is missing: every picture needs alt text',
			`story.json: meta.media[0].source "fixture-wire" is not cited by the introduction's paragraphs (meta.intro): cite it where the text describes the picture`
		]);
	});
});

describe('fetchedFrom: where an imported picture came from', () => {
	it('is an http(s) address, as the URL parser reads it', () => {
		const story = fixtureStory();
		const event = story.events.findIndex((e) => Array.isArray(e.media) && e.media.length);
		const { id, media } = story.events[event]!;
		const item = (media as Record<string, unknown>[])[0]!;
		const fetched = (fetchedFrom: string) => {
			item.fetchedFrom = fetchedFrom;
			return validateStory(story, 'story.json');
		};
		expect(fetched('https://upload.wikimedia.org/x.jpg')).toEqual([]);
		expect(fetched('http://127.0.0.1:4810/x.jpg')).toEqual([]);
		for (const bad of ['ftp://a.org/x.jpg', 'https://[/', 'media/x.jpg', 'https://a.org/x y.jpg'])
			expect(fetched(bad)).toEqual([
				`story.json: events[${event}] "${id}": media[0].fetchedFrom must be an http:// or https:// address`
			]);
	});
});
