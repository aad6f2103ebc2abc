// `npm run import`: the command writes the story and its media, prints the report, and
// refuses with one line per problem; run from a scratch folder so nothing it might write
// lands in the repository.
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './fixtures';

const SCRIPT = fileURLToPath(new URL('../../scripts/import.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(...args: string[]) {
	const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: scratch, encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run import', { timeout: 60_000 }, () => {
	it('writes the story with tabs, copies local media, and prints the report', () => {
		const out = join(scratch, 'timeline', 'story.json');
		const { status, stdout, stderr } = run(
			join(FIXTURES, 'timelinejs/timeline.json'),
			'--out',
			out
		);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		const text = readFileSync(out, 'utf8');
		expect(text.split('\n')[1]).toBe('\t"meta": {');
		const story = JSON.parse(text);
		expect(story.meta.title).toBe('Roads to the Talks');
		expect(story.places[1].geonames).toEqual({ name: 'Astana', country: 'KZ' });
		expect(readFileSync(join(scratch, 'timeline', 'media', 'market.jpg'))).toEqual(
			readFileSync(join(FIXTURES, 'timelinejs/media/market.jpg'))
		);
		expect(existsSync(join(scratch, 'timeline', 'media', 'portrait.png'))).toBe(true);
		expect(existsSync(join(scratch, 'timeline', 'media', 'not-a-picture.jpg'))).toBe(false);
		for (const heading of ['Converted', 'Changed', 'Dropped', 'Before publishing'])
			expect(stdout).toContain(`\n\n${heading}\n- `);
	});

	it('writes story.json into a folder given as --out', () => {
		const out = join(scratch, 'sheet');
		expect(run(join(FIXTURES, 'timelinejs/sheet.csv'), '--out', out).status).toBe(0);
		expect(JSON.parse(readFileSync(join(out, 'story.json'), 'utf8')).meta.imported.format).toBe(
			'TimelineJS sheet'
		);
	});

	it('refuses with one line per problem on stderr, exit 1, and writes nothing', () => {
		const out = join(scratch, 'bad', 'story.json');
		const { status, stdout, stderr } = run(
			join(FIXTURES, 'timelinejs/bad-dates.json'),
			'--out',
			out
		);
		expect(status).toBe(1);
		expect(stdout).toBe('');
		const lines = stderr.trim().split('\n');
		expect(lines).toHaveLength(8);
		expect(lines[0]).toBe(
			'bad-dates.json: events[1] "Battle of Tertry": start_date.year "abc" is not a year'
		);
		expect(existsSync(out)).toBe(false);
	});

	it('runs nothing in a hostile config', () => {
		const out = join(scratch, 'hostile');
		const { status, stdout } = run(join(FIXTURES, 'storytelling/hostile-config.js'), '--out', out);
		expect(status).toBe(0);
		expect(stdout).toContain('Code outside the config object (never run)');
		expect(existsSync(join(scratch, 'hostile-config-ran.txt'))).toBe(false);
		expect(
			existsSync(fileURLToPath(new URL('../../hostile-config-ran.txt', import.meta.url)))
		).toBe(false);
	});

	it('copies nothing a symbolic link leads out of the input’s folder', () => {
		const input = join(scratch, 'linked');
		const outside = join(scratch, 'outside');
		mkdirSync(input, { recursive: true });
		mkdirSync(outside, { recursive: true });
		copyFileSync(join(FIXTURES, 'timelinejs/media/market.jpg'), join(outside, 'secret.jpg'));
		symlinkSync(join(outside, 'secret.jpg'), join(input, 'link.jpg'));
		writeFileSync(
			join(input, 'timeline.json'),
			JSON.stringify({
				title: { text: { headline: 'Linked', text: 'Invented for the importer’s tests.' } },
				events: [
					{
						start_date: { year: 2017 },
						text: { headline: 'A link out' },
						media: { url: 'link.jpg', credit: 'Nobody' }
					}
				]
			})
		);
		const out = join(scratch, 'linked-out');
		const { status, stdout } = run(join(input, 'timeline.json'), '--out', out);
		expect(status).toBe(0);
		expect(stdout).toContain(
			'Local media that cannot be carried (1): events[0] "A link out": media: link.jpg, which is a symbolic link to outside the input\'s folder: keep media inside it'
		);
		expect(existsSync(join(out, 'media'))).toBe(false);
	});

	it('says, on one line, what it cannot read or was not asked', () => {
		const missing = run(join(scratch, 'nowhere.json'), '--out', scratch);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toBe('nowhere.json: cannot be read (ENOENT)\n');
		const usage = run(join(FIXTURES, 'timelinejs/timeline.json'));
		expect(usage.status).toBe(1);
		expect(usage.stderr).toBe(
			'usage: npm run import -- <file> --out <dir-or-story.json> [--fetch-media [--allow-private] [--max-media-size 25MB] [--media-timeout 30] [--media-cache <dir>]]\n'
		);
	});
});
