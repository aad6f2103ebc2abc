import { describe, expect, it } from 'vitest';
import { transcriptOf } from '../../tools/media/vtt.ts';
import { readFixture } from './fixture-story.ts';

const text = (path: string) => new TextDecoder().decode(readFixture(path)!);

describe('transcriptOf', () => {
	it('gives the fixture clip’s cues, in order, without the header or its note', () => {
		expect(transcriptOf(text('media/briefing.en.vtt'))).toEqual([
			'[A steady low tone plays]',
			'[The tone continues as the drawn road passes]'
		]);
		expect(transcriptOf(text('media/briefing.ru.vtt'))[0]).toBe('[Звучит ровный низкий тон]');
	});

	it('reads cue identifiers, voices, markup, entities and Windows line ends', () => {
		const vtt = [
			'\ufeffWEBVTT - a header line',
			'Kind: captions',
			'',
			'STYLE',
			'::cue { color: yellow }',
			'',
			'intro',
			'00:00.000 --> 00:01.000 align:start',
			'<v Anna>Good <i>evening</i>,</v>',
			'listeners &amp; readers &lt;3',
			'',
			'00:01.000 --> 00:02.000',
			'<c.loud>Two</c> <00:01.500>words',
			''
		].join('\r\n');
		expect(transcriptOf(vtt)).toEqual(['Anna: Good evening, listeners & readers <3', 'Two words']);
	});

	it('keeps a cue repeated for timing once, and skips empty cues and notes', () => {
		const vtt = `WEBVTT

NOTE a note
with two lines

00:00.000 --> 00:01.000
Hello

00:01.000 --> 00:02.000
Hello

00:02.000 --> 00:03.000

00:03.000 --> 00:04.000
&#x41;&#66; &unknown;`;
		expect(transcriptOf(vtt)).toEqual(['Hello', 'AB &unknown;']);
	});

	it('gives nothing for a file without cues', () => {
		expect(transcriptOf('WEBVTT\n\nNOTE nothing said')).toEqual([]);
	});
});
