// A story's picture, made ready for the page with sharp: upright, stripped of its metadata
// (a phone photo's EXIF names where it was taken), at the widths a reader's screen needs,
// in AVIF and WebP with a JPEG (or, for a picture with transparency, PNG) fallback.
import sharp, { type Sharp } from 'sharp';

export type PictureFormat = 'avif' | 'webp' | 'jpeg' | 'png';

export type RenditionOptions = {
	/** Widths to make, in pixels; none wider than the original. */
	widths: number[];
	/** The formats besides the fallback, which is always made (JPEG, or PNG for transparency). */
	formats: ('avif' | 'webp')[];
	/** Quality per format, 1 to 100. */
	quality: Record<PictureFormat, number>;
};

export type Rendition = { format: PictureFormat; width: number; height: number; bytes: Uint8Array };

export type Renditions = {
	/** The original's size, upright (after its EXIF orientation is applied). */
	width: number;
	height: number;
	/** Its average colour, `#rrggbb`: the box's background while the picture loads. */
	color: string;
	/** A tiny blurred copy, `data:image/webp;base64,…`, under 600 bytes: shown while it loads. */
	preview: string;
	/** Whether any pixel is see-through, so the fallback is PNG rather than JPEG. */
	transparent: boolean;
	renditions: Rendition[];
};

/**
 * Widths for a text column of at most 30rem (480 px, 960 at 2x) and a phone's full width
 * (390 px at 3x is 1170): 1280 covers both at their sharpest.
 */
export const DEFAULT_WIDTHS = [320, 480, 640, 960, 1280];

/**
 * Qualities that look clean on photographs, AVIF at about half JPEG's bytes.
 */
export const DEFAULT_RENDITION_OPTIONS: RenditionOptions = {
	widths: DEFAULT_WIDTHS,
	formats: ['avif', 'webp'],
	quality: { avif: 50, webp: 75, jpeg: 78, png: 80 }
};

/** The preview's width in pixels: small enough for a data URI, enough for a blur. */
const PREVIEW_WIDTH = 16;
const PREVIEW_LIMIT = 600;

/**
 * The widths to make: each asked-for width under the original's, and the original's own
 * width where it is under the largest asked for (never upscaled), replacing any asked-for
 * width within 15% below it, which would look the same and cost another encode.
 */
export function renditionWidths(original: number, widths: number[]): number[] {
	const sorted = [...new Set(widths)].filter((w) => w > 0).sort((a, b) => a - b);
	if (original > (sorted.at(-1) ?? 0)) return sorted;
	return [...sorted.filter((w) => w < original * 0.85), original];
}

const hex = (n: number) =>
	Math.round(Math.min(255, Math.max(0, n)))
		.toString(16)
		.padStart(2, '0');

/** The average colour and the blurred preview, from one tiny copy of the picture. */
async function placeholder(upright: Sharp, width: number, height: number) {
	const small = PREVIEW_WIDTH;
	const tall = Math.max(1, Math.min(small * 2, Math.round((small * height) / width)));
	const { data, info } = await upright
		.clone()
		.resize(small, tall, { fit: 'fill' })
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	// Weighted by opacity: a logo's see-through margin should not pull the colour to black.
	let [r, g, b, weight] = [0, 0, 0, 0];
	for (let i = 0; i < data.length; i += 4) {
		const a = data[i + 3]! / 255;
		r += data[i]! * a;
		g += data[i + 1]! * a;
		b += data[i + 2]! * a;
		weight += a;
	}
	const color = weight ? `#${hex(r / weight)}${hex(g / weight)}${hex(b / weight)}` : '#ffffff';
	let preview = '';
	for (const quality of [40, 25, 10]) {
		const webp = await sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } })
			.blur(0.6)
			.webp({ quality, alphaQuality: 40, effort: 6 })
			.toBuffer();
		preview = `data:image/webp;base64,${webp.toString('base64')}`;
		if (preview.length <= PREVIEW_LIMIT) break;
	}
	return { color, preview };
}

/** One picture's renditions: every asked-for width in every format, and its placeholder. */
export async function makeRenditions(
	input: Uint8Array,
	options: RenditionOptions = DEFAULT_RENDITION_OPTIONS
): Promise<Renditions> {
	// autoOrient: turned as the camera meant; every output drops EXIF and converts to sRGB.
	const upright = sharp(input, { autoOrient: true, failOn: 'error' });
	const meta = await upright.metadata();
	const { width, height } = meta.autoOrient;
	const transparent = meta.hasAlpha ? !(await upright.clone().stats()).isOpaque : false;
	const fallback: PictureFormat = transparent ? 'png' : 'jpeg';
	const formats: PictureFormat[] = [...new Set([...options.formats, fallback])];

	const encode = (image: Sharp, format: PictureFormat) => {
		const q = options.quality[format];
		// AVIF is most of the build's time: effort 3 with 4:2:0 colour (as JPEG has it) took a
		// third to a quarter of the CPU time of sharp's default (effort 4, 4:4:4) on the
		// fixture's drawings and a photo-like picture, for files within 10% of its size.
		if (format === 'avif') return image.avif({ quality: q, effort: 3, chromaSubsampling: '4:2:0' });
		if (format === 'webp') return image.webp({ quality: q, effort: 4 });
		if (format === 'png') return image.png({ compressionLevel: 9 });
		return image.flatten({ background: '#ffffff' }).jpeg({ quality: q, mozjpeg: true });
	};
	const jobs = renditionWidths(width, options.widths).flatMap((w) =>
		formats.map(async (format): Promise<Rendition> => {
			const { data, info } = await encode(
				upright.clone().resize({ width: w, withoutEnlargement: true }),
				format
			).toBuffer({ resolveWithObject: true });
			return { format, width: info.width, height: info.height, bytes: new Uint8Array(data) };
		})
	);
	const [renditions, { color, preview }] = await Promise.all([
		Promise.all(jobs),
		placeholder(upright, width, height)
	]);
	return { width, height, color, preview, transparent, renditions };
}
