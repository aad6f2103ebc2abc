// The fixture story (stories/fixtures/andes-1990.json) with media lists for its invented
// files in stories/fixtures/media/: what the story file itself will list once the story's
// schema takes `media`. Each test gets its own copy to change.
import { readFileSync } from 'node:fs';
import { filesBeside } from '../../tools/media/items.ts';

export const FIXTURE_STORY = new URL('../../stories/fixtures/andes-1990.json', import.meta.url)
	.pathname;
export const FIXTURE_LABEL = 'stories/fixtures/andes-1990.json';

/** Reads files beside the fixture story, as the build's readFile does. */
export const readFixture = filesBeside(FIXTURE_STORY);

const CREDIT = 'Drawing made by scripts/make-fixture-media.js (invented)';

export const FIXTURE_MEDIA = {
	intro: [
		{
			src: 'media/poster-card.png',
			alt: '[Test fixture: invented text] A square card: two green peaks before a yellow sun',
			caption: '[Test fixture: invented text] The Fixture Gazette’s invented card.',
			credit: CREDIT,
			source: 'fixture-gazette'
		}
	],
	events: {
		'lima-meeting': [
			{
				src: 'media/mountain-road.jpg',
				alt: '[Test fixture: invented text] A drawn road winding up to a mountain pass',
				caption: '[Test fixture: invented text] The road to the meeting, as drawn for the tests.',
				credit: CREDIT
			},
			{
				src: 'https://www.youtube.com/watch?v=aaaaaaaaaaa',
				caption: '[Test fixture: invented text] A link card for an invented video.',
				credit: 'Fixture Wire (invented)'
			}
		],
		'la-paz-march': [
			{
				src: 'media/hillside-stairs.jpg',
				alt: '[Test fixture: invented text] Drawn houses stacked up a hillside, a stair between them',
				caption: '[Test fixture: invented text] The hillside the march climbed.',
				credit: CREDIT,
				source: 'fixture-wire'
			},
			{
				src: 'media/briefing.mp4',
				poster: 'media/briefing.jpg',
				captions: 'media/briefing.en.vtt',
				alt: '[Test fixture: invented text] A drawn mountain road under the words of the label',
				caption: '[Test fixture: invented text] A four-second clip: a drawing and a tone.',
				credit: CREDIT
			}
		],
		'la-paz-reply': [
			{
				src: 'media/tone.mp3',
				noSpeech: true,
				caption: '[Test fixture: invented text] A three-second test tone.',
				credit: CREDIT
			}
		],
		'santiago-talks': [
			{
				src: 'media/ridge-panorama.jpg',
				alt: '[Test fixture: invented text] A drawn ridge line under an evening sky',
				caption: '[Test fixture: invented text] The ridge above the talks.',
				credit: CREDIT
			}
		]
	} as Record<string, Record<string, unknown>[]>
};

type Json = Record<string, unknown> & {
	meta: Record<string, unknown>;
	events: (Record<string, unknown> & { id: string })[];
};

/** A fresh copy of the fixture story with its media listed. */
export function fixtureStory(): Json {
	const story = JSON.parse(readFileSync(FIXTURE_STORY, 'utf8')) as Json;
	const copy = structuredClone(FIXTURE_MEDIA);
	story.meta.media = copy.intro;
	for (const event of story.events) if (copy.events[event.id]) event.media = copy.events[event.id];
	return story;
}
