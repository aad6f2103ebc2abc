// Hostile files beside a story or an import: symbolic links out of the folder, a FIFO, a
// device, a folder under a file's name. The build and the importer read regular files
// inside the folder only, never block, and name the file and what it is.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { line } from './fixtures';
import { importedOk, importBytes, scratchFolder, slide, storyFolder, timeline } from './hostile';
import { checkMedia } from '../../tools/media/check';
import { filesBeside } from '../../tools/media/items';
import { readInside, readRegularFile } from '../../tools/media/local-file.js';
import { loadStory } from '../../tools/story/load';

const root = scratchFolder('files');
const PICTURE = new URL('../../stories/fixtures/media/mountain-road.jpg', import.meta.url).pathname;
const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

/** The story's introduction shows `src`: the build's media check, as the build runs it. */
function checkIntroPicture(name: string, place: (folder: string) => void) {
	const { folder, path, story } = storyFolder(root, name, (s) => {
		(s.meta.media as { src: string }[])[0]!.src = 'media/x.jpg';
	});
	place(folder);
	const { problems } = checkMedia(story, { storyLabel: 'story.json', readFile: filesBeside(path) });
	return problems.filter((p) => p.includes('meta.media[0].src'));
}

describe('the build reads files beside the story', () => {
	it('refuses a FIFO named like a picture, without waiting on it', () => {
		expect(checkIntroPicture('fifo', (f) => mkfifo(join(f, 'media/x.jpg')))).toEqual([
			'story.json: meta.media[0].src "media/x.jpg" is a FIFO (a named pipe), not a file'
		]);
	});

	it('refuses a link to /dev/zero, and reads no device', () => {
		expect(
			checkIntroPicture('zero', (f) => symlinkSync('/dev/zero', join(f, 'media/x.jpg')))
		).toEqual([
			`story.json: meta.media[0].src "media/x.jpg" is a symbolic link to outside the story's folder: keep media inside it`
		]);
		if (existsSync('/dev/zero'))
			expect(readRegularFile('/dev/zero', undefined, { followLink: true })).toEqual({
				refused: 'is a character device, not a file'
			});
	});

	it('refuses a link to a picture or a folder outside the story’s folder, which it used to publish', () => {
		for (const [name, target] of [
			['out-file', PICTURE],
			['out-folder', '/etc']
		] as const)
			expect(checkIntroPicture(name, (f) => symlinkSync(target, join(f, 'media/x.jpg')))).toEqual([
				`story.json: meta.media[0].src "media/x.jpg" is a symbolic link to outside the story's folder: keep media inside it`
			]);
	});

	it('refuses a folder reached through a link out of the story’s folder', () => {
		const { folder, path } = storyFolder(root, 'out-through');
		symlinkSync(join(PICTURE, '..'), join(folder, 'elsewhere'));
		expect(filesBeside(path)('elsewhere/mountain-road.jpg')).toEqual({
			refused: `is reached through a symbolic link to outside the story's folder: keep media inside it`
		});
	});

	it('names a link to nothing and a folder under a picture’s name', () => {
		expect(
			checkIntroPicture('dangling', (f) =>
				symlinkSync(join(f, 'nowhere.jpg'), join(f, 'media/x.jpg'))
			)
		).toEqual([
			'story.json: meta.media[0].src "media/x.jpg" is a symbolic link to nothing (media/x.jpg leads to no file)'
		]);
		expect(checkIntroPicture('folder', (f) => mkdirSync(join(f, 'media/x.jpg')))).toEqual([
			'story.json: meta.media[0].src "media/x.jpg" is a folder, not a file'
		]);
	});

	it('reads a link that stays inside the story’s folder', () => {
		expect(
			checkIntroPicture('inside', (f) => symlinkSync('mountain-road.jpg', join(f, 'media/x.jpg')))
		).toEqual([]);
	});

	it('refuses a file over the size a file beside a story may be, naming its size', () => {
		const { folder } = storyFolder(root, 'large');
		writeFileSync(join(folder, 'media/big.jpg'), new Uint8Array(2_000_001));
		expect(readInside(folder, 'media/big.jpg', "the story's folder", 2e6)).toEqual({
			refused: 'is 2 MB: more than the 2 MB a file beside a story may be'
		});
	});

	it('refuses an edition that is a FIFO, and a story file that is one, naming them', () => {
		const { folder, path } = storyFolder(root, 'fifo-edition');
		mkfifo(join(folder, 'story.ru.json'));
		expect(() => loadStory(path, 'en')).toThrow(
			/story\.ru\.json: is a FIFO \(a named pipe\), not a file$/
		);
		const fifo = join(root, 'fifo-story.json');
		mkfifo(fifo);
		expect(() => loadStory(fifo, 'en')).toThrow(
			/fifo-story\.json: is a FIFO \(a named pipe\), not a file$/
		);
	});

	it('refuses an edition that is a link out of the story’s folder', () => {
		const { folder, path } = storyFolder(root, 'linked-edition');
		symlinkSync(join(root, 'fifo-story.json'), join(folder, 'story.ru.json'));
		expect(() => loadStory(path, 'en')).toThrow(
			/story\.ru\.json: is a symbolic link to outside the story's folder/
		);
	});
});

describe('the importer reads files beside its input', () => {
	const input = join(root, 'input');
	mkdirSync(input, { recursive: true });
	symlinkSync(PICTURE, join(input, 'link.jpg'));
	mkfifo(join(input, 'pipe.jpg'));
	const read = (relPath: string) => readInside(input, relPath, "the input's folder");
	const media = (url: string) => ({ ...slide('A picture'), media: { url, credit: 'Nobody' } });

	it('says what a local media file is instead of "not found", and carries none of them', () => {
		const { report, story } = importedOk(
			importBytes('t.json', timeline([media('link.jpg'), media('pipe.jpg')]), read)
		);
		expect(line(report, 'dropped', 'Local media that cannot be carried').where).toEqual([
			`events[0] "A picture": media: link.jpg, which is a symbolic link to outside the input's folder: keep media inside it`,
			'events[1] "A picture": media: pipe.jpg, which is a FIFO (a named pipe), not a file'
		]);
		expect(story.events.every((event) => !event.media)).toBe(true);
	});
});
