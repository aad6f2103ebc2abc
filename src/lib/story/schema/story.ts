// The story file's shape: what a story is, as zod schemas with their guidance for editors
// (written out as JSON Schema by `npm run schema`). The page's types are read from it
// (../types.ts) and only its types: the browser never loads zod. The checks across a
// story that a shape cannot express are the build's (tools/story/story-checks.ts), and so
// is this shape's use (tools/story/schema.ts). What an edition translates is marked here
// (translatable.ts).
import { z } from 'zod';
import {
	expected,
	text,
	slug,
	isoDay,
	longitude,
	latitude,
	paragraph,
	place,
	source,
	connection,
	area,
	camera,
	endDate,
	media,
	precision,
	time,
	isWebAddress,
	notAnAddress
} from './fields.ts';
import { embed } from './embed-fields.ts';
import { basemap, eventLayers, layers } from './map-fields.ts';
import { keyedBy, translatable } from './translatable.ts';

const event = z
	.strictObject({
		id: slug.describe('Stable slug, the step element’s `id` and the map’s `data-view`.'),
		date: isoDay
			.optional()
			.describe(
				'ISO date, `YYYY-MM-DD`: the day (with `month` precision the 1st, with `year` 1 January). A story without dates (a tour of places) leaves it out for every event.'
			),
		precision: precision.optional(),
		time: time.optional(),
		end: endDate.optional(),
		dateline: text(
			'Free text shown as the step’s dateline, as written ("Aug 23"): for a tour, whose events have no date.'
		).optional(),
		title: translatable(text('The step’s headline.')),
		body: z
			.array(paragraph)
			.describe('Paragraphs in our own words, each with its sources, every claim attributed.'),
		places: z
			.array(z.string(expected('a place id')))
			.describe(
				'Gazetteer ids of the places this step highlights; none for a step the map shows as the overview.'
			),
		group: text(
			'A group the step belongs to (a strand of the story): its marks on the timeline share a colour and a pattern.'
		).optional(),
		media: media.optional(),
		connections: z
			.array(connection)
			.optional()
			.describe('Lines between the event’s places that its text connects (capitals to a summit).'),
		areas: z
			.array(area)
			.optional()
			.describe(
				'Areas the map shades for this event (a front line, a siege), each with its source.'
			),
		camera: camera.optional(),
		layers: eventLayers.optional(),
		mapInteractive: z
			.literal(true)
			.optional()
			.describe(
				'While this step is read, the reader may move and zoom the map; it returns to the story’s view when the story moves on.'
			)
	})
	.describe(
		'One step of the story. Write in our own words; every paragraph lists its sources and names each of them in its text, every claim is attributed to whoever made it, and every quotation is word for word from a source the paragraph cites.'
	);

const meta = z
	.strictObject({
		title: translatable(text('The headline.')),
		url: z
			.string()
			.regex(/^https?:\/\/\S+\/$/, 'must be an address ending in /')
			.refine(isWebAddress, notAnAddress)
			.describe('Where the story is published: the canonical link and share cards point here.'),
		shareImage: z
			.strictObject({
				path: text(
					'Relative to the site (static/share.png, drawn by scripts/build-images.js).'
				).refine((path) => URL.canParse(path, 'https://example.org/'), {
					error: (issue) => `"${String(issue.input)}" is not a path or address a browser can read`
				}),
				width: z.int().positive(),
				height: z.int().positive()
			})
			.describe('The share card’s picture.'),
		shareImageAlt: translatable(text('What the share card’s picture shows, in words.')),
		embed: embed.optional(),
		dek: translatable(text('The standfirst under the headline.')),
		description: translatable(text('For search results and share cards.')),
		intro: z
			.array(paragraph)
			.min(1, 'is empty')
			.describe('Paragraphs with their sources, like an event’s: the same rules apply.'),
		media: media.optional(),
		about: z.array(translatable(text())).describe('The note at the end: how the story was made.'),
		span: z
			.strictObject({
				start: isoDay.describe('The first day the story covers.'),
				end: isoDay.describe('The last day the story covers.'),
				label: translatable(text('The span in words, as the share card prints it.')).optional()
			})
			.optional()
			.describe(
				'The story’s span: no event before it or after it. The timeline’s ends and the date field’s limits. Required for a dated story; a tour has none.'
			),
		eras: z
			.array(
				z.strictObject({
					label: text('The era’s name, as the timeline writes it.'),
					start: isoDay.describe('Its first day.'),
					end: isoDay.describe('Its last day.')
				})
			)
			.optional()
			.describe('Named stretches of time the timeline shows as labelled bands.'),
		route: z
			.literal(true)
			.optional()
			.describe(
				'Draw the route so far: a line through each step’s first place, up to the step being read.'
			),
		locator: z
			.literal(true, expected('true, or left out'))
			.optional()
			.describe(
				'Draw a locator inset: the story’s region, small, in the map’s corner, with the box of what the map shows marked. Left off where the map shows most of the region.'
			),
		imported: z
			.strictObject({
				format: z.enum([
					'TimelineJS',
					'TimelineJS sheet',
					'StoryMapJS',
					'Mapbox storytelling',
					'MapLibre storytelling'
				]),
				file: text('The file it was imported from.')
			})
			.optional()
			.describe(
				'Set by `npm run import`: the story came from another tool. Its places may lack a GeoNames entry and a region, and its sources a date, until an editor adds them.'
			),
		basemap: basemap.optional(),
		layers: layers.optional(),
		countries: z
			.array(text())
			.default([])
			.describe(
				'Countries the story happens in, by their Natural Earth name: drawn a shade darker than the rest.'
			),
		countryLabels: keyedBy(
			z.array(z.strictObject({ name: translatable(text()), lon: longitude, lat: latitude })),
			'name'
		)
			.default([])
			.describe(
				'Country names the basemap draws, at hand-picked points (a centroid can fall outside a clipped or oddly shaped country).'
			),
		overview: z
			.strictObject({
				places: z
					.array(z.string(expected('a place id')))
					.min(1, 'is empty')
					.optional()
					.describe(
						'Gazetteer ids the overview map highlights (default: every place an event highlights).'
					),
				alt: translatable(text('What the overview map shows, in words.'))
			})
			.optional()
			.describe(
				'The overview map: shown without JavaScript, in print and on the share card. Required when the story has places.'
			)
	})
	.describe('The story’s front matter and closing note: words, not code.');

export const storyShape = z.strictObject({
	$schema: z.string().optional().describe('Where editors find this schema.'),
	meta,
	places: z
		.array(place)
		.describe(
			'The gazetteer: every place an event may highlight. A story without places has no map.'
		),
	sources: z.array(source).describe('Where the facts come from.'),
	events: z
		.array(event)
		.min(1, 'is empty: a story needs at least one event')
		.describe('The steps, in date order (or, in a tour, in the order they are read).')
});

/** A story file, as its shape reads it. */
export type StoryFile = z.infer<typeof storyShape>;
