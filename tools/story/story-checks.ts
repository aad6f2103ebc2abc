// Checks across a story file that its shape cannot express: ids unique and known, dates
// in order and inside the span, lines between the step's own places, areas with cited
// sources, camera boxes the right way round, translated quotations marked as such. They
// run even on a malformed file, so every problem is reported at once.
import { isIsoDay } from '../../src/lib/story/dates.ts';
import { regionFor } from '../../src/lib/map/region.js';
import { parseRichText, plainText, type Inline } from '../../src/lib/text/rich-text.ts';
import { isWebAddress } from '../../src/lib/story/schema/fields.ts';
import { idOf, isRecord, listOf, type Issue } from './check-values.ts';
import { mapCrossCheck } from './map-checks.ts';
import { paragraphLimitProblem, quotationOrigins, type QuotedInTranslation } from './quotations.ts';

/** Checks across the story that its shape cannot express: ids, order, span, lines, areas, camera. */
export function crossCheck(story: Record<string, unknown>): Issue[] {
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
	// A paragraph is held to what one may hold (PARAGRAPH_LIMITS), its links lead to
	// addresses a browser reads, and a quotation of someone a source quotes in translation
	// says so, in its own sentence.
	const translatedBy = new Map(
		listOf(story.sources).map((source) => [
			idOf(source),
			listOf(isRecord(source) ? source.quotedInTranslation : undefined) as QuotedInTranslation[]
		])
	);
	const checkParagraphs = (path: (string | number)[], paragraphs: unknown) =>
		listOf(paragraphs).forEach((p, i) => {
			if (!isRecord(p) || typeof p.text !== 'string') return;
			const tooMuch = paragraphLimitProblem(p.text);
			if (tooMuch) return add([...path, i, 'text'], tooMuch);
			for (const href of linksIn(p.text))
				if (href.toLowerCase().startsWith('mailto:') ? !URL.canParse(href) : !isWebAddress(href))
					add([...path, i, 'text'], `links to "${href}", which is not a valid address`);
			const groups = listOf(p.sources).flatMap((id) => translatedBy.get(String(id)) ?? []);
			// The words as a reader reads them: a link's address is not part of a sentence.
			for (const { sentence, group } of quotationOrigins(plainText(p.text), groups)) {
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
	checkParagraphs(['meta', 'intro'], meta.intro);

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

	const events = listOf(story.events);
	const first = events[0];
	const storyIsDated = isRecord(first) && typeof first.date === 'string';
	if (events.length > 0 && storyIsDated && !isRecord(meta.span))
		add(['meta', 'span'], 'is missing: a dated story names its first and last day');
	if (events.length > 0 && !storyIsDated && isRecord(meta.span))
		add(['meta', 'span'], 'is set, but the events have no dates: a tour has no span');
	listOf(meta.eras).forEach((era, i) => {
		if (
			isRecord(era) &&
			typeof era.start === 'string' &&
			typeof era.end === 'string' &&
			era.end < era.start
		)
			add(['meta', 'eras', i, 'end'], `${era.end} comes before its start (${era.start})`);
	});
	// A country's name where the basemap, clipped to the story's region, has no land to put it.
	const placesAt = listOf(story.places).filter(
		(p): p is { lon: number; lat: number } =>
			isRecord(p) && typeof p.lon === 'number' && typeof p.lat === 'number'
	);
	if (placesAt.length > 0) {
		const boxes = events.flatMap((event) => {
			const box = isRecord(event) && isRecord(event.camera) ? event.camera.bounds : undefined;
			return Array.isArray(box) && box.length === 4 ? [box as number[]] : [];
		});
		const [west, south, east, north] = regionFor(placesAt, boxes);
		listOf(meta.countryLabels).forEach((label, i) => {
			if (!isRecord(label) || typeof label.lon !== 'number' || typeof label.lat !== 'number')
				return;
			if (label.lon < west || label.lon > east || label.lat < south || label.lat > north)
				add(
					['meta', 'countryLabels', i],
					`"${String(label.name)}" lies outside the story's region (${west}, ${south}, ${east}, ${north}): the basemap has no land there`
				);
		});
	}
	if (listOf(story.places).length > 0 && !isRecord(meta.overview))
		add(
			['meta', 'overview'],
			'is missing: a story with places has an overview map, described in words'
		);

	// The newsroom's rules for a story written here; an imported one is checked against them
	// by an editor (the importer's checklist) before it is published.
	if (!isRecord(meta.imported)) {
		listOf(story.places).forEach((place, i) => {
			if (!isRecord(place)) return;
			if (place.region === undefined) add(['places', i, 'region'], 'is missing');
			if (place.geonames === undefined)
				add(['places', i, 'geonames'], 'is missing: name the GeoNames entry the point follows');
		});
		listOf(story.sources).forEach((source, i) => {
			if (isRecord(source) && source.date === undefined) add(['sources', i, 'date'], 'is missing');
		});
		events.forEach((event, e) => {
			if (isRecord(event) && Array.isArray(event.body) && event.body.length === 0)
				add(['events', e, 'body'], 'is empty');
		});
	}

	let previous: { index: number; id: string; date: string } | undefined;
	/** Where each area id is first used: one id is one outline on the map. */
	const areaIds = new Map<string, { at: string; area: unknown }>();
	events.forEach((event, e) => {
		if (!isRecord(event)) return;
		const at = (...path: (string | number)[]) => ['events', e, ...path];
		const places = listOf(event.places);
		places.forEach((id, i) => {
			if (typeof id === 'string' && !placeIds.has(id))
				add(at('places', i), `"${id}" is not in places`);
		});
		citesKnownSources(at('body'), event.body);
		checkParagraphs(at('body'), event.body);

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
			if (event.precision === 'year' && !date.endsWith('-01-01'))
				add(at('date'), `${date} must be 1 January: the event's precision is "year"`);
			if (event.precision === undefined)
				add(at('precision'), 'is missing: say how exact the date is');
			const last = isRecord(event.end) && typeof event.end.date === 'string' ? event.end.date : '';
			if (last && last < date)
				add(at('end', 'date'), `${last} comes before the event's date (${date})`);
			if (last && end && last > end)
				add(
					at('end', 'date'),
					`${last} is outside the story's span (meta.span: ${start} to ${end})`
				);
			previous = { index: e, id: idOf(event), date };
		}

		// A story is dated throughout (a chronology), or not at all (a tour of places).
		const dated = typeof event.date === 'string';
		if (dated !== storyIsDated)
			add(
				at('date'),
				storyIsDated
					? 'is missing: every event of a dated story has a date (or leave every date out for a tour)'
					: `is set, but events[0] has no date: a story is dated throughout or a tour without dates`
			);
		if (!dated)
			for (const field of ['precision', 'time', 'end'] as const)
				if (event[field] !== undefined) add(at(field), 'belongs to a date, and the event has none');

		// A picture that is evidence of a claim names its source, cited like an area's.
		listOf(event.media).forEach((item, m) => {
			const source = isRecord(item) ? item.source : undefined;
			if (typeof source !== 'string') return;
			if (!sourceIds.has(source)) add(at('media', m, 'source'), `"${source}" is not in sources`);
			else if (!cited.has(source))
				add(at('media', m, 'source'), `"${source}" is not cited by the event's paragraphs`);
		});

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
	issues.push(...mapCrossCheck(story, sourceIds));
	return issues;
}

/** The addresses a paragraph’s links lead to. */
function linksIn(text: string): string[] {
	const hrefs: string[] = [];
	const pending: Inline[][] = parseRichText(text).flatMap((block) =>
		block.kind === 'paragraph' ? [block.content] : block.items
	);
	for (let content = pending.pop(); content; content = pending.pop())
		for (const node of content)
			if (node.kind !== 'text') {
				if (node.kind === 'link') hrefs.push(node.href);
				pending.push(node.content);
			}
	return hrefs;
}
