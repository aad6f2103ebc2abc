// StoryMapJS: `storymap.slides[]`, an overview slide (the story's title and introduction)
// and one slide per stop, each at a location with Leaflet's zoom. A tour: slides carry a
// free-text date at most, kept as written. A story told on one large picture (zoomify, or
// map_as_image) is not a map story, and is refused.
import type { ReaderContext } from './camera.ts';
import { markdownOf, plainOf } from './fields.ts';
import { quote, whereOf } from './report.ts';
import { readLocation, readMedia } from './slide-parts.ts';
import type { Draft, DraftEvent } from './types.ts';
import { field, given, isRecord, unknownKeys } from './values.ts';

const SETTINGS: [string[], string][] = [
	[
		['map_type', 'map_subdomains', 'attribution'],
		'The map’s tiles (the story uses its own offline basemap)'
	],
	[['map_background_color', 'font_css'], 'Colours and fonts (the story’s design sets the look)'],
	[['width', 'height'], 'The embed’s size (the story lays out its own pages)'],
	[
		['calculate_zoom'],
		'calculate_zoom (the map frames each event itself where a slide gives no zoom)'
	],
	[['call_to_action', 'call_to_action_text'], 'The call to action (the story opens on its title)'],
	[['language'], 'The interface language (the story’s edition sets it)']
];
const KNOWN = [
	...SETTINGS.flatMap(([keys]) => keys),
	'storymap',
	'slides',
	'zoomify',
	'map_as_image'
];
const SLIDE_KEYS = ['type', 'date', 'text', 'media', 'location', 'background'];
const UNKNOWN = 'Unknown fields (not in the format as documented)';
const LABELS = { label: (path: string) => path };

export function readStoryMap(doc: unknown, ctx: ReaderContext): Draft | undefined {
	const storymap = field(doc, 'storymap');
	if (!isRecord(storymap)) {
		ctx.problems.add('', 'storymap', 'is not an object: this is not a StoryMapJS file');
		return undefined;
	}
	// Settings may stand in `storymap` or, since StoryMapJS 0.4.6, at the top level.
	const setting = (key: string) => field(storymap, key) ?? field(doc, key);
	const mapType = setting('map_type');
	if (mapType === 'zoomify' || setting('map_as_image') === true) {
		const [key, value] =
			mapType === 'zoomify' ? ['map_type', '"zoomify"'] : ['map_as_image', 'true'];
		ctx.problems.add(
			'storymap',
			key,
			`${value}: the story is told on one large picture, not a map; the engine tells stories on a map of the world, so its places cannot be carried`
		);
		return undefined;
	}
	for (const [keys, why] of SETTINGS)
		for (const key of keys)
			if (given(setting(key))) ctx.report.dropped(why, `${key} ${quote(setting(key))}`);
	for (const key of [...unknownKeys(doc, KNOWN), ...unknownKeys(storymap, KNOWN)])
		ctx.report.dropped(UNKNOWN, key);
	const slides = field(storymap, 'slides');
	if (!Array.isArray(slides)) {
		ctx.problems.add('storymap', 'slides', 'is not a list');
		return undefined;
	}
	const draft: Draft = {
		format: 'StoryMapJS',
		intro: [],
		media: [],
		eras: [],
		dated: false,
		events: [],
		...(given(setting('map_type')) ? { ownTiles: true as const } : {})
	};
	const lines: { where: string; line: boolean }[] = [];
	let overviewSeen = false;
	slides.forEach((slide, i) => {
		const path = `slides[${i}]`;
		if (!isRecord(slide)) return ctx.problems.add(path, '', 'is not a slide object');
		const title = plainOf(field(field(slide, 'text'), 'headline'), path, 'text.headline', ctx);
		const where = whereOf(path, title);
		const line = field(field(slide, 'location'), 'line');
		if (typeof line === 'boolean') lines.push({ where, line });
		const body = markdownOf(field(field(slide, 'text'), 'text'), where, 'text.text', ctx);
		const media = readMedia(slide, where, LABELS, ctx);
		for (const key of unknownKeys(slide, SLIDE_KEYS)) ctx.report.dropped(UNKNOWN, where, key);
		const type = field(slide, 'type');
		if (type === 'overview' && !overviewSeen) {
			overviewSeen = true;
			draft.title = title;
			draft.intro = body;
			draft.media = media;
			if (given(field(slide, 'date')))
				ctx.report.dropped('The overview slide’s date', where, `${quote(field(slide, 'date'))}`);
			if (given(field(field(slide, 'location'), 'lat')))
				ctx.report.dropped(
					'The overview slide’s own location (the overview map shows all the story’s places)',
					where
				);
			return;
		}
		if (type === 'overview') ctx.report.changed('A second overview slide read as a stop', where);
		else if (given(type)) ctx.report.dropped(UNKNOWN, where, `type ${quote(type)}`);
		const event: DraftEvent = {
			where,
			fallbackTitle: `Chapter ${draft.events.length + 1}`,
			body,
			media
		};
		if (title) event.title = title;
		const date = plainOf(field(slide, 'date'), where, 'date', ctx);
		if (date) {
			event.dateline = date;
			event.fallbackTitle = date;
			ctx.report.changed(
				'Slide dates kept as written, as datelines (a tour has no calendar)',
				where,
				`${quote(date)}`
			);
		}
		const location = readLocation(field(slide, 'location'), where, ctx);
		if (location) event.location = location;
		else ctx.report.check('Slides with no location: give these events a place', where);
		draft.events.push(event);
	});
	if (!overviewSeen)
		ctx.report.check('The file has no overview slide: write the story’s title and introduction');
	const drawn = lines.filter((l) => l.line);
	if (drawn.length) draft.route = true;
	if (drawn.length && drawn.length < lines.length)
		for (const { where } of lines.filter((l) => !l.line))
			ctx.report.changed(
				'location.line is false on some slides only: the story draws the whole route (meta.route)',
				where
			);
	return draft;
}
