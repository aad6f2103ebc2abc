// Files in forms an editor's tools really write: a sheet saved as Latin-1 or UTF-16, a
// sheet with only its header, a story saved with a byte order mark, a field pasted in
// twice, captions as large as a book. Each is read, or refused saying what it is.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { line } from './fixtures';
import {
	importedOk,
	importBytes,
	refusedLines,
	scratchFolder,
	storyFolder,
	slide
} from './hostile';
import { duplicateKeys } from '../../tools/story/json-keys.js';
import { loadStory } from '../../tools/story/load';
import { readStoryJson } from '../../tools/story/files.js';
import { checkMedia } from '../../tools/media/check';
import { filesBeside } from '../../tools/media/items';

const root = scratchFolder('formats');
const HEADER = 'Year,Month,Day,Headline,Text\n';
const ROW = '2017,1,23,Café in Genève,Déjà vu “quoted”\n';

describe('the sheet’s encoding', () => {
	it('reads a Latin-1 (Windows-1252) sheet’s accents and curly quotes, and says how it read it', () => {
		const bytes = Uint8Array.from(
			[...(HEADER + ROW)].map((c) => ({ '“': 0x93, '”': 0x94 })[c] ?? c.charCodeAt(0))
		);
		const { story, report } = importedOk(importBytes('latin1.csv', bytes));
		expect(story.events[0]!.title).toBe('Café in Genève');
		expect(story.events[0]!.body[0]!.text).toBe('Déjà vu “quoted”');
		expect(line(report, 'changed', 'Read as Windows-1252').text).toBe(
			'Read as Windows-1252 (Latin-1): the file is not UTF-8'
		);
		expect(line(report, 'beforePublishing', 'Check accented letters')).toBeDefined();
	});

	it('reads a UTF-16 sheet by its byte order mark, little- and big-endian', () => {
		for (const [encoding, bom, littleEndian] of [
			['UTF-16LE', [0xff, 0xfe], true],
			['UTF-16BE', [0xfe, 0xff], false]
		] as const) {
			const text = HEADER + ROW;
			const bytes = new Uint8Array(2 + 2 * text.length);
			bytes.set(bom);
			const view = new DataView(bytes.buffer);
			[...text].forEach((c, i) => view.setUint16(2 + 2 * i, c.charCodeAt(0), littleEndian));
			const { story, report } = importedOk(importBytes('utf16.csv', bytes));
			expect(story.events[0]!.title).toBe('Café in Genève');
			expect(line(report, 'changed', 'Read as').text).toBe(
				`Read as ${encoding}, as its byte order mark says`
			);
		}
	});

	it('names UTF-16 without its byte order mark, and UTF-32, instead of reading nonsense', () => {
		const bytes = Uint8Array.from([...HEADER].flatMap((c) => [c.charCodeAt(0), 0]));
		expect(refusedLines(importBytes('nobom.csv', bytes))).toEqual([
			'nobom.csv: is neither UTF-8 nor text in one byte a character (it holds NUL bytes: UTF-16 without its byte order mark?): save it as UTF-8'
		]);
		expect(
			refusedLines(importBytes('u32.csv', Uint8Array.from([0xff, 0xfe, 0, 0, 0x59, 0, 0, 0])))
		).toEqual(['u32.csv: is UTF-32 (its byte order mark says so): save it as UTF-8']);
	});

	it('reads a UTF-8 sheet as UTF-8, saying nothing of it', () => {
		const { story, report } = importedOk(importBytes('utf8.csv', `\ufeff${HEADER}${ROW}`));
		expect(story.events[0]!.title).toBe('Café in Genève');
		expect(report.changed.some((l) => l.text.startsWith('Read as'))).toBe(false);
	});
});

describe('a sheet with nothing under its header', () => {
	it('is refused at import, not left for the build to refuse', () => {
		expect(refusedLines(importBytes('empty.csv', HEADER))).toEqual([
			'empty.csv: has no events: only a header row (a story needs at least one event, one row each)'
		]);
		expect(refusedLines(importBytes('blank.csv', `${HEADER},,,,\n\n`))).toHaveLength(1);
		expect(
			refusedLines(importBytes('t.json', JSON.stringify({ title: slide('Only a title') })))
		).toEqual(['t.json: has no events: a story needs at least one']);
	});
});

describe('a story file saved with a byte order mark', () => {
	it('is read, as the importer reads one (its message showed an invisible character)', () => {
		const { path } = storyFolder(root, 'bom');
		writeFileSync(path, `\ufeff${JSON.stringify(readStoryJson(path))}`);
		expect(loadStory(path, 'en').story.meta.title).toBe('Andes Test Fixture');
	});
});

describe('a key given twice', () => {
	it('warns at the build, naming the file, the event and the key: JSON keeps only the last', () => {
		const { path } = storyFolder(root, 'twice');
		const text = JSON.stringify(readStoryJson(path), null, '\t').replace(
			/"title": "([^"]*)",\n(\t+)"body"/,
			'"title": "An earlier title",\n$2"title": "$1",\n$2"body"'
		);
		writeFileSync(path, text);
		const { warnings, story } = loadStory(path, 'en');
		expect(warnings).toEqual([
			`${path}: events[0] "${story.events[0]!.id}": title is given twice in its object: the build takes the last one`
		]);
	});

	it('is said in the import’s report, with where', () => {
		const text =
			'{"title":{"text":{"headline":"T"}},"events":[{"start_date":{"year":2017},"text":{"headline":"A","headline":"B"}}]}';
		const { story, report } = importedOk(importBytes('twice.json', text));
		expect(story.events[0]!.title).toBe('B');
		expect(line(report, 'dropped', 'Fields given twice').where).toEqual([
			'events[0].text: headline'
		]);
	});

	it('is found in one pass, escapes and nesting read as JSON reads them', () => {
		expect(duplicateKeys('{"a":{"b":[1,{"c":"}\\"","c":2}]},"\\u0061":0}')).toEqual([
			{ path: ['a', 'b', 1], key: 'c' },
			{ path: [], key: 'a' }
		]);
	});
});

describe('captions as large as a book', () => {
	it('are refused, naming the file and their size', () => {
		const { folder, path, story } = storyFolder(root, 'captions');
		mkdirSync(join(folder, 'media'), { recursive: true });
		writeFileSync(
			join(folder, 'media/briefing.en.vtt'),
			`WEBVTT\n\n${'00:00.000 --> 00:01.000\nWords.\n\n'.repeat(40_000)}`
		);
		const { problems } = checkMedia(story, {
			storyLabel: 'story.json',
			readFile: filesBeside(path)
		});
		expect(problems.filter((p) => p.includes('briefing.en.vtt'))).toEqual([
			expect.stringMatching(
				/captions "media\/briefing\.en\.vtt" is 1\.3 MB: more than the 1 MB a captions file may be$/
			)
		]);
	});
});
