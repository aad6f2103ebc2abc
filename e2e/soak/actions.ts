// The actions every story shares (scrolling by wheel, touch and keys; Back and Forward;
// resizing; reloading), and the lists a dated story and a tour draw from: a dated story's
// own actions are in date-actions.ts, a tour's in tour-actions.ts.
import fc from 'fast-check';
import { after, scrolled, type Action } from './action';
import { clickMark, pasteLink, typeDate } from './date-actions';
import {
	anyStep,
	chapterHash,
	entry,
	hashOf,
	VIEWPORTS,
	type Expectation,
	type Model,
	type Real,
	type ViewportName
} from './model';
import { focusStoryText, swipe } from './reader-page';
import { fragmentChapter, fragmentDate } from './story-rules';
import { chapterKeys, clickChapter, pasteChapterLink } from './tour-actions';

class Wheel implements Action {
	constructor(readonly dy: number) {}
	check = () => true;
	async run(m: Model, r: Real) {
		const { width, height } = VIEWPORTS[m.viewport];
		await r.page.mouse.move(width / 2, height * 0.7);
		await r.page.mouse.wheel(0, this.dy);
		await after(this, m, r, scrolled);
	}
	toString = () => `wheel(${this.dy > 0 ? '+' : ''}${this.dy})`;
}

/** A long flick of the wheel that lands at a given share of the page's height. */
class WheelTo implements Action {
	constructor(readonly share: number) {}
	check = () => true;
	async run(m: Model, r: Real) {
		const { width, height } = VIEWPORTS[m.viewport];
		const dy = await r.page.evaluate(
			(share) =>
				Math.round(share * (document.documentElement.scrollHeight - innerHeight) - scrollY),
			this.share
		);
		await r.page.mouse.move(width / 2, height * 0.7);
		if (dy !== 0) await r.page.mouse.wheel(0, dy);
		await after(this, m, r, scrolled);
	}
	toString = () => `wheelTo(${Math.round(this.share * 100)}%)`;
}

class Swipe implements Action {
	constructor(readonly dy: number) {}
	check = () => true;
	async run(m: Model, r: Real) {
		await swipe(r.cdp, r.page, this.dy);
		await after(this, m, r, scrolled);
	}
	toString = () => `swipe(${this.dy > 0 ? '+' : ''}${this.dy})`;
}

const KEYS = ['PageDown', 'PageUp', 'Home', 'End', 'Space'] as const;

class Key implements Action {
	constructor(readonly key: (typeof KEYS)[number]) {}
	check = () => true;
	async run(m: Model, r: Real) {
		if (!(await focusStoryText(r.page))) throw new Error('no story text to click for focus');
		await r.page.keyboard.press(this.key);
		await after(this, m, r, scrolled);
	}
	toString = () => `press(${this.key})`;
}

/** What Back or Forward must bring back: the entry's step, as the reader left it. */
function expectEntry(m: Model): Expectation {
	const { hash, step } = entry(m);
	if (m.tour) {
		// A chapter's link names its step exactly; any other fragment was ignored.
		const chapter = fragmentChapter(m.steps, hash);
		if (hash !== '' && chapter === null) return anyStep;
		const left = m.steps.find((s) => s.id === step)!;
		return { step, hashes: [...new Set([hash, chapterHash(left)])], notice: null };
	}
	if (hash !== '' && fragmentDate(hash) === null) return anyStep;
	const left = m.steps.find((s) => s.id === step)!;
	// Known gap (README): Back to an entry the browser made (an edited URL) restores no
	// scroll position, and the URL names only the day, so on a day with two steps the
	// page may open its first. Either step of the day the reader left is accepted.
	const sameDay = m.steps.filter((s) => s.date === left.date).map((s) => s.id);
	return { step: sameDay, hashes: [...new Set([hash, hashOf(left)])], notice: null };
}

class Back implements Action {
	check = (m: Model) => m.index > 0;
	async run(m: Model, r: Real) {
		m.index -= 1;
		await r.page.goBack();
		await after(this, m, r, expectEntry(m));
	}
	toString = () => 'back()';
}

class Forward implements Action {
	check = (m: Model) => m.index < m.entries.length - 1;
	async run(m: Model, r: Real) {
		m.index += 1;
		await r.page.goForward();
		await after(this, m, r, expectEntry(m));
	}
	toString = () => 'forward()';
}

/** Turning a phone or resizing a window keeps the reader's step. */
class Resize implements Action {
	constructor(readonly to: ViewportName) {}
	check = (m: Model) => m.viewport !== this.to;
	async run(m: Model, r: Real) {
		m.viewport = this.to;
		await r.page.setViewportSize(VIEWPORTS[this.to]);
		const { step } = entry(m);
		await after(this, m, r, { step, hashes: null, notice: null });
	}
	toString = () => `resize(${this.to})`;
}

/**
 * Reloading mid-story: the browser puts the reader back where they were, so the step and
 * the URL stay, and the history is the same.
 */
class Reload implements Action {
	check = () => true;
	async run(m: Model, r: Real) {
		const { step, hash } = entry(m);
		await r.page.reload();
		await after(this, m, r, { step, hashes: [hash], notice: null });
	}
	toString = () => 'reload()';
}

/** Scrolling as readers do: the wheel, a long flick of it, a thumb, the keys. */
const scrolling: fc.Arbitrary<Action>[] = [
	fc
		.integer({ min: -3000, max: 3000 })
		.filter((n) => Math.abs(n) >= 100)
		.map((n) => new Wheel(Math.round(n / 10) * 10)),
	fc.double({ min: 0, max: 1, noNaN: true }).map((n) => new WheelTo(n)),
	fc
		.integer({ min: -600, max: 600 })
		.filter((n) => Math.abs(n) >= 80)
		.map((n) => new Swipe(Math.round(n / 10) * 10)),
	fc.constantFrom(...KEYS).map((k) => new Key(k))
];
const resize = fc
	.constantFrom(...(Object.keys(VIEWPORTS) as ViewportName[]))
	.map((v) => new Resize(v));

/**
 * Every action a reader may take, each list entry as likely as the next (Back twice:
 * there is so much to go back through). A tour (its chapter ids given) has no dates:
 * chapter links and the chapter list instead. Both reload mid-story (unless told not to).
 */
export function readerActions(options: {
	typing: boolean;
	reload: boolean;
	chapters?: readonly string[];
}) {
	if (options.chapters) {
		const { chapters } = options;
		return [
			...scrolling,
			clickChapter,
			chapterKeys,
			pasteChapterLink(chapters),
			fc.constant(new Back()),
			fc.constant(new Back()),
			fc.constant(new Forward()),
			resize,
			...(options.reload ? [fc.constant(new Reload())] : [])
		];
	}
	// The dated story's list, in the order its seeds have always drawn from.
	const arbs: fc.Arbitrary<Action>[] = [
		...scrolling,
		clickMark,
		pasteLink,
		fc.constant(new Back()),
		fc.constant(new Back()),
		fc.constant(new Forward()),
		resize
	];
	if (options.typing) arbs.push(typeDate);
	// Last, so the list's earlier entries keep their places.
	if (options.reload) arbs.push(fc.constant(new Reload()));
	return arbs;
}
