// Slide parts TimelineJS and StoryMapJS share: a `media` object (url, caption, credit,
// alt), a `background` (an image carried as media; a colour dropped) and a `location`
// with Leaflet's zoom.
import { readCamera, readPoint, type ReaderContext } from './camera.ts';
import { plainOf } from './fields.ts';
import { quote } from './report.ts';
import type { DraftLocation, DraftMedia } from './types.ts';
import { field, given, isRecord, unknownKeys } from './values.ts';

const UNKNOWN = 'Unknown fields (not in the format as documented)';

export function readMedia(
	slide: Record<string, unknown>,
	where: string,
	source: { label: (path: string) => string },
	ctx: ReaderContext
): DraftMedia[] {
	const found: DraftMedia[] = [];
	const media = field(slide, 'media');
	if (isRecord(media)) {
		const url = field(media, 'url');
		if (given(url) && typeof url !== 'string')
			ctx.report.dropped(
				'Media that cannot be carried',
				where,
				`${source.label('media.url')} is not text`
			);
		const item: DraftMedia = {
			where: `${where}: ${source.label('media')}`,
			url: typeof url === 'string' ? url : ''
		};
		for (const key of ['caption', 'credit', 'alt'] as const) {
			const text = plainOf(field(media, key), where, source.label(`media.${key}`), ctx);
			if (text) item[key] = text;
		}
		found.push(item);
		if (given(field(media, 'thumbnail')))
			ctx.report.dropped('Thumbnails (the build makes its own sizes)', where);
		for (const key of ['title', 'link', 'link_target'])
			if (given(field(media, key)))
				ctx.report.dropped(
					'Media titles and links (a media item has a caption and credit)',
					where,
					`media.${key}`
				);
		for (const key of unknownKeys(media, [
			'url',
			'caption',
			'credit',
			'alt',
			'thumbnail',
			'title',
			'link',
			'link_target'
		]))
			ctx.report.dropped(UNKNOWN, where, `media.${key}`);
	} else if (given(media))
		ctx.report.dropped('Media that cannot be carried', where, `media is not an object`);
	const background = field(slide, 'background');
	if (isRecord(background)) {
		const url = field(background, 'url');
		if (typeof url === 'string' && url.trim()) {
			const alt = plainOf(field(background, 'alt'), where, source.label('background.alt'), ctx);
			found.push({
				where: `${where}: ${source.label('background')}`,
				url,
				...(alt ? { alt } : {})
			});
			ctx.report.changed('Background images carried as media items', where);
		}
		if (given(field(background, 'color')))
			ctx.report.dropped(
				'Background colours (the story’s design sets its colours)',
				where,
				`${quote(field(background, 'color'))}`
			);
		if (given(field(background, 'opacity'))) ctx.report.dropped('Background opacities', where);
		for (const key of unknownKeys(background, ['url', 'color', 'alt', 'opacity']))
			ctx.report.dropped(UNKNOWN, where, `background.${key}`);
	}
	return found;
}

/** A TimelineJS or StoryMapJS `location`, with Leaflet's zoom. */
export function readLocation(
	value: unknown,
	where: string,
	ctx: ReaderContext
): DraftLocation | undefined {
	if (!isRecord(value)) return undefined;
	if (!given(field(value, 'lat')) && !given(field(value, 'lon'))) return undefined;
	const point = readPoint(
		field(value, 'lat'),
		field(value, 'lon'),
		where,
		{ lat: 'location.lat', lon: 'location.lon' },
		ctx
	);
	if (!point) return undefined;
	const location: DraftLocation = { ...point };
	const name = plainOf(field(value, 'name'), where, 'location.name', ctx);
	if (name) location.name = name;
	const camera = readCamera({ zoom: field(value, 'zoom') }, true, where, ctx);
	if (camera) location.camera = camera;
	if (given(field(value, 'icon')))
		ctx.report.dropped('Marker icons (the map draws its own markers)', where);
	for (const key of unknownKeys(value, ['lat', 'lon', 'zoom', 'name', 'icon', 'line']))
		ctx.report.dropped(UNKNOWN, where, `location.${key}`);
	return location;
}
