// A dated story's own actions: timeline marks, typed dates and date links, read against
// the built-in story (e2e/story.ts). The actions every story shares are in actions.ts.
import fc from 'fast-check';
import { after, type Action } from './action';
import {
	anyStep,
	entry,
	expectDate,
	hashOf,
	isMalformed,
	pushEntry,
	type Expectation,
	type Model,
	type Real
} from './model';
import { fragmentDate, isRealDay, stepForDate } from './story-rules';
import { impossibleDay, jumpStep, malformedDay, span, storyYear } from '../story';

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

/** A timeline mark, by the nth day with events. */
export const clickMark = fc.nat(40).map((n) => new ClickMark(n));

/** A date link: mostly days around the story, sometimes malformed or hostile, or an anchor. */
export const pasteLink = fc
	.oneof(
		{ weight: 3, arbitrary: anyDate.map((d) => `#${d}`) },
		{ weight: 1, arbitrary: fc.constantFrom(...MALFORMED, ...ANCHORS) }
	)
	.map((h) => new PasteLink(h));

/** A date typed into the field: mostly days around the story, sometimes impossible ones. */
export const typeDate = fc
	.oneof(
		{ weight: 5, arbitrary: anyDate },
		{ weight: 1, arbitrary: fc.constantFrom(...IMPOSSIBLE_DAYS) }
	)
	.map((d) => new TypeDate(d));
