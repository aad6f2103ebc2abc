// Mapbox's storytelling template and its MapLibre fork: a config.js whose `config` object
// holds a title, a byline and chapters, each a camera over the author's own map style. The
// file is JavaScript and is never run (literal-config.ts reads its literal values only).
// A tour: chapters carry no dates.
import { readCamera, readPoint, type ReaderContext } from './camera.ts';
import { markdownOf, plainOf } from './fields.ts';
import { readLiteralConfig, type Literal } from './literal-config.ts';
import { quote, whereOf } from './report.ts';
import type { Draft, DraftEvent, DraftMedia } from './types.ts';
import { field, given, isRecord, unknownKeys } from './values.ts';

const SETTINGS: [string[], string][] = [
	[['showMarkers', 'markerColor'], 'Marker settings (the map draws its own markers)'],
	[['theme', 'logo'], 'Theme and logo (the story’s design sets the look)'],
	[
		['inset', 'insetOptions', 'insetPosition'],
		'The inset map (the story has its own overview map)'
	],
	[['use3dTerrain'], '3D terrain (the story’s offline basemap is flat)'],
	[['projection'], 'The projection (the story’s map has its own)'],
	[['auto'], 'Automatic advance (readers scroll at their own pace)'],
	[
		['legend', 'useCustomLayers'],
		'Legends and custom layers (they belong to the author’s map style)'
	],
	[
		['bookmarks', 'chapterReturn'],
		'Bookmark and return-to-top links (the story has its own navigation)'
	],
	[['mobileview'], 'The note asking phone readers to rotate (the story is laid out for phones)']
];
const KNOWN = [
	...SETTINGS.flatMap(([keys]) => keys),
	'style',
	'accessToken',
	'title',
	'subtitle',
	'byline',
	'footer',
	'chapters'
];
const CHAPTER_KEYS = [
	'id',
	'alignment',
	'hidden',
	'title',
	'image',
	'caption',
	'description',
	'location',
	'mapInteractive',
	'callback',
	'onChapterEnter',
	'onChapterExit'
];
const ANIMATIONS: Record<string, Literal> = {
	mapAnimation: 'flyTo',
	rotateAnimation: false,
	spinGlobe: false
};
const CHAPTER_EXTRAS = ['author', 'website', 'legend'];
const ALIGNMENTS = ['left', 'center', 'right', 'full'];
const UNKNOWN = 'Unknown fields (not in the template as documented)';

export function readStorytelling(text: string, ctx: ReaderContext): Draft | undefined {
	const { report } = ctx;
	const read = readLiteralConfig(text);
	for (const problem of read.problems) ctx.problems.add('', '', problem);
	const config = read.config;
	if (!config) return undefined;
	for (const line of read.code) report.dropped('Code outside the config object (never run)', line);
	for (const { path, what } of read.skipped)
		report.dropped(
			/function|getter|setter/.test(what)
				? 'Functions, getters and setters (never run)'
				: 'Values that are not literals (never evaluated)',
			`${path}: ${what}`
		);
	const style = field(config, 'style');
	const mapbox =
		given(field(config, 'accessToken')) ||
		(typeof style === 'string' && style.startsWith('mapbox://'));
	const draft: Draft = {
		format: mapbox ? 'Mapbox storytelling' : 'MapLibre storytelling',
		intro: [],
		media: [],
		eras: [],
		dated: false,
		events: []
	};
	const token = field(config, 'accessToken');
	if (token !== undefined) report.dropped('An access token (not copied)');
	if (typeof token === 'string' && token.trim()) draft.secrets = [token.trim()];
	if (typeof style === 'string' && style.trim()) {
		report.dropped('The map style (replaced by the story’s offline basemap)', describeStyle(style));
		draft.ownTiles = true;
	}
	for (const [keys, why] of SETTINGS)
		for (const key of keys) if (field(config, key) !== undefined) report.dropped(why, key);
	for (const key of unknownKeys(config, KNOWN)) report.dropped(UNKNOWN, key);

	const title = plainOf(field(config, 'title'), 'config', 'title', ctx);
	if (title) draft.title = title;
	const subtitle = plainOf(field(config, 'subtitle'), 'config', 'subtitle', ctx);
	if (subtitle) draft.subtitle = subtitle;
	const byline = plainOf(field(config, 'byline'), 'config', 'byline', ctx);
	if (byline) {
		draft.byline = byline;
		draft.intro = markdownOf(field(config, 'byline'), 'config', 'byline', ctx);
	}
	const footer = plainOf(field(config, 'footer'), 'config', 'footer', ctx);
	if (footer) draft.footer = footer;

	const chapters = field(config, 'chapters');
	if (!Array.isArray(chapters)) {
		ctx.problems.add('config', 'chapters', chapters === undefined ? 'is missing' : 'is not a list');
		return undefined;
	}
	chapters.forEach((chapter, i) => {
		const event = readChapter(chapter, i, ctx);
		if (event) draft.events.push(event);
	});
	return draft;
}

