// A session on a temporary copy of the built-in story (its editions and archived sources
// beside it): what each change writes, what waits in the draft, what the next session
// finds, and a change made underneath.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChangeAnswer, Work } from '../../editor/shared/api';
import { setIn } from '../../editor/shared/paths';
import { editionPreviewPaths, previewPath, Session } from '../../editor/server/session';

let dir: string;
let file: string;
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const checked = (answer: ChangeAnswer) => {
	if (answer.kind !== 'checked') throw new Error(answer.message);
	return answer;
};

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'editor-session-'));
	for (const name of [
		'road-to-astana.json',
		'road-to-astana.ru.json',
		'road-to-astana.ar.json',
		'sources'
	])
		cpSync(join('stories', name), join(dir, name), { recursive: true });
	file = join(dir, 'road-to-astana.json');
});

// Each change runs the build's checks and Prettier: seconds on a loaded machine, not a test's 5.
describe('an editing session', { timeout: 30_000 }, () => {
	it('writes a good change whole, the version before kept as .bak', async () => {
		const session = new Session(file);
		const { work, hashes } = await session.open();
		const before = readFileSync(file, 'utf8');
		const changed = setIn(work, ['story', 'events', 0, 'title'], 'Palmyra falls again');
		const answer = checked(await session.change({ work: changed, hashes }));
		expect(answer.drafted).toBe(false);
		expect(read(file).events[0].title).toBe('Palmyra falls again');
		expect(readFileSync(`${file}.bak`, 'utf8')).toBe(before);
		expect(existsSync(`${file}.draft`)).toBe(false);
	});

	it('never writes a date the schema rejects: the step waits in the draft, marked', async () => {
		const session = new Session(file);
		const { work, hashes } = await session.open();
		const before = readFileSync(file, 'utf8');
		const broken = setIn(work, ['story', 'events', 1, 'date'], '2017-13-45');
		const answer = checked(await session.change({ work: broken, hashes }));
		expect(answer.held).toEqual([1]);
		expect(answer.problems).toContainEqual({
			path: ['events', 1, 'date'],
			message: '"2017-13-45" is not a YYYY-MM-DD day',
			blocking: true
		});
		expect(readFileSync(file, 'utf8')).toBe(before);
		expect(read(`${file}.draft`).work.story.events[1].date).toBe('2017-13-45');

		// The next session finds the draft and restores it; fixing the date writes the file
		// and the draft goes.
		const again = new Session(file);
		const reopened = await again.open();
		expect(reopened.draft).toMatchObject({ restored: true });
		expect((reopened.work.story.events as { date: string }[])[1]!.date).toBe('2017-13-45');
		const fixed = setIn(reopened.work, ['story', 'events', 1, 'date'], '2016-12-23');
		expect(checked(await again.change({ work: fixed, hashes: reopened.hashes })).drafted).toBe(
			false
		);
		expect(read(file).events[1].date).toBe('2016-12-23');
		expect(existsSync(`${file}.draft`)).toBe(false);
	});

	it('holds a quotation that is not word for word in the source it cites', async () => {
		const session = new Session(file);
		const { work, hashes } = await session.open();
		const index = (work.story.events as { body: { sources: string[] }[] }[]).findIndex((e) =>
			e.body.some((p) => p.sources.includes('article'))
		);
		const paragraph = (work.story.events as { body: { sources: string[] }[] }[])[
			index
		]!.body.findIndex((p) => p.sources.includes('article'));
		const changed = setIn(
			work,
			['story', 'events', index, 'body', paragraph, 'text'],
			'RBTH wrote that “the talks were a triumph for everyone”.'
		);
		const answer = checked(await session.change({ work: changed, hashes }));
		expect(answer.held).toEqual([index]);
		expect(answer.problems.find((p) => p.blocking)?.message).toMatch(
			/not word for word in sources\//
		);
	});

	it('asks rather than write over a file changed on disk, and writes when told to', async () => {
		const session = new Session(file);
		const { work, hashes } = await session.open();
		const theirs = readFileSync(file, 'utf8').replace('The talks open in Astana', 'Theirs');
		writeFileSync(file, theirs);
		const mine = setIn(work, ['story', 'events', 0, 'title'], 'Mine');
		expect(await session.change({ work: mine, hashes })).toMatchObject({ kind: 'conflict' });
		expect(readFileSync(file, 'utf8')).toBe(theirs);
		checked(await session.change({ work: mine, hashes, overwrite: true }));
		expect(read(file).events[0].title).toBe('Mine');
		expect(readFileSync(`${file}.bak`, 'utf8')).toBe(theirs);
	});

	it('writes a translation to its edition, and keeps the English it was made from', async () => {
		const session = new Session(file);
		const { work, hashes } = await session.open();
		const id = (work.story.events as { id: string }[])[0]!.id;
		const translated: Work = {
			...work,
			editions: {
				...work.editions,
				ru: setIn(work.editions.ru!, ['events', id, 'title'], 'Новый заголовок')
			}
		};
		checked(await session.change({ work: translated, hashes }));
		expect(read(join(dir, 'road-to-astana.ru.json')).events[id].title).toBe('Новый заголовок');
		const kept = read(join(dir, 'road-to-astana.ru.translated-from.json'));
		expect(kept.hashes[`events/${id}/title`]).toMatch(/^[0-9a-f]{14}$/);
	});

	it("keeps an edition's preview copies, apart from the English preview's, each untranslated text in English", async () => {
		const told: string[] = [];
		const session = new Session(file, 'http://127.0.0.1:1/', undefined, (code) => told.push(code));
		const { work, hashes } = await session.open();
		const copies = editionPreviewPaths(file, 'ru');
		expect(existsSync(copies.edition)).toBe(false);
		expect(session.previewEdition('ru')).toBe(true);
		expect(told).toEqual(['ru']);
		expect(read(copies.edition)).toEqual(read(join(dir, 'road-to-astana.ru.json')));
		// Apart: the English preview's copy has no edition beside it by name.
		expect(copies.story).not.toBe(previewPath(file));
		expect(copies.edition.startsWith(previewPath(file).replace(/\.json$/, '.'))).toBe(false);

		const id = (work.story.events as { id: string; title: string }[])[0]!;
		const untranslated: Work = {
			...work,
			editions: {
				...work.editions,
				ru: setIn(work.editions.ru!, ['events', id.id, 'title'], undefined)
			}
		};
		checked(await session.change({ work: untranslated, hashes }));
		expect(read(join(dir, 'road-to-astana.ru.json')).events[id.id].title).toBeUndefined();
		expect(read(copies.edition).events[id.id].title).toBe(id.title);
		expect(session.previewFiles()).toEqual([previewPath(file), copies.story, copies.edition]);
	});

	it('starts a story that does not exist from a skeleton, written once the build accepts it', async () => {
		const fresh = join(dir, 'new', 'story.json');
		mkdirSync(join(dir, 'new'));
		const session = new Session(fresh);
		const { work, hashes, report } = await session.open();
		expect(existsSync(fresh)).toBe(false);
		expect(report.drafted).toBe(true);
		expect(report.problems.map((p) => p.path.join('.'))).toContain('meta.title');
		checked(await session.change({ work, hashes }));
		expect(existsSync(fresh)).toBe(false);
		expect(existsSync(`${fresh}.draft`)).toBe(true);

		// Filled in as a reporter would: the file is written, the draft goes.
		let done = work;
		for (const [path, value] of [
			[['meta', 'title'], 'A headline'],
			[['meta', 'shareImageAlt'], 'A card'],
			[['meta', 'dek'], 'A standfirst'],
			[['meta', 'description'], 'A description'],
			[['meta', 'intro', 0], { text: 'Words, the wire said.', sources: ['wire'] }],
			[['meta', 'about', 0], 'How it was made.'],
			[
				['sources'],
				[{ id: 'wire', outlet: 'Wire', title: 'Report', date: '2017-01-01', citedAs: ['the wire'] }]
			],
			[['events', 0, 'title'], 'A first step'],
			[['events', 0, 'body'], [{ text: 'It happened, the wire said.', sources: ['wire'] }]]
		] as const)
			done = setIn(done, ['story', ...path], value);
		const answer = checked(await session.change({ work: done, hashes }));
		expect(answer.problems.filter((p) => p.blocking)).toEqual([]);
		expect(read(fresh).events[0].title).toBe('A first step');
		// Its $schema points at the project's schema, from wherever the story is.
		expect(resolve(dirname(fresh), read(fresh).$schema)).toBe(resolve('stories/story.schema.json'));
		expect(existsSync(`${fresh}.draft`)).toBe(false);
	});
});
