// A story of any length, made from a real one, for measuring how the page's costs grow
// with the number of events (`npm run bench -- --events 1000`). The result is a valid story
// file: same meta, gazetteer and sources, and events spread over every day of the story's
// span, many a day.
import type { Story, StoryEvent } from '../../src/lib/story/types.ts';
import { plainText } from '../../src/lib/text/rich-text.ts';

/** Every day from start to end (YYYY-MM-DD, inclusive). */
export function daysBetween(start: string, end: string): string[] {
	const days: string[] = [];
	for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`); t += 864e5)
		days.push(new Date(t).toISOString().slice(0, 10));
	return days;
}

/** A small seeded generator (mulberry32): the same count always gives the same story. */
function random(seed = 1): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A paragraph's words in a new order. Repeats of one text compress to almost nothing,
 * which would flatter the page's size; reordered words compress about as real text does.
 * Its words, not its markup: a link's address is not a word to move.
 */
function reorder(text: string, next: () => number): string {
	const words = plainText(text).split(' ');
	for (let i = words.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		const word = words[i]!;
		words[i] = words[j]!;
		words[j] = word;
	}
	return words.join(' ');
}

/**
 * `count` events cycling through the base story's own (their places, connections, areas,
 * cameras and sources), dated evenly over every day of its span. The first copy of each
 * base event keeps its text; later copies reorder their words. Titles are numbered so
 * each event can be told apart (and found with find-in-page).
 */
export function generateStory(base: Story, count: number): Story {
	if (!Number.isInteger(count) || count < 1)
		throw new Error(`--events wants a whole number, got ${count}`);
	const { span } = base.meta;
	if (!span) throw new Error('generateStory needs a dated story (one with meta.span)');
	const days = daysBetween(span.start, span.end);
	const next = random(count);
	const events: StoryEvent[] = [];
	for (let i = 0; i < count; i++) {
		const model = base.events[i % base.events.length];
		if (!model) throw new Error('The base story has no events');
		const copy = Math.floor(i / base.events.length);
		events.push({
			...model,
			id: `${model.id}-${i + 1}`,
			date: days[Math.floor((i * days.length) / count)] ?? span.end,
			precision: 'day',
			title: `${model.title} (${i + 1} of ${count})`,
			body: model.body.map((paragraph) => ({
				...paragraph,
				text: copy === 0 ? paragraph.text : reorder(paragraph.text, next)
			}))
		});
	}
	return {
		...base,
		meta: {
			...base.meta,
			title: `${base.meta.title} (${count} generated events)`,
			dek: `A benchmark story: ${base.meta.title}'s events repeated to ${count}, text reordered`
		},
		// Reordered words no longer keep a translated quotation's note in its sentence.
		sources: base.sources.map((source) => {
			const copy = { ...source };
			delete copy.quotedInTranslation;
			return copy;
		}),
		events
	};
}
