// The story's media, checked before the build processes any of it: every file is there,
// is what its name says, and carries what the page owes its readers (alt text, a credit,
// captions). One line per problem, in the story schema's voice, e.g.
// `story.json: events[2] "la-paz-march": media[0].src "media/march.jpg" is missing`.
import { editionTrack, isRecord, itemKind, mediaLists, readPath, type MediaList } from './items.ts';
import { isRefused, type LocalFile } from './local-file.js';
import { visible } from '../visible.js';
import {
	describeKind,
	expectedKinds,
	extensionOf,
	extensionsOf,
	KIND_INFO,
	mp4Layout,
	sniffKind,
	type MediaCategory
} from './sniff.ts';

export type MediaCheckOptions = {
	/** How messages name the story file (`stories/fixtures/andes-1990.json`). */
	storyLabel: string;
	/**
	 * A file's bytes by its path relative to the story file, null when there is none, or
	 * why it may not be read (a FIFO, a link out of the folder: local-file.js). The first
	 * 64 KB are enough for every check but an MP4's layout and a track's cues.
	 */
	readFile: (relPath: string) => LocalFile;
	/** A file's size in bytes, where reading it whole would be wasteful (else its bytes' length). */
	sizeOf?: (relPath: string) => number | null;
	/** Languages of the story's editions, whose caption tracks are checked where present. */
	editions?: string[];
};

export type MediaCheck = { problems: string[]; warnings: string[] };

/** Beyond these sizes a file is worth a second look (bytes; 1 MB = 10⁶ bytes, as disks count). */
export const SIZE_WARNING = { picture: 15e6, video: 25e6, sound: 25e6 } as const;

/** Larger than this, a caption track is not captions (a two-hour film's are about 100 KB). */
export const MAX_CAPTIONS_BYTES = 1e6;

/** The editions this project publishes beside English: the default for `editions`. */
export const EDITIONS = ['ru', 'ar'];

const WHAT: Record<MediaCategory | 'captions', string> = {
	picture: 'a picture',
	video: 'a video',
	sound: 'a sound',
	captions: 'a WebVTT file'
};

/** A size as messages print it, to a tenth (so 15.2 MB never reads as "15 MB, over 15 MB"). */
export const megabytes = (bytes: number): string =>
	`${(bytes / 1e6).toFixed(1).replace(/\.0$/, '')} MB`;

/** Every problem (and warning) with the story's media; no problems means the build may go on. */
export function checkMedia(story: unknown, options: MediaCheckOptions): MediaCheck {
	const problems: string[] = [];
	const warnings: string[] = [];
	const sourceIds = new Set(
		(isRecord(story) && Array.isArray(story.sources) ? story.sources : [])
			.map((s: unknown) => (isRecord(s) ? s.id : undefined))
			.filter((id): id is string => typeof id === 'string')
	);
	for (const list of mediaLists(story)) {
		// Made visible: a path or an id from the file may hold terminal escape sequences.
		const line = (field: string, message: string) =>
			visible(`${options.storyLabel}: ${list.owner}${field} ${message}`);
		if (!Array.isArray(list.items)) {
			problems.push(line(list.field, 'must be a list'));
			continue;
		}
		list.items.forEach((item: unknown, m: number) => {
			const at = `${list.field}[${m}]`;
			if (!isRecord(item)) problems.push(line(at, 'must be an object'));
			else
				checkItem(item, at, list, sourceIds, options, {
					problem: (field, message) => problems.push(line(field, message)),
					warn: (field, message) => warnings.push(line(field, message))
				});
		});
	}
	return { problems, warnings };
}

type Report = {
	problem: (field: string, message: string) => void;
	warn: (field: string, message: string) => void;
};

/** A field that must be text a reader sees: there, text, and not blank. */
function requireText(
	item: Record<string, unknown>,
	at: string,
	key: string,
	why: string,
	r: Report
) {
	const value = item[key];
	const field = `${at}.${key}`;
	if (value === undefined) r.problem(field, `is missing${why}`);
	else if (typeof value !== 'string') r.problem(field, 'must be text');
	else if (!/\S/.test(value)) r.problem(field, `is empty${why}`);
}