function readChapter(chapter: Literal, i: number, ctx: ReaderContext): DraftEvent | undefined {
	const { report } = ctx;
	const path = `chapters[${i}]`;
	if (!isRecord(chapter)) {
		ctx.problems.add(path, '', 'is not a chapter object');
		return undefined;
	}
	const title = plainOf(field(chapter, 'title'), path, 'title', ctx);
	const where = whereOf(path, title);
	const body = markdownOf(field(chapter, 'description'), where, 'description', ctx);
	const image = field(chapter, 'image');
	if (field(chapter, 'hidden') === true) {
		if (!title && !body.length) {
			report.dropped(
				'Hidden chapters (no text for a reader; the map only moved through them)',
				where
			);
			return undefined;
		}
		report.changed('Hidden chapters kept: they carry text a reader should see', where);
	}
	const event: DraftEvent = { where, fallbackTitle: `Chapter ${i + 1}`, body, media: [] };
	if (title) event.title = title;
	if (typeof image === 'string' && image.trim()) {
		const caption = plainOf(field(chapter, 'caption'), where, 'caption', ctx);
		const media: DraftMedia = {
			where: `${where}: image`,
			url: image,
			...(caption ? { caption } : {})
		};
		event.media.push(media);
	}
	const id = field(chapter, 'id');
	if (typeof id === 'string') event.id = id;
	const alignment = field(chapter, 'alignment');
	if (typeof alignment === 'string' && !ALIGNMENTS.includes(alignment))
		report.dropped(
			`Warning: alignment values the template does not accept (${ALIGNMENTS.join(', ')}); the default is used`,
			where,
			`${quote(alignment)}`
		);
	else if (given(alignment)) report.dropped('Text alignment (the story lays out its own pages)');
	const callback = field(chapter, 'callback');
	if (typeof callback === 'string' && callback.trim())
		report.dropped(
			'Callbacks (named functions the template would run; nothing runs)',
			where,
			`${quote(callback)}`
		);
	for (const key of ['onChapterEnter', 'onChapterExit']) {
		const layers = layerNames(field(chapter, key));
		if (layers.length)
			report.dropped(
				'Layer opacities (onChapterEnter/onChapterExit) for layers of the author’s map style, which the story’s basemap does not have',
				where,
				`${key} ${layers.join(', ')}`
			);
	}
	for (const [key, usual] of Object.entries(ANIMATIONS)) {
		const value = field(chapter, key);
		if (value === undefined) continue;
		const why = 'Map animations (the story moves the camera its own way)';
		if (value === usual) report.dropped(why);
		else report.dropped(why, where, `${key} ${quote(value)}`);
	}
	for (const key of CHAPTER_EXTRAS)
		if (given(field(chapter, key)))
			report.dropped(
				'Chapter author, website and legend (not part of an event)',
				where,
				`${key} ${quote(plainOf(field(chapter, key), where, key, ctx))}`
			);
	for (const key of unknownKeys(chapter, [
		...CHAPTER_KEYS,
		...Object.keys(ANIMATIONS),
		...CHAPTER_EXTRAS
	]))
		report.dropped(UNKNOWN, where, key);
	if (field(chapter, 'mapInteractive') === true) event.mapInteractive = true;
	readChapterLocation(field(chapter, 'location'), where, event, ctx);
	return event;
}

function readChapterLocation(
	location: unknown,
	where: string,
	event: DraftEvent,
	ctx: ReaderContext
): void {
	if (!isRecord(location)) {
		ctx.report.check('Chapters with no location: give these events a place', where);
		return;
	}
	const center = field(location, 'center');
	if (!Array.isArray(center) || center.length !== 2) {
		ctx.problems.add(where, 'location.center', 'is not [longitude, latitude]');
		return;
	}
	const point = readPoint(
		center[1],
		center[0],
		where,
		{ lat: 'location.center[1]', lon: 'location.center[0]' },
		ctx
	);
	if (!point) return;
	event.location = { ...point };
	const camera = readCamera(
		{
			zoom: field(location, 'zoom'),
			pitch: field(location, 'pitch'),
			bearing: field(location, 'bearing')
		},
		false,
		where,
		ctx
	);
	if (camera) event.location.camera = camera;
	for (const key of unknownKeys(location, ['center', 'zoom', 'pitch', 'bearing']))
		ctx.report.dropped(
			'Flight settings (speed, curve…: the story paces its own camera)',
			where,
			`location.${key}`
		);
}

function layerNames(value: unknown): string[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((entry) => {
		const layer = field(entry, 'layer');
		return typeof layer === 'string' ? [JSON.stringify(layer)] : [];
	});
}

/** A style named by kind and host only: its address may carry a key (`?key=…`). */
function describeStyle(style: string): string {
	if (style.startsWith('mapbox://')) return 'a hosted Mapbox style (mapbox://…)';
	try {
		const url = new URL(style);
		return `a hosted style at ${url.hostname}`;
	} catch {
		return 'a style file beside the config';
	}
}
