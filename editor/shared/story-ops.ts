// What the reporter does to the story, as pure changes of the work (story, editions and
// their fingerprints together, so one undo takes back all of an action). Each returns the
// new work and never changes the old.
import { slugify } from '../../tools/import/places.ts';
import { isIsoDay } from '../../src/lib/story/dates.ts';
import type { Work } from './api.ts';
import { getIn, setIn } from './paths.ts';

type Doc = Record<string, unknown>;
const list = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : []);
export const eventsOf = (work: Work): Doc[] => list(work.story.events);

/** A dated story (a chronology) rather than a tour: its first step has a date. */
export const isDatedStory = (story: Doc): boolean =>
	typeof list(story.events)[0]?.date === 'string';

/** An id not yet used in `taken`, from `text` ("Palmyra falls" → "palmyra-falls", "-2"…). */
export function freeId(text: string, taken: Iterable<unknown>, fallback = 'step'): string {
	const used = new Set(taken);
	const base = slugify(text) || fallback;
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
	return id;
}

const withEvents = (work: Work, events: Doc[], keys = work.keys): Work => ({
	...work,
	story: { ...work.story, events },
	keys
});

/** Each edition's entries, and their fingerprints, moved from one key of a list to another. */
function renameInEditions(work: Work, listName: string, from: string, to: string | null): Work {
	const editions: Work['editions'] = {};
	const fingerprints: Work['from'] = {};
	for (const [code, edition] of Object.entries(work.editions)) {
		const entries = { ...(edition[listName] as Doc | undefined) };
		const entry = entries[from];
		delete entries[from];
		if (to !== null && entry !== undefined) entries[to] = entry;
		editions[code] = edition[listName] ? { ...edition, [listName]: entries } : edition;
		const prefix = `${listName}/${from}/`;
		fingerprints[code] = Object.fromEntries(
			Object.entries(work.from[code] ?? {}).flatMap(([key, hash]) =>
				!key.startsWith(prefix)
					? [[key, hash]]
					: to === null
						? []
						: [[`${listName}/${to}/${key.slice(prefix.length)}`, hash]]
			)
		);
	}
	return { ...work, editions, from: fingerprints };
}

/** A new, empty step after step `after` (on its date, so it stays there); its index. */
export function addStep(work: Work, after: number, key: string): { work: Work; index: number } {
	const events = eventsOf(work);
	const near = events[after] ?? events.at(-1);
	// The keys in the order the project's story files write them.
	const step: Doc = {
		id: freeId(
			'new step',
			events.map((e) => e.id)
		)
	};
	if (isDatedStory(work.story)) {
		const span = (work.story.meta as Doc | undefined)?.span as Doc | undefined;
		step.date = near?.date ?? span?.start ?? '';
		step.precision = near?.precision ?? 'day';
	}
	Object.assign(step, { title: '', body: [], places: [] });
	const index = Math.min(after + 1, events.length);
	const next = [...events.slice(0, index), step, ...events.slice(index)];
	const keys = [...work.keys.slice(0, index), key, ...work.keys.slice(index)];
	return { work: withEvents(work, next, keys), index };
}

/** The step gone, with its translations. */
export function deleteStep(work: Work, index: number): Work {
	const events = eventsOf(work);
	const id = String(events[index]?.id ?? '');
	const without = withEvents(
		work,
		events.filter((_, i) => i !== index),
		work.keys.filter((_, i) => i !== index)
	);
	return renameInEditions(without, 'events', id, null);
}

/**
 * The step one place up or down. A tour's order is the reporter's; a dated story's is its
 * dates', so a step moves past a neighbour only on the same date.
 */
export function moveStep(
	work: Work,
	index: number,
	by: -1 | 1
): { work: Work; index: number } | { refused: string } {
	const events = eventsOf(work);
	const to = index + by;
	if (to < 0 || to >= events.length)
		return { refused: by < 0 ? 'It is the first step.' : 'It is the last step.' };
	if (isDatedStory(work.story) && events[to]!.date !== events[index]!.date)
		return {
			refused:
				'Steps are kept in date order: change the date to move this step past one of another day.'
		};
	const swap = <T>(items: T[]) => {
		const copy = items.slice();
		[copy[index], copy[to]] = [copy[to]!, copy[index]!];
		return copy;
	};
	return { work: withEvents(work, swap(events), swap(work.keys)), index: to };
}

/**
 * A dated story's steps in date order (steps of one day keep theirs), once every date is a
 * real day: a step whose date moves it moves in the list.
 */