function checkItem(
	item: Record<string, unknown>,
	at: string,
	list: MediaList,
	sourceIds: Set<string>,
	options: MediaCheckOptions,
	r: Report
) {
	const src = item.src;
	if (typeof src !== 'string' || !/\S/.test(src)) {
		r.problem(
			`${at}.src`,
			src === undefined ? 'is missing' : /\S/.test(String(src)) ? 'must be text' : 'is empty'
		);
		requireText(item, at, 'credit', '', r);
		return;
	}
	const kind = checkSource(src, `${at}.src`, options, r);
	requireText(item, at, 'credit', '', r);
	if (kind === 'picture') requireText(item, at, 'alt', ': every picture needs alt text', r);
	const posterShown = (kind === 'video' || kind === 'remote') && item.poster !== undefined;
	if (posterShown)
		requireText(
			item,
			at,
			'alt',
			kind === 'video'
				? ": a video's poster needs alt text"
				: ": a link card's picture needs alt text",
			r
		);
	const altRequired = kind === 'picture' || posterShown;
	for (const key of altRequired ? ['caption'] : ['caption', 'alt'])
		if (item[key] !== undefined && typeof item[key] !== 'string')
			r.problem(`${at}.${key}`, 'must be text');
	if (item.noSpeech !== undefined && typeof item.noSpeech !== 'boolean')
		r.problem(`${at}.noSpeech`, 'must be true or false');

	if (item.poster !== undefined) {
		if (kind !== 'video' && kind !== 'remote')
			r.problem(`${at}.poster`, 'is for a video or a link card: a picture or a sound has none');
		else checkFile(item.poster, `${at}.poster`, 'picture', options, r);
	} else if (kind === 'video')
		r.warn(
			at,
			'has no poster: the page shows an empty frame until the video loads, and nothing offline'
		);

	const speaks = kind === 'video' || kind === 'sound';
	if (item.captions !== undefined) {
		if (!speaks) r.problem(`${at}.captions`, 'is for a video or a sound');
		else if (checkFile(item.captions, `${at}.captions`, 'captions', options, r))
			checkEditionTracks(item.captions as string, `${at}.captions`, options, r);
	} else if (speaks && item.noSpeech !== true)
		r.problem(
			`${at}.captions`,
			'is missing: video and sound need a WebVTT captions file, or "noSpeech": true'
		);

	if (item.source !== undefined) {
		const source = item.source;
		const what = kind === 'remote' ? 'the link' : kind ? `the ${kind}` : 'it';
		if (typeof source !== 'string') r.problem(`${at}.source`, 'must be a source id');
		else if (!sourceIds.has(source)) r.problem(`${at}.source`, `"${source}" is not in sources`);
		else if (!list.cited.has(source))
			r.problem(
				`${at}.source`,
				`"${source}" is not cited by ${list.paragraphs}: cite it where the text describes ${what}`
			);
	}
}

/** The item's `src`: a link, or a picture, video or sound file that is what it says. */
function checkSource(src: string, field: string, options: MediaCheckOptions, r: Report) {
	const reading = readPath(src);
	if (reading.kind === 'remote') {
		if (!reading.secure)
			r.warn(`${field} "${src}"`, 'is an http:// address: link to its https:// address');
		return 'remote';
	}
	if (reading.kind === 'bad') {
		r.problem(`${field} "${src}"`, reading.reason);
		return itemKind(src);
	}
	const kind = itemKind(src);
	if (!kind) {
		r.problem(
			`${field} "${src}"`,
			`is not a picture, video or sound the page shows: pictures are ${extensionsOf('picture').join(' ')}, video ${extensionsOf('video').join(' ')}, sound ${extensionsOf('sound').join(' ')}`
		);
		return null;
	}
	checkFile(src, field, kind as MediaCategory, options, r);
	return kind;
}

/**
 * A file the page serves (or the build re-encodes): its path stays in the story's folder,
 * it is there, its bytes are what its name says, and it is not needlessly large. True
 * when the file is there and is of the kind it should be.
 */
