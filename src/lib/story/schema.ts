import type { Story, StoryEvent } from './types';

/** The story's span: the first event may not come before, nor the last after. */
export const STORY_START = '2016-12-01';
export const STORY_END = '2017-01-23';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2017-02-30). */
export function isIsoDay(value: string): boolean {
	const match = ISO_DAY.exec(value);
	if (!match) return false;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isText = (value: unknown): value is string =>
	typeof value === 'string' && value.trim().length > 0;

const isCoordinate = (value: unknown, limit: number): value is number =>
	typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

/**
 * Every problem in the story, each naming the event (or place, or source) and the field.
 * An empty list means the story is good. Checks shape too, because a journalist's typo
 * in a data file reaches the build without passing the type checker.
 */
export function validateStory(story: Story): string[] {
	const problems: string[] = [];
	const placeIds = new Set<string>();
	const sourceIds = new Set<string>();

	story.places.forEach((place, i) => {
		const at = `place ${isText(place.id) ? `"${place.id}"` : `#${i + 1}`}`;
		if (!isText(place.id) || !SLUG.test(place.id))
			problems.push(`${at}: id must be a lower-case slug`);
		else if (placeIds.has(place.id)) problems.push(`${at}: id is used twice`);
		else placeIds.add(place.id);
		if (!isText(place.name)) problems.push(`${at}: name is empty`);
		if (!isText(place.region)) problems.push(`${at}: region is empty`);
		if (!isCoordinate(place.lon, 180)) problems.push(`${at}: lon must be a number within ±180`);
		if (!isCoordinate(place.lat, 90)) problems.push(`${at}: lat must be a number within ±90`);
		if (!isText(place.geonames?.name) || !/^[A-Z]{2}$/.test(place.geonames?.country ?? ''))
			problems.push(`${at}: geonames needs the entry's name and a two-letter country code`);
		if (place.labelSide !== undefined && place.labelSide !== 'left' && place.labelSide !== 'right')
			problems.push(`${at}: labelSide must be "left" or "right"`);
	});

	story.sources.forEach((source, i) => {
		const at = `source ${isText(source.id) ? `"${source.id}"` : `#${i + 1}`}`;
		if (!isText(source.id)) problems.push(`${at}: id is empty`);
		else if (sourceIds.has(source.id)) problems.push(`${at}: id is used twice`);
		else sourceIds.add(source.id);
		if (!isText(source.outlet)) problems.push(`${at}: outlet is empty`);
		if (!isText(source.title)) problems.push(`${at}: title is empty`);
		if (typeof source.date !== 'string' || !(isIsoDay(source.date) || ISO_MONTH.test(source.date)))
			problems.push(`${at}: date "${String(source.date)}" is not a YYYY-MM-DD day (or YYYY-MM)`);
		if (source.author !== undefined && !isText(source.author))
			problems.push(`${at}: author is empty`);
		if (
			!Array.isArray(source.citedAs) ||
			source.citedAs.length === 0 ||
			!source.citedAs.every(isText)
		)
			problems.push(`${at}: citedAs must name how the text cites it`);
		if (source.url !== undefined && !/^https:\/\/\S+$/.test(source.url))
			problems.push(`${at}: url must be an https:// address`);
	});

	if (story.events.length === 0) problems.push('story: there are no events');

	const eventIds = new Set<string>();
	let previous: StoryEvent | undefined;
	story.events.forEach((event, i) => {
		const at = `event ${isText(event.id) ? `"${event.id}"` : `#${i + 1}`}`;
		if (!isText(event.id) || !SLUG.test(event.id))
			problems.push(`${at}: id must be a lower-case slug`);
		else if (eventIds.has(event.id)) problems.push(`${at}: id is used twice`);
		else eventIds.add(event.id);

		if (typeof event.date !== 'string' || !isIsoDay(event.date)) {
			problems.push(`${at}: date "${String(event.date)}" is not a YYYY-MM-DD day`);
		} else {
			if (event.date < STORY_START || event.date > STORY_END)
				problems.push(
					`${at}: date ${event.date} is outside the story (${STORY_START} to ${STORY_END})`
				);
			if (previous && isIsoDay(previous.date) && event.date < previous.date)
				problems.push(`${at}: date ${event.date} comes before "${previous.id}" (${previous.date})`);
			if (event.precision === 'month' && !event.date.endsWith('-01'))
				problems.push(`${at}: date of a month-precision event must be the 1st`);
		}
		if (event.precision !== 'day' && event.precision !== 'month')
			problems.push(`${at}: precision must be "day" or "month"`);
		if (!isText(event.title)) problems.push(`${at}: title is empty`);
		if (!Array.isArray(event.body) || event.body.length === 0)
			problems.push(`${at}: body is empty`);
		else
			event.body.forEach((paragraph, p) => {
				const where = `${at}: body[${p}]`;
				if (!isText(paragraph?.text)) problems.push(`${where}.text is empty`);
				if (!Array.isArray(paragraph?.sources) || paragraph.sources.length === 0)
					problems.push(`${where}.sources is empty`);
				else
					for (const id of paragraph.sources)
						if (!sourceIds.has(id)) problems.push(`${where}.sources has unknown source "${id}"`);
			});

		if (!Array.isArray(event.places) || event.places.length === 0)
			problems.push(`${at}: places is empty`);
		else
			for (const id of event.places)
				if (!placeIds.has(id)) problems.push(`${at}: places has unknown place "${id}"`);

		// A line ends at places the step shows and names: no line from a nameless point.
		for (const [c, connection] of (event.connections ?? []).entries())
			for (const end of ['from', 'to'] as const)
				if (!event.places?.includes(connection?.[end]))
					problems.push(
						`${at}: connections[${c}].${end} "${String(connection?.[end])}" is not one of the event's places`
					);

		const bounds = event.camera?.bounds;
		if (bounds) {
			const [w, s, e, n] = bounds;
			const ok =
				[w, e].every((v) => isCoordinate(v, 180)) && [s, n].every((v) => isCoordinate(v, 90));
			if (!ok || w >= e || s >= n)
				problems.push(`${at}: camera.bounds must be [west, south, east, north]`);
		}
		const maxZoom = event.camera?.maxZoom;
		if (maxZoom !== undefined && !(typeof maxZoom === 'number' && maxZoom >= 0 && maxZoom <= 22))
			problems.push(`${at}: camera.maxZoom must be between 0 and 22`);
		previous = event;
	});

	return problems;
}

/** Throws one error listing every problem, so a broken story fails the build. */
export function assertValidStory(story: Story): Story {
	const problems = validateStory(story);
	if (problems.length > 0)
		throw new Error(`The story has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
	return story;
}
