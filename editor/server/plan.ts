// What a change writes, and what waits in the draft. The story file on disk is never one the
// build refuses: a step with a blocking problem keeps its last good version in the file (or
// stays out of it, if it never had one) and waits, as the reporter left it, in the draft
// beside the story. A problem outside the steps (the sources, the gazetteer, the front
// matter) holds the whole change back. Pure: the checks come in as a function.
import type { Problem } from './checks.ts';

type Doc = Record<string, unknown>;

export interface StoryPlan {
	/** The story to write, or null when nothing of the change may be written. */
	write: Doc | null;
	/** Indexes (in the working story) of the steps waiting in the draft. */
	held: number[];
	/** The working story's problems (paths into it). */
	problems: Problem[];
	/** True when anything of the working story is not in `write`. */
	drafted: boolean;
}

/** A step's index when the problem is about one step (`events[3]…`), else undefined. */
const stepOf = (problem: Problem): number | undefined =>
	problem.path[0] === 'events' && typeof problem.path[1] === 'number' ? problem.path[1] : undefined;

const isDated = (story: Doc) => {
	const first = Array.isArray(story.events) ? story.events[0] : undefined;
	return typeof (first as Doc | undefined)?.date === 'string';
};

/** Steps in date order (a stable sort: steps of one day keep their order). */
export function inDateOrder<T extends { date?: unknown }>(events: readonly T[]): T[] {
	return events
		.map((event, i) => ({ event, i }))
		.sort((a, b) => {
			const [x, y] = [String(a.event.date ?? ''), String(b.event.date ?? '')];
			return x < y ? -1 : x > y ? 1 : a.i - b.i;
		})
		.map(({ event }) => event);
}

/**
 * @param working the story as the reporter has it
 * @param keys each working step's lasting key (ids change; keys do not)
 * @param saved the last version of each step written to disk, by key
 * @param check every problem of a story
 */
export function planStory(
	working: Doc,
	keys: readonly string[],
	saved: ReadonlyMap<string, unknown>,
	check: (story: Doc) => Problem[]
): StoryPlan {
	const problems = check(working);
	const blocking = problems.filter((p) => p.blocking);
	if (blocking.length === 0) return { write: working, held: [], problems, drafted: false };
	const steps = new Set(blocking.map(stepOf));
	const events = Array.isArray(working.events) ? (working.events as Doc[]) : [];
	const held = [...steps].filter((i): i is number => i !== undefined && i < events.length);
	if (steps.has(undefined) || held.length === 0)
		return { write: null, held, problems, drafted: true };
	const heldSet = new Set(held);
	let projected = events.flatMap((event, i) => {
		if (!heldSet.has(i)) return [event];
		const last = saved.get(keys[i] ?? '');
		return last === undefined ? [] : [last as Doc];
	});
	if (isDated(working)) projected = inDateOrder(projected);
	const candidate = { ...working, events: projected };
	// A step put back as it was may clash with the others (a date, an id): then nothing goes.
	const ok = projected.length > 0 && !check(candidate).some((p) => p.blocking);
	return { write: ok ? candidate : null, held, problems, drafted: true };
}

/** The keys of the steps a plan writes, in the order written, for the next `saved` map. */
export function writtenSteps(
	working: Doc,
	keys: readonly string[],
	plan: StoryPlan,
	saved: ReadonlyMap<string, unknown>
): Map<string, unknown> {
	const next = new Map(saved);
	const events = Array.isArray(working.events) ? working.events : [];
	events.forEach((event, i) => {
		if (!plan.held.includes(i) && keys[i] !== undefined) next.set(keys[i]!, event);
	});
	return next;
}

export interface EditionPlan {
	write: Doc | null;
	problems: Problem[];
	drafted: boolean;
}

/** A list cut at its first gap: a paragraph translated after an untranslated one waits. */
function withoutGaps(value: unknown): unknown {
	if (Array.isArray(value)) {
		const gap = value.findIndex((item) => item === undefined || item === null || item === '');
		return (gap < 0 ? value : value.slice(0, gap)).map(withoutGaps);
	}
	if (typeof value === 'object' && value !== null)
		return Object.fromEntries(
			Object.entries(value)
				.filter(([, v]) => v !== undefined && v !== '')
				.map(([k, v]) => [k, withoutGaps(v)])
		);
	return value;
}

/**
 * What an edition writes: its translations, less any entry (an event's, a place's, a
 * front-matter field) the build would refuse, which keeps its version on disk meanwhile.
 * Missing translations are the translator's work to do, not a reason to hold anything back.
 */
export function planEdition(
	working: Doc,
	onDisk: Doc | undefined,
	check: (edition: Doc) => Problem[]
): EditionPlan {
	const problems = check(working);
	const clean = withoutGaps(working) as Doc;
	let candidate = clean;
	for (let round = 0; round < 2; round++) {
		const blocking = check(candidate).filter((p) => p.blocking);
		if (blocking.length === 0)
			return {
				write: candidate,
				problems,
				drafted: JSON.stringify(candidate) !== JSON.stringify(working)
			};
		for (const { path } of blocking) {
			const [list, id] = path;
			if (typeof list !== 'string' || id === undefined)
				return { write: null, problems, drafted: true };
			const before = (onDisk?.[list] as Doc | undefined)?.[id];
			const entries = { ...(candidate[list] as Doc) };
			if (before === undefined) delete entries[id];
			else entries[id] = before;
			candidate = { ...candidate, [list]: entries };
		}
	}
	return { write: null, problems, drafted: true };
}
