import fc from 'fast-check';
import {
	anyStep,
	checkAndFollow,
	entry,
	expectDate,
	hashOf,
	isMalformed,
	pushEntry,
	VIEWPORTS,
	type Expectation,
	type Model,
	type Real,
	type ViewportName
} from './model';
import { focusStoryText, settle, swipe } from './reader-page';
import { fragmentDate, isRealDay, stepForDate } from './story-rules';
import { impossibleDay, jumpStep, malformedDay, span, storyYear } from '../story';

type Action = fc.AsyncCommand<Model, Real>;

/** Waits for the page to come to rest, then checks it against the model and follows it. */
async function after(action: Action, m: Model, r: Real, expected: Expectation) {
	const snapshot = await settle(r.page);
	if (process.env.SOAK_VERBOSE)
		console.log(`${String(action).padEnd(32)} ${snapshot.current.join(',')} ${snapshot.hash}`);
	checkAndFollow(m, r, snapshot, expected);
	r.actions += 1;
}

/** The reader's scroll changes the step, never the history: the entry's step is observed. */
const scrolled: Expectation = anyStep;

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

/** A timeline mark: the nth day with events (the marks are read from the page). */
class ClickMark implements Action {
	constructor(readonly day: number) {}
	private date = '';
	check = () => true;
	async run(m: Model, r: Real) {
		const dates = [...new Set(m.steps.map((s) => s.date))];
		const date = (this.date = dates[this.day % dates.length]!);
		const step = stepForDate(m.steps, date);
		if (entry(m).hash !== hashOf(step)) pushEntry(m, hashOf(step), step.id);
		await r.page
			.getByRole('navigation', { name: 'Timeline of the story' })
			.locator(`a[href="#${date}"]`)
			.click();
		await after(this, m, r, expectDate(m, date, hashOf(step)));
	}
	toString = () => `clickMark(${this.date || `day ${this.day}`})`;
}

/**
 * A date typed digit by digit into "Jump to a date", in the order the reader's browser
 * shows (month first in en-US, day first in en-GB), then Enter. Impossible days
 * (30 February) are typed too: the field gives no value, the page says so and stays.
 */
class TypeDate implements Action {
	constructor(readonly date: string) {}
	check = () => true;
	private digits(locale: Model['locale']) {
		const [y, mo, d] = this.date.split('-');
		return locale === 'en-US' ? [mo, d, y] : [d, mo, y];
	}
	async run(m: Model, r: Real) {
		this.shown = this.digits(m.locale).join('/');
		const real = isRealDay(this.date);
		const step = stepForDate(m.steps, this.date);
		const stays = entry(m);
		if (real && stays.hash !== hashOf(step)) pushEntry(m, hashOf(step), step.id);
		// Click the field's first part, as a reader clicks a field to type in it.
		const box = (await r.page.getByLabel('Jump to a date').boundingBox())!;
		await r.page.mouse.click(box.x + 12, box.y + box.height / 2);
		await r.page.keyboard.type(this.digits(m.locale).join(''));
		await r.page.keyboard.press('Enter');
		await after(
			this,
			m,
			r,
			real
				? expectDate(m, this.date, hashOf(step))
				: { step: stays.step, hashes: [stays.hash], notice: true, noticeText: 'not a whole date' }
		);
	}
	private shown = '';
	toString = () => `typeDate(${this.shown || this.date})`;
}

/** The reader edits the URL's fragment, or follows a link someone pasted. */
class PasteLink implements Action {
	constructor(readonly hash: string) {}
	check = (m: Model) => entry(m).hash !== this.hash;
	async run(m: Model, r: Real) {
		const date = fragmentDate(this.hash);
		const before = entry(m).step;
		pushEntry(m, this.hash, before);
		await r.page.goto(`/${this.hash}`);
		let expected: Expectation;
		if (date !== null) expected = expectDate(m, date, this.hash);
		else if (isMalformed(this.hash, ANCHORS))
			// Ignored, with a note; the URL may go back to the reader's own date.
			expected = { step: before, hashes: null, notice: true, noticeText: 'opens at the top' };
		else expected = anyStep; // a page anchor: the browser scrolls to it
		await after(this, m, r, expected);
	}
	toString = () => `pasteLink(${this.hash.length > 40 ? `${this.hash.slice(0, 40)}…` : this.hash})`;
}

