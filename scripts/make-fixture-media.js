// Makes the fixture story's invented media in stories/fixtures/media/: drawings (sharp, from
// SVG), a 4-second clip with its poster and caption tracks, and a 3-second tone (ffmpeg).
// Nothing here shows anything real: each picture says it is an illustration made for the
// tests. The outputs are committed, so only whoever changes them needs ffmpeg:
//   node scripts/make-fixture-media.js
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

const OUT = new URL('../stories/fixtures/media/', import.meta.url).pathname;
const LABEL = 'Illustration — invented for a test fixture';
const FONT = `font-family="DejaVu Sans, Liberation Sans, sans-serif"`;

/**
 * The label every drawing carries, in a band along its foot.
 * @param {number} width @param {number} height
 */
const label = (width, height) => {
	const size = Math.round(Math.max(22, width / 48));
	const band = Math.round(size * 2);
	return `<rect x="0" y="${height - band}" width="${width}" height="${band}" fill="#1d2430" fill-opacity="0.78"/>
	<text x="${Math.round(size * 0.8)}" y="${height - Math.round(band * 0.34)}" ${FONT} font-size="${size}" fill="#ffffff">${LABEL}</text>`;
};

/** @param {number} width @param {number} height @param {string} body */
const svg = (width, height, body, labelled = true) =>
	Buffer.from(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}${labelled ? label(width, height) : ''}</svg>`
	);

const sky = (/** @type {string} */ top, /** @type {string} */ bottom) =>
	`<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>`;

/** A stylised mountain road: ranges in three tones and a road winding up to a pass. */
const mountainRoad = svg(
	2400,
	1600,
	`${sky('#8fb8de', '#f2d9b3')}<rect width="2400" height="1600" fill="url(#sky)"/>
	<circle cx="1820" cy="330" r="120" fill="#f7e7a1"/>
	<path d="M0 900 L420 420 L760 760 L1150 300 L1560 820 L1900 520 L2400 900 V1600 H0 Z" fill="#6d7f99"/>
	<path d="M1150 300 L1040 430 L1120 420 L1180 470 L1260 420 Z" fill="#f4f4f4"/>
	<path d="M0 1100 L520 700 L980 1000 L1420 640 L1880 980 L2400 760 V1600 H0 Z" fill="#5b7152"/>
	<path d="M0 1600 L0 1320 L700 1080 L1300 1260 L2000 1040 L2400 1180 V1600 Z" fill="#7d8f4e"/>
	<path d="M1200 1600 C 1000 1450, 1500 1380, 1300 1250 S 1500 1100, 1420 1000 S 1380 880, 1440 800" stroke="#3b3b3b" stroke-width="46" fill="none" stroke-linecap="round"/>
	<path d="M1200 1600 C 1000 1450, 1500 1380, 1300 1250 S 1500 1100, 1420 1000 S 1380 880, 1440 800" stroke="#f0e6c8" stroke-width="5" stroke-dasharray="30 26" fill="none"/>`
);

/** A tall drawing: houses stacked up a hillside, a stair climbing between them. */
const hillsideStairs = svg(
	1200,
	1800,
	`${sky('#b9d3e8', '#efe3cf')}<rect width="1200" height="1800" fill="url(#sky)"/>
	<path d="M0 500 L600 260 L1200 460 V1800 H0 Z" fill="#a28a6c"/>
	${[0, 1, 2, 3, 4, 5, 6]
		.map((row) =>
			[0, 1, 2, 3]
				.map((col) => {
					const x = 60 + col * 290 + (row % 2) * 90;
					const y = 560 + row * 170;
					const colors = ['#c0533e', '#e0a458', '#5c8db8', '#d9d0c1'];
					return `<rect x="${x}" y="${y}" width="200" height="140" fill="${colors[(row + col) % 4]}"/><rect x="${x + 70}" y="${y + 50}" width="40" height="50" fill="#2d2d2d" fill-opacity="0.6"/>`;
				})
				.join('')
		)
		.join('')}
	<path d="M560 1800 L600 1500 L540 1250 L620 1000 L570 760 L600 520" stroke="#eeeeee" stroke-width="36" fill="none"/>`
);

/** A square card with see-through rounded corners: the PNG with transparency. */
const posterCard = svg(
	1600,
	1600,
	`<rect x="0" y="0" width="1600" height="1600" rx="160" fill="#243b55"/>
	<circle cx="800" cy="700" r="420" fill="#e9b44c"/>
	<path d="M380 980 L640 620 L800 820 L980 560 L1220 980 Z" fill="#1b998b"/>
	<text x="800" y="1260" ${FONT} font-size="110" font-weight="bold" fill="#ffffff" text-anchor="middle">FIXTURE</text>
	<text x="800" y="1380" ${FONT} font-size="48" fill="#ffffff" text-anchor="middle">${LABEL}</text>`,
	false
);

/** A wide panorama: one long ridge line under an evening sky. */
const ridgePanorama = svg(
	3000,
	1000,
	`${sky('#3d4e81', '#f4a261')}<rect width="3000" height="1000" fill="url(#sky)"/>
	<path d="M0 620 L300 420 L520 560 L800 300 L1100 540 L1400 380 L1700 600 L2000 330 L2300 520 L2650 360 L3000 600 V1000 H0 Z" fill="#2a3d45"/>
	<path d="M0 800 L600 660 L1200 760 L1800 640 L2400 780 L3000 690 V1000 H0 Z" fill="#1b262c"/>`
);

/** The clip's backdrop: a strip twice the frame's width that the camera pans across. */
const clipStrip = svg(
	1280,
	360,
	`${sky('#8fb8de', '#f2d9b3')}<rect width="1280" height="360" fill="url(#sky)"/>
	<path d="M0 220 L160 120 L300 200 L480 90 L640 210 L820 110 L1000 200 L1150 130 L1280 200 V360 H0 Z" fill="#6d7f99"/>
	<path d="M0 250 L320 210 L640 245 L960 200 L1280 235 V360 H0 Z" fill="#5b7152"/>
	<path d="M0 290 C 300 260, 500 305, 800 275 S 1100 255, 1280 280" stroke="#3b3b3b" stroke-width="14" fill="none"/>`,
	false
);
const clipLabel = svg(640, 360, '', true);

/** @param {string} name */
const report = (name) => console.log(`${name} (${statSync(join(OUT, name)).size} bytes)`);

/** @param {Buffer} drawing @param {string} name */
async function writePicture(drawing, name) {
	const image = sharp(drawing);
	const file = join(OUT, name);
	if (name.endsWith('.png')) await image.png({ compressionLevel: 9, palette: true }).toFile(file);
	else await image.flatten({ background: '#ffffff' }).jpeg({ quality: 82 }).toFile(file);
	report(name);
}

await writePicture(mountainRoad, 'mountain-road.jpg');
await writePicture(hillsideStairs, 'hillside-stairs.jpg');
await writePicture(posterCard, 'poster-card.png');
await writePicture(ridgePanorama, 'ridge-panorama.jpg');

// The clip: the strip panned left to right for 4 s under the label, with a quiet steady
// tone; its poster is its first frame.
const work = mkdtempSync(join(tmpdir(), 'fixture-media-'));
try {
	await sharp(clipStrip).png().toFile(join(work, 'strip.png'));
	await sharp(clipLabel).png().toFile(join(work, 'label.png'));
	/** @param {string[]} args */
	const ffmpeg = (args) =>
		execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
	ffmpeg([
		...['-loop', '1', '-framerate', '24', '-i', join(work, 'strip.png')],
		...['-i', join(work, 'label.png')],
		...['-f', 'lavfi', '-i', 'sine=frequency=330:sample_rate=44100:duration=4'],
		...['-filter_complex', "[0]crop=640:360:x='min(t*160,640)':y=0[bg];[bg][1]overlay=0:0[v]"],
		...['-map', '[v]', '-map', '2:a', '-t', '4', '-r', '24'],
		...['-c:v', 'libx264', '-profile:v', 'main', '-preset', 'slow', '-crf', '30'],
		...['-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '48k', '-af', 'volume=0.25'],
		...['-movflags', '+faststart', join(OUT, 'briefing.mp4')]
	]);
	report('briefing.mp4');
	await sharp(join(work, 'strip.png'))
		.extract({ left: 0, top: 0, width: 640, height: 360 })
		.composite([{ input: join(work, 'label.png') }])
		.jpeg({ quality: 82 })
		.toFile(join(OUT, 'briefing.jpg'));
	report('briefing.jpg');

	// The sound: 3 s of a 440 Hz tone, fading in and out; no speech.
	ffmpeg([
		...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=44100:duration=3'],
		...['-af', 'volume=0.3,afade=t=in:d=0.3,afade=t=out:st=2.6:d=0.4'],
		...['-c:a', 'libmp3lame', '-b:a', '64k', '-ac', '1', '-id3v2_version', '3'],
		...['-metadata', 'title=Test tone (invented for a test fixture)'],
		join(OUT, 'tone.mp3')
	]);
	report('tone.mp3');
} finally {
	rmSync(work, { recursive: true, force: true });
}

// Caption tracks for the clip, in the fixture's three languages: they describe the clip's
// only sound, a steady tone, as captions for deaf readers describe sounds.
const tracks = {
	en: ['[A steady low tone plays]', '[The tone continues as the drawn road passes]'],
	ru: ['[Звучит ровный низкий тон]', '[Тон продолжается, пока проплывает нарисованная дорога]'],
	ar: ['[تُسمع نغمة منخفضة ثابتة]', '[تستمر النغمة بينما يمرّ الطريق المرسوم]']
};
for (const [code, [first, second]] of Object.entries(tracks)) {
	const name = `briefing.${code}.vtt`;
	writeFileSync(
		join(OUT, name),
		`WEBVTT\n\nNOTE Invented for a test fixture: the clip is a drawing and a test tone.\n\n00:00.000 --> 00:02.000\n${first}\n\n00:02.000 --> 00:04.000\n${second}\n`
	);
	report(name);
}
