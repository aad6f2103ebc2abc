// The draft a format's reader made, as a story: ids, places (with GeoNames where one lies
// within 2 km), cameras, media, the meta fields, the one source (the original file), and
// the editor's checklist of what an import cannot know.
import { compareDates, firstDay, lastDay, spanLabel } from './dates.ts';
import { escapeText } from './html.ts';
import { resolveMedia, type MediaContext, type RemoteMedia } from './media.ts';
import { nearestCity, slugify, uniqueSlug } from './places.ts';
import type { ReportBuilder } from './report.ts';
import type {
	City,
	Draft,
	DraftEvent,
	ImportedStory,
	MediaItem,
	Paragraph,
	Place,
	StoryEvent,
	StoryMeta
} from './types.ts';
import { plainText } from '../../src/lib/text/rich-text.ts';
import type { LocalFile } from '../media/local-file.js';

export interface BuildInput {
	fileName: string;
	draft: Draft;
	report: ReportBuilder;
	readLocalFile: (relPath: string) => LocalFile;
	cities: readonly City[];
}

const SOURCE = 'original';

/** A slug of ours: what an event's id (and its link, `#id`) may be. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The file's own id for an event, when it can be ours: a reader's old link to the chapter
 * (`#slug-style-id`) keeps working. Else undefined, and the report says why.
 */
function keptId(d: DraftEvent, ids: Set<string>, report: ReportBuilder): string | undefined {
	if (d.id === undefined) return undefined;
	if (SLUG.test(d.id) && !ids.has(d.id)) {
		ids.add(d.id);
		report.changed('Chapter ids kept, so links to them (#id) still work', d.where, d.id);
		return d.id;
	}
	report.changed(
		'Chapter ids not carried (not a lower-case slug, or repeated): ids made from titles',
		d.where,
		JSON.stringify(d.id)
	);
	return undefined;
}

export function buildStory({ fileName, draft, report, readLocalFile, cities }: BuildInput): {
	story: ImportedStory;
	mediaFiles: { from: string; to: string }[];
	remoteMedia: RemoteMedia[];
} {
	const media: MediaContext = {
		fileName,
		report,
		readLocalFile,
		copied: new Map(),
		taken: new Set(),
		remote: []
	};
	const cite = (text: string): Paragraph => ({ text, sources: [SOURCE] });
	const drafts = ordered(draft, report);
	const places = new PlaceBook(cities, report);
	const ids = new Set<string>();
	const events = drafts.map((d, i): StoryEvent => {
		if (!d.title) {
			report.changed(
				'Titles made from the date as written or the chapter number (no headline)',
				d.where,
				`“${d.fallbackTitle}”`
			);
			report.check('Write headlines for these events', d.where);
		}
		const title = d.title ?? d.fallbackTitle;
		const id = keptId(d, ids, report) ?? uniqueSlug(title, ids, `event-${i + 1}`);
		const event: StoryEvent = { id, title, body: d.body.map(cite), places: [] };
		if (!d.body.length) report.check('Events with no text: write what happened', d.where);
		if (d.location) event.places.push(places.placeFor(d, title));
		if (d.start)
			Object.assign(
				event,
				{ date: d.start.date, precision: d.start.precision },
				d.start.time ? { time: d.start.time } : {}
			);
		if (d.end) event.end = d.end;
		if (d.group) event.group = d.group;
		const items = d.media.flatMap((m) => resolveMedia(m, title, media) ?? []);
		if (items.length) event.media = items;
		if (d.location?.camera)
			event.camera = { center: [d.location.lon, d.location.lat], ...d.location.camera };
		if (d.mapInteractive) event.mapInteractive = true;
		if (d.dateline) event.dateline = d.dateline;
		return event;
	});
	report.changed('Ids made from headlines (ASCII, numbered where two are the same)');
	const title = draft.title ?? fileName.replace(/\.[^.]+$/, '');
	const metaMedia = draft.media.flatMap((m) => resolveMedia(m, title, media) ?? []);
	const meta = buildMeta({
		fileName,
		draft,
		report,
		title,
		events,
		places: places.all,
		media: metaMedia,
		cite
	});
	const outlet = draft.byline ?? draft.format;
	const source = {
		id: SOURCE,
		outlet,
		title,
		citedAs: [outlet],
		...(draft.title ? {} : { untitled: true as const })
	};
	checklist(report, meta, places.all);
	const mediaFiles = [...media.copied].map(([from, to]) => ({ from, to }));
	return {
		story: { meta, places: places.all, sources: [source], events },
		mediaFiles,
		remoteMedia: media.remote
	};
}

/** Dated events in date order (stable: same-day events keep the file's order). */
function ordered(draft: Draft, report: ReportBuilder): DraftEvent[] {
	if (!draft.dated) return draft.events;
	const sorted = [...draft.events].sort((a, b) => compareDates(a.start!, b.start!));
	if (sorted.some((event, i) => event !== draft.events[i]))
		report.changed('Events put in date order (the file’s order differed)');
	return sorted;
}

/** Places by their coordinates: identical coordinates are one place. */
class PlaceBook {
	readonly all: Place[] = [];
	private readonly byPoint = new Map<string, Place>();
	private readonly ids = new Set<string>();
	constructor(
		private readonly cities: readonly City[],
		private readonly report: ReportBuilder
	) {}

