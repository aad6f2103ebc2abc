// Files are written whole (temporary file, then a rename) with the version before kept as
// .bak, and never over a change made underneath.
import { mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonText, styleOf, TrackedFile, writeWhole } from '../../editor/server/files';

const folder = () => mkdtempSync(join(tmpdir(), 'editor-files-'));

describe('writing a file', () => {
	it('replaces it whole, keeps the version before as .bak and leaves no temporary file', () => {
		const dir = folder();
		const file = join(dir, 'story.json');
		writeFileSync(file, 'first');
		writeWhole(file, 'second');
		expect(readFileSync(file, 'utf8')).toBe('second');
		expect(readFileSync(`${file}.bak`, 'utf8')).toBe('first');
		expect(readdirSync(dir).sort()).toEqual(['story.json', 'story.json.bak']);
	});

	it('refuses to write over a change made underneath, and notices it by content', () => {
		const dir = folder();
		const tracked = new TrackedFile(join(dir, 'story.json'));
		writeFileSync(tracked.path, 'mine');
		tracked.read();
		expect(tracked.write('mine, edited')).toBe(true);
		// Touched, not changed (a checkout of the same content): still ours.
		const later = new Date(Date.now() + 5000);
		utimesSync(tracked.path, later, later);
		expect(tracked.changedUnderneath()).toBe(false);
		// Changed by git or another editor, even within the same second: refused, and the
		// file left as they left it.
		writeFileSync(tracked.path, 'theirs');
		utimesSync(tracked.path, later, later);
		expect(tracked.changedUnderneath()).toBe(true);
		expect(tracked.write('mine again')).toBe(false);
		expect(readFileSync(tracked.path, 'utf8')).toBe('theirs');
	});
});

describe('the JSON the editor writes', () => {
	it('is laid out as Prettier lays out the project’s files (tabs, short lists on one line)', async () => {
		const text = await jsonText({ id: 'a', places: ['x', 'y'], camera: { zoom: 5 } });
		expect(text).toBe(
			'{\n\t"id": "a",\n\t"places": ["x", "y"],\n\t"camera": {\n\t\t"zoom": 5\n\t}\n}\n'
		);
	});

	it('rewrites a file saved unchanged byte for byte, in the layout it was found in', async () => {
		for (const file of ['stories/road-to-astana.json', 'stories/fixtures/tour-andes.json']) {
			const text = readFileSync(file, 'utf8');
			const again = await jsonText(JSON.parse(text), await styleOf(text));
			const changed = again.split('\n').filter((line, i) => line !== text.split('\n')[i]);
			expect(changed.length, file).toBeLessThan(10);
		}
		const builtIn = readFileSync('stories/road-to-astana.json', 'utf8');
		expect(await jsonText(JSON.parse(builtIn), await styleOf(builtIn))).toBe(builtIn);
	});
});