function checkFile(
	value: unknown,
	field: string,
	category: MediaCategory | 'captions',
	options: MediaCheckOptions,
	r: Report
): boolean {
	if (typeof value !== 'string') {
		r.problem(field, 'must be text');
		return false;
	}
	const named = `${field} "${value.length > 80 ? `${value.slice(0, 77)}…` : value}"`;
	const fail = (message: string) => {
		r.problem(named, message);
		return false;
	};
	const reading = readPath(value);
	if (reading.kind === 'bad') return fail(reading.reason);
	if (reading.kind === 'remote') return fail('must be a file beside the story, not an address');
	const expected = expectedKinds(value);
	if (expected?.category !== category)
		return fail(`is not ${WHAT[category]}: name one ${extensionsOf(category).join(' ')}`);
	const bytes = options.readFile(reading.path);
	if (!bytes) return fail('is missing');
	if (isRefused(bytes)) return fail(bytes.refused);

	const kind = sniffKind(bytes);
	const actual = kind === 'unknown' ? null : KIND_INFO[kind].category;
	if (actual !== category)
		return fail(`is not ${WHAT[category]}: its bytes are ${describeKind(kind)}`);
	if (kind === 'heic')
		return fail(`is ${describeKind(kind)}: the build cannot read it; export it as JPEG`);
	if (!expected.kinds.includes(kind)) {
		const ext = `.${extensionOf(value)}`;
		// The build re-encodes pictures, so only their name is wrong; a video or a sound is
		// served as it is, with a type its name gives, and would not play.
		if (category !== 'picture')
			return fail(
				kind === 'mov'
					? `is ${describeKind(kind)}: convert it to MP4 (H.264)`
					: `is named ${ext} but its bytes are ${describeKind(kind)}: rename it`
			);
		r.warn(named, `is ${describeKind(kind)} named ${ext}: the build reads it, but rename it`);
	}

	if (category === 'captions' && bytes.length > MAX_CAPTIONS_BYTES)
		return fail(
			`is ${megabytes(bytes.length)}: more than the ${megabytes(MAX_CAPTIONS_BYTES)} a captions file may be`
		);
	if (category === 'captions' && !new TextDecoder().decode(bytes).includes('-->'))
		r.problem(named, 'has no cues: a cue is a "00:00.000 --> 00:02.000" line and its text');
	if (kind === 'mp4') {
		const layout = mp4Layout(bytes);
		const hevc = layout.codecs.some((c) => c === 'hvc1' || c === 'hev1');
		if (hevc && !layout.codecs.some((c) => c === 'avc1' || c === 'avc3'))
			r.warn(
				named,
				'is HEVC (H.265) video: Firefox and many Android phones cannot play it; re-encode it as H.264'
			);
		if (layout.moovFirst === false)
			r.warn(
				named,
				'keeps its index after the video, so the page must load all of it before playing: remake it with ffmpeg -movflags +faststart'
			);
	}
	if (category !== 'captions') {
		const size = options.sizeOf?.(reading.path) ?? bytes.length;
		if (size > SIZE_WARNING[category])
			r.warn(
				named,
				category === 'picture'
					? `is a ${megabytes(size)} picture (over ${megabytes(SIZE_WARNING.picture)}): every cold build reads it; export it smaller`
					: `is a ${megabytes(size)} ${category === 'video' ? 'video' : 'sound'} (over ${megabytes(SIZE_WARNING[category])}): a reader on a phone waits for it; compress it`
			);
	}
	return true;
}

/** Editions' own tracks beside the English one: each checked where it exists. */
function checkEditionTracks(
	captions: string,
	field: string,
	options: MediaCheckOptions,
	r: Report
) {
	for (const code of options.editions ?? EDITIONS) {
		const track = editionTrack(captions, code);
		if (track === captions) continue;
		const reading = readPath(track);
		if (reading.kind === 'local' && options.readFile(reading.path))
			checkFile(track, `${field} (${code})`, 'captions', options, r);
	}
}