	placeFor(event: DraftEvent, title: string): string {
		const { lon, lat, name } = event.location!;
		const known = this.byPoint.get(`${lon},${lat}`);
		if (known) {
			if (name && name !== known.name)
				this.report.changed(
					'Places at the same coordinates merged under the first name',
					event.where,
					`“${name}” → “${known.name}”`
				);
			return known.id;
		}
		const match = nearestCity(this.cities, lon, lat, 2);
		if (!name) {
			this.report.changed(
				'Places named after their event’s headline (the file names no place)',
				event.where
			);
			this.report.check(
				'Places named after headlines: give each the place’s own name',
				`“${title}”${match ? ` (GeoNames within 2 km: ${match.name}, ${match.country})` : ''}`
			);
		}
		const placeName = name ?? title;
		const place: Place = {
			id: uniqueSlug(placeName, this.ids, `place-${this.all.length + 1}`),
			name: placeName,
			lon,
			lat
		};
		if (match) place.geonames = { name: match.name, country: match.country };
		else
			this.report.check(
				'Places with no GeoNames entry within 2 km: check their coordinates',
				`${place.name} (${lat}, ${lon})`
			);
		this.byPoint.set(`${lon},${lat}`, place);
		this.all.push(place);
		return place.id;
	}
}

interface MetaInput {
	fileName: string;
	draft: Draft;
	report: ReportBuilder;
	title: string;
	events: StoryEvent[];
	places: Place[];
	media: MediaItem[];
	cite: (text: string) => Paragraph;
}

function buildMeta({
	fileName,
	draft,
	report,
	title,
	events,
	places,
	media,
	cite
}: MetaInput): StoryMeta {
	if (!draft.title) {
		report.changed('The title taken from the file name (the file gives none)', `“${title}”`);
		report.check('Write the story’s title: it is the file’s name');
	}
	let dek = draft.subtitle;
	if (!dek && draft.intro[0]) {
		dek = firstSentence(plainText(draft.intro[0]));
		report.changed('The standfirst (dek) is the first sentence of the introduction', `“${dek}”`);
		report.check('Check the standfirst (dek): it is the first sentence of the introduction');
	}
	if (!dek) {
		dek = title;
		report.check(
			'Write a standfirst (meta.dek and meta.description): for now it repeats the title'
		);
	}
	const slug = slugify(title) || 'story';
	let span: StoryMeta['span'];
	if (draft.dated && events.length) {
		const last = events
			.map((e) => lastDay(e.end ?? { date: e.date!, precision: e.precision! }))
			.sort()
			.pop()!;
		span = {
			start: firstDay({ date: events[0]!.date!, precision: events[0]!.precision! }),
			end: last
		};
	}
	const names = places.map((place) => place.name);
	const shareImageAlt = names.length
		? `Map of ${title}: ${list(names, 5)}`
		: span
			? `Timeline of ${title}, ${spanLabel(span.start, span.end)}`
			: `${draft.dated ? 'Timeline' : 'Map'} of ${title}`;
	let intro = draft.intro.map(cite);
	if (!intro.length) {
		intro = [cite(`Imported from ${escapeText(fileName)}.`)];
		report.changed(
			'The introduction is a placeholder (the file has no introduction)',
			`“Imported from ${fileName}.”`
		);
		report.check('Write the introduction: it only says where the story was imported from');
	}
	const meta: StoryMeta = {
		title,
		dek,
		description: dek,
		url: `https://example.org/${slug}/`,
		shareImage: { path: 'share.png', width: 1200, height: 630 },
		shareImageAlt,
		...(span ? { span } : {}),
		intro,
		about: [
			`Imported from ${draft.format} file ${fileName} with npm run import. The words are the original file’s, its markup cleaned; nothing in it has yet been checked against the sources it draws on.`,
			...(draft.footer ? [draft.footer] : [])
		],
		countries: [],
		countryLabels: [],
		...(names.length ? { overview: { alt: `Map of the story’s places: ${list(names, 12)}` } } : {}),
		imported: { format: draft.format, file: fileName }
	};
	if (draft.eras.length) meta.eras = draft.eras;
	if (media.length) meta.media = media;
	if (draft.route) meta.route = true;
	return meta;
}

function checklist(report: ReportBuilder, meta: StoryMeta, places: Place[]): void {
	report.check(
		'The story has no sources of its own: every paragraph cites the original file (source “original”). Name the sources its facts come from, paragraph by paragraph'
	);
	report.check('Attribute every claim in the text to whoever made it');
	report.check('Check every quotation word for word against its source');
	report.check(`meta.url is a placeholder (${meta.url}): give the story’s address`);
	report.check('meta.countries and meta.countryLabels are empty: name the countries the map shows');
	report.check(
		`meta.shareImage names share.png: make the picture, and check meta.shareImageAlt says what it shows`
	);
	for (const place of places)
		report.check(
			'Places have no region (where it is, in words, for screen readers): add one to each',
			place.name
		);
}

/** `A, B and C`, or `A, B, C and 4 more` past `limit` names. */
function list(names: string[], limit: number): string {
	const shown = names.slice(0, limit);
	if (names.length > limit) return `${shown.join(', ')} and ${names.length - limit} more`;
	return shown.length > 1
		? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
		: (shown[0] ?? '');
}

/**
 * Up to the first full stop, question or exclamation mark that ends a sentence: one
 * followed by a space and a capital, and not closing an abbreviation (`U.S.`, `Dr.`).
 */
function firstSentence(text: string): string {
	const line = text.split('\n')[0]!.trim();
	for (let i = 1; i < line.length; i++) {
		if (!'.!?'.includes(line[i]!)) continue;
		if (i + 1 === line.length) break;
		const next = line[i + 2] ?? '';
		if (line[i + 1] !== ' ' || next === next.toLowerCase()) continue;
		const word = line.slice(line.lastIndexOf(' ', i) + 1, i);
		if (line[i] === '.' && (word.includes('.') || word.length <= 2)) continue;
		return line.slice(0, i + 1);
	}
	return line;
}
