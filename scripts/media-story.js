// Long stories with media, made from the fixture (its events repeated: tools/story/generate.ts),
// written outside the repository's tracked files, never committed:
// - writePictureStory: each event with a picture of its own, made from the fixture's invented
//   drawings with sharp (another hue, and grain so they weigh and encode like photographs),
//   for measuring what many pictures cost (`npm run bench -- --pictures 50`);
// - writeRepeatedFixture: the fixture's events with their own media, so a long story's later
//   steps (drawn in the browser) show media (the browser tests' later-media story).
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadTs } from '../tools/load-ts.js';

/** @type {{ generateStory: typeof import('../tools/story/generate.ts').generateStory }} */
const { generateStory } = await loadTs('/tools/story/generate.ts');

const FIXTURE = new URL('../stories/fixtures/andes-1990.json', import.meta.url).pathname;
const DRAWINGS = [
	'mountain-road.jpg',
	'hillside-stairs.jpg',
	'ridge-panorama.jpg',
	'poster-card.png'
];

/** The fixture's events repeated to `count`; areas dropped (each area's id is the story's once). */
function repeatedFixture(/** @type {number} */ count) {
	const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
	delete fixture.$schema;
	const story = generateStory(fixture, count);
	story.events = story.events.map((event) => {
		const copy = { ...event };
		delete copy.areas;
		return copy;
	});
	return story;
}

/**
 * Writes `dir/story.json`, the fixture's events repeated to `count` with their media, and a
 * copy of the fixture's media beside it. Returns the story file's path.
 * @param {number} count
 * @param {string} dir
 */
export function writeRepeatedFixture(count, dir) {
	mkdirSync(dir, { recursive: true });
	cpSync(join(FIXTURE, '../media'), join(dir, 'media'), { recursive: true });
	cpSync(join(FIXTURE, '../layers'), join(dir, 'layers'), { recursive: true });
	const file = join(dir, 'story.json');
	writeFileSync(file, JSON.stringify(repeatedFixture(count)));
	return file;
}

/**
 * Writes `dir/story.json` and `dir/media/picture-N.jpg` (pictures already there are kept,
 * so a second run measures the same files). Returns the story file's path.
 * @param {number} count
 * @param {string} dir
 */
export async function writePictureStory(count, dir) {
	const story = repeatedFixture(count);
	delete story.meta.media;
	story.events = story.events.map((event, i) => {
		return {
			...event,
			media: [
				{
					src: `media/picture-${i + 1}.jpg`,
					alt: `[Test fixture: invented text] A drawing, variant ${i + 1}`,
					credit: 'Made from the fixture’s drawings by scripts/bench/picture-story.js (invented)'
				}
			]
		};
	});
	mkdirSync(join(dir, 'media'), { recursive: true });
	cpSync(join(FIXTURE, '../layers'), join(dir, 'layers'), { recursive: true });
	// Grain, tiled over each picture: without it the drawings compress far better than photographs.
	const grain = await sharp(randomBytes(256 * 256 * 3), {
		raw: { width: 256, height: 256, channels: 3 }
	})
		.blur(0.5)
		.linear(0.3, 90)
		.png()
		.toBuffer();
	for (let i = 0; i < count; i++) {
		const out = join(dir, 'media', `picture-${i + 1}.jpg`);
		if (existsSync(out)) continue;
		const drawing = join(FIXTURE, '../media', DRAWINGS[i % DRAWINGS.length] ?? '');
		await sharp(drawing)
			.flatten({ background: '#ffffff' })
			.modulate({ hue: (i * 37) % 360 })
			.composite([{ input: grain, tile: true, blend: 'soft-light' }])
			.jpeg({ quality: 85 })
			.toFile(out);
	}
	const file = join(dir, 'story.json');
	writeFileSync(file, JSON.stringify(story));
	return file;
}

// node scripts/media-story.js --events 30 --out dir     the fixture's events, with their media
// node scripts/media-story.js --pictures 50 --out dir   a picture of its own for each event
if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const option = (/** @type {string} */ name) =>
		args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
	const out = option('--out');
	const events = Number(option('--events') ?? 0);
	const pictures = Number(option('--pictures') ?? 0);
	if (
		!out ||
		!(Number.isInteger(events) && events > 0) === !(Number.isInteger(pictures) && pictures > 0)
	) {
		console.error('Usage: node scripts/media-story.js (--events N | --pictures N) --out dir');
		process.exit(2);
	}
	const file = events ? writeRepeatedFixture(events, out) : await writePictureStory(pictures, out);
	console.log(`${file}: ${events || pictures} events with media`);
}
