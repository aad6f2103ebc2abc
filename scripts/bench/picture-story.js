// A story with many pictures, for measuring what they cost (`npm run bench -- --pictures 50`):
// the fixture's events repeated (tools/story/generate.js), each with a picture of its own,
// made from the fixture's invented drawings with sharp (another hue, and grain so they
// weigh and encode like photographs). Written outside the project; never committed.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { generateStory } from '../../tools/story/generate.js';

const FIXTURE = new URL('../../stories/fixtures/andes-1990.json', import.meta.url).pathname;
const DRAWINGS = [
	'mountain-road.jpg',
	'hillside-stairs.jpg',
	'ridge-panorama.jpg',
	'poster-card.png'
];

/**
 * Writes `dir/story.json` and `dir/media/picture-N.jpg` (pictures already there are kept,
 * so a second run measures the same files). Returns the story file's path.
 * @param {number} count
 * @param {string} dir
 */
export async function writePictureStory(count, dir) {
	const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
	delete fixture.$schema;
	const story = generateStory(fixture, count);
	delete story.meta.media;
	story.events = story.events.map((event, i) => {
		// Each area's id is the story's once: the copies go without them.
		const copy = { ...event };
		delete copy.areas;
		return {
			...copy,
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