export function keepDateOrder(work: Work): Work {
	if (!isDatedStory(work.story)) return work;
	const events = eventsOf(work);
	if (!events.every((e) => typeof e.date === 'string' && isIsoDay(e.date))) return work;
	const order = events
		.map((event, i) => ({ event, i }))
		.sort((a, b) =>
			a.event.date! < b.event.date! ? -1 : a.event.date! > b.event.date! ? 1 : a.i - b.i
		);
	if (order.every(({ i }, at) => i === at)) return work;
	return withEvents(
		work,
		order.map(({ event }) => event),
		order.map(({ i }) => work.keys[i]!)
	);
}

/** The step's id changed (its translations follow it). */
export function renameStep(work: Work, index: number, id: string): Work {
	const old = String(eventsOf(work)[index]?.id ?? '');
	const renamed = setIn(work, ['story', 'events', index, 'id'], id);
	return old === id ? renamed : renameInEditions(renamed, 'events', old, id);
}

export interface Town {
	name: string;
	country: string;
	lon: number;
	lat: number;
	region: string;
}

const placesOf = (work: Work) => list(work.story.places);

/**
 * The town as one of the step's places: the gazetteer's own entry for it when there is one
 * (the same GeoNames entry), else a new one, at GeoNames' point.
 */
export function addPlace(work: Work, index: number, town: Town): { work: Work; id: string } {
	const places = placesOf(work);
	const known = places.find((place) => {
		const entry = place.geonames as Doc | undefined;
		return entry?.name === town.name && entry?.country === town.country;
	});
	let next = work;
	const id = known
		? String(known.id)
		: freeId(
				town.name,
				places.map((p) => p.id),
				'place'
			);
	if (!known)
		next = setIn(
			next,
			['story', 'places'],
			[
				...places,
				{
					id,
					name: town.name,
					region: town.region,
					lon: town.lon,
					lat: town.lat,
					geonames: { name: town.name, country: town.country }
				}
			]
		);
	const stepPlaces = list(getIn(next, ['story', 'events', index, 'places'])) as unknown[];
	if (!stepPlaces.includes(id))
		next = setIn(next, ['story', 'events', index, 'places'], [...stepPlaces, id]);
	return { work: next, id };
}

/** Is a place used anywhere but in step `except`? */
const usedElsewhere = (work: Work, id: string, except: number) =>
	eventsOf(work).some((event, i) => i !== except && list(event.places).includes(id as never)) ||
	list(((work.story.meta as Doc | undefined)?.overview as Doc | undefined)?.places).includes(
		id as never
	);

/** The place off the step (and its lines); out of the gazetteer too when nothing else uses it. */
export function removePlace(work: Work, index: number, id: string): Work {
	const event = eventsOf(work)[index] ?? {};
	let next = setIn(work, ['story', 'events', index], {
		...event,
		places: list(event.places).filter((p) => (p as unknown) !== id),
		...(event.connections
			? {
					connections: list(event.connections).filter((c) => c.from !== id && c.to !== id)
				}
			: {})
	});
	if (!usedElsewhere(next, id, -1)) {
		next = setIn(
			next,
			['story', 'places'],
			placesOf(next).filter((p) => p.id !== id)
		);
		next = renameInEditions(next, 'places', id, null);
	}
	return next;
}

/** The place moved to a town (its GeoNames point); its name follows unless the desk chose its own. */
export function movePlace(work: Work, id: string, town: Town): Work {
	const places = placesOf(work);
	const at = places.findIndex((p) => p.id === id);
	if (at < 0) return work;
	const place = places[at]!;
	const ownName = place.name !== (place.geonames as Doc | undefined)?.name;
	return setIn(work, ['story', 'places', at], {
		...place,
		...(ownName ? {} : { name: town.name }),
		region: town.region,
		lon: town.lon,
		lat: town.lat,
		geonames: { name: town.name, country: town.country }
	});
}

/** A camera from the map's view, rounded as a desk would write it. */
export function cameraFromView(view: {
	lon: number;
	lat: number;
	zoom: number;
	pitch: number;
	bearing: number;
}): Doc {
	const round = (value: number, places: number) => Number(value.toFixed(places));
	return {
		center: [round(view.lon, 4), round(view.lat, 4)],
		zoom: round(view.zoom, 2),
		...(view.pitch >= 0.05 ? { pitch: round(view.pitch, 1) } : {}),
		...(Math.abs(view.bearing) >= 0.05 ? { bearing: round(view.bearing, 1) } : {})
	};
}

/** A new source, added in place: its id from its outlet and date ("reuters-2017-01-18"). */
export function addSource(work: Work, source: Doc): { work: Work; id: string } {
	const sources = list(work.story.sources);
	const id = freeId(
		`${source.outlet ?? ''} ${source.date ?? ''}`,
		sources.map((s) => s.id),
		'source'
	);
	return { work: setIn(work, ['story', 'sources'], [...sources, { id, ...source }]), id };
}