/** What Back or Forward must bring back: the entry's step, as the reader left it. */
function expectEntry(m: Model): Expectation {
	const { hash, step } = entry(m);
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

/** A day of the story written backwards, as some readers write dates: 18-01-2017. */
const backwards = (iso: string) => iso.split('-').reverse().join('-');

/** Fragments a reader may paste: page anchors and malformed or hostile ones. */
export const ANCHORS = ['#about', '#story'];
const MALFORMED = [
	`#${malformedDay}`,
	`#${impossibleDay}`,
	'#javascript:alert(1)',
	'#%3Cimg%20src=x%20onerror=alert(1)%3E',
	'#%E0%A4%A',
	`#${jumpStep.date.repeat(20)}`,
	`#${backwards(jumpStep.date)}`,
	'#yesterday'
];

/** Days that do not exist, near the story: 30 February, 31 November, 29 February of a common year. */
const IMPOSSIBLE_DAYS = (() => {
	const startYear = Number(span.start.slice(0, 4));
	let common = Number(storyYear);
	while (new Date(Date.UTC(common, 1, 29)).getUTCMonth() === 1) common += 1;
	return [impossibleDay, `${startYear}-11-31`, `${common}-02-29`];
})();

const dayOf = (start: number, days: number) =>
	fc
		.integer({ min: 0, max: days - 1 })
		.map((n) => new Date(start + n * 86_400_000).toISOString().slice(0, 10));

/** Any day from a month before the story to a month after it: most of them have no event. */
export const anyDate = (() => {
	const [startYear, startMonth] = span.start.split('-').map(Number) as [number, number];
	const [endYear, endMonth] = span.end.split('-').map(Number) as [number, number];
	// The first of the month before the span's first; the last day of the month after its last.
	const from = Date.UTC(startYear, startMonth - 2, 1);
	const to = Date.UTC(endYear, endMonth + 1, 0);
	return dayOf(from, (to - from) / 86_400_000 + 1);
})();

/** Every action a reader may take, with its weight. */
export function readerActions(options: { typing: boolean }) {
	const arbs: fc.Arbitrary<Action>[] = [
		fc
			.integer({ min: -3000, max: 3000 })
			.filter((n) => Math.abs(n) >= 100)
			.map((n) => new Wheel(Math.round(n / 10) * 10)),
		fc.double({ min: 0, max: 1, noNaN: true }).map((n) => new WheelTo(n)),
		fc
			.integer({ min: -600, max: 600 })
			.filter((n) => Math.abs(n) >= 80)
			.map((n) => new Swipe(Math.round(n / 10) * 10)),
		fc.constantFrom(...KEYS).map((k) => new Key(k)),
		fc.nat(40).map((n) => new ClickMark(n)),
		fc
			.oneof(
				{ weight: 3, arbitrary: anyDate.map((d) => `#${d}`) },
				{ weight: 1, arbitrary: fc.constantFrom(...MALFORMED, ...ANCHORS) }
			)
			.map((h) => new PasteLink(h)),
		fc.constant(new Back()),
		fc.constant(new Back()),
		fc.constant(new Forward()),
		fc.constantFrom(...(Object.keys(VIEWPORTS) as ViewportName[])).map((v) => new Resize(v))
	];
	if (options.typing)
		arbs.push(
			fc
				.oneof(
					{ weight: 5, arbitrary: anyDate },
					{ weight: 1, arbitrary: fc.constantFrom(...IMPOSSIBLE_DAYS) }
				)
				.map((d) => new TypeDate(d))
		);
	return arbs;
}
