// A tour's own actions: chapter links typed into the URL (valid, invalid, hostile), and
// the chapter list clicked or worked by keyboard. The actions every story shares are in
// actions.ts.
import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { after, type Action } from './action';
import {
	anyStep,
	chapterHash,
	entry,
	pushEntry,
	type Expectation,
	type Model,
	type Real
} from './model';
import { CHAPTER_LIST, focusStoryText } from './reader-page';
import { fragmentChapter, type Step } from './story-rules';

/** A deliberate jump to a chapter: one new entry (none if the URL names it already). */
function jumpTo(m: Model, step: Step): Expectation {
	if (entry(m).hash !== chapterHash(step)) pushEntry(m, chapterHash(step), step.id);
	return { step: step.id, hashes: [chapterHash(step)], notice: false };
}

/** A chapter list's link, by the nth chapter. */
class ClickChapter implements Action {
	constructor(readonly n: number) {}
	private id = '';
	check = () => true;
	async run(m: Model, r: Real) {
		const step = m.steps[this.n % m.steps.length]!;
		this.id = step.id;
		const expected = jumpTo(m, step);
		// On a phone the row scrolls sideways; the click brings the link into view first.
		await r.page.locator(`${CHAPTER_LIST} a[href="${chapterHash(step)}"]`).click();
		await after(this, m, r, expected);
	}
	toString = () => `clickChapter(${this.id || `chapter ${this.n}`})`;
}

const ROW_KEYS = ['ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;
type RowKey = (typeof ROW_KEYS)[number];

/** Where a key moves the focus along the row (left to right in English), from `at`. */
function moved(key: RowKey, at: number, count: number) {
	if (key === 'ArrowLeft') return Math.max(0, at - 1);
	if (key === 'ArrowRight') return Math.min(count - 1, at + 1);
	return key === 'Home' ? 0 : count - 1;
}

/** The chapter link with the keyboard's focus, by its place in the list; -1 for none. */
const focusedChapter = (page: Page) =>
	page.evaluate((list) => {
		const links = [...document.querySelectorAll(`${list} a`)];
		return links.indexOf(document.activeElement as Element);
	}, CHAPTER_LIST);

/**
 * A keyboard reader: from the text, Shift+Tab back up the page to the chapter list (one
 * tab stop), arrows, Home and End along it, then Enter.
 */
class ChapterKeys implements Action {
	constructor(readonly keys: readonly RowKey[]) {}
	private id = '';
	check = () => true;
	async run(m: Model, r: Real) {
		if (!(await focusStoryText(r.page))) throw new Error('no story text to click for focus');
		let at = await focusedChapter(r.page);
		for (let tabs = 0; at < 0; tabs++) {
			if (tabs === 80) throw new Error('Shift+Tab from the text never reached the chapter list');
			await r.page.keyboard.press('Shift+Tab');
			at = await focusedChapter(r.page);
		}
		for (const key of this.keys) {
			at = moved(key, at, m.steps.length);
			await r.page.keyboard.press(key);
		}
		const focused = await focusedChapter(r.page);
		if (focused !== at)
			throw new Error(`after ${this.keys.join(', ')} chapter ${focused} has the focus, not ${at}`);
		const step = m.steps[at]!;
		this.id = step.id;
		const expected = jumpTo(m, step);
		await r.page.keyboard.press('Enter');
		await after(this, m, r, expected);
	}
	toString = () => `chapterKeys(${[...this.keys, 'Enter'].join(' ')}${this.id && ` → ${this.id}`})`;
}

/** Page anchors a tour has besides its chapters: the browser scrolls to them, the page says nothing. */
const anchors = (chapters: readonly string[]) => [
	'#about',
	'#story',
	'#map',
	...chapters.map((id) => `#${id}-title`)
];

/** The note an invalid chapter link gives (not its text: hostile text is never echoed). */
function noteFor(hash: string) {
	const raw = hash.slice(1);
	if (raw.length > 100) return 'too long to name a chapter';
	try {
		decodeURIComponent(raw);
	} catch {
		return 'could not be read';
	}
	return 'names no chapter';
}

/**
 * The reader edits the URL's fragment, or follows a link someone pasted. Fragments are
 * written as the URL keeps them (a space is %20), so the model's entries match the page's.
 */
class PasteChapterLink implements Action {
	constructor(
		readonly hash: string,
		readonly pageAnchors: readonly string[]
	) {}
	check = (m: Model) => entry(m).hash !== this.hash;
	async run(m: Model, r: Real) {
		const before = m.steps.find((s) => s.id === entry(m).step)!;
		const chapter = fragmentChapter(m.steps, this.hash);
		pushEntry(m, this.hash, (chapter ?? before).id);
		await r.page.goto(`/${this.hash}`);
		let expected: Expectation;
		if (chapter)
			expected = {
				step: chapter.id,
				hashes: [...new Set([this.hash, chapterHash(chapter)])],
				notice: false
			};
		else if (this.pageAnchors.includes(this.hash))
			expected = anyStep; // the browser scrolls to it; the URL then follows the reader
		else
			// Ignored, with a note; the URL may go back to the reader's chapter (or none,
			// from the introduction).
			expected = {
				step: before.id,
				hashes: [this.hash, chapterHash(before), ...(before === m.steps[0] ? [''] : [])],
				notice: true,
				noticeText: noteFor(this.hash)
			};
		await after(this, m, r, expected);
	}
	toString = () => `pasteLink(${this.hash.length > 40 ? `${this.hash.slice(0, 40)}…` : this.hash})`;
}

/** The first letter of an id written as its percent-escape: the same chapter. */
const escaped = (id: string) =>
	`%${id.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}${id.slice(1)}`;

/**
 * Chapter links a reader may type or paste: chapters' ids (as written, or escaped),
 * and ones that name none: case changed, a trailing space, part of an id, a chapter's
 * number, a date, too long, unreadable, script; and the page's other anchors.
 */
export function pasteChapterLink(chapters: readonly string[]) {
	const pageAnchors = anchors(chapters);
	const valid = fc
		.constantFrom(...chapters)
		.chain((id) => fc.constantFrom(`#${id}`, `#${escaped(id)}`));
	const invalid = fc
		.constantFrom(...chapters)
		.chain((id) =>
			fc.constantFrom(
				`#${id.toUpperCase()}`,
				`#${id}%20`,
				`#${id.split('-')[0]}`,
				`#${id.repeat(Math.ceil(101 / id.length))}`
			)
		);
	const hostile = fc.constantFrom(
		'#1',
		'#2017-01-23',
		'#javascript:alert(1)',
		'#%3Cimg%20src=x%20onerror=alert(1)%3E',
		'#%E0%A4%A',
		'#%'
	);
	return fc
		.oneof(
			{ weight: 4, arbitrary: valid },
			{ weight: 2, arbitrary: invalid },
			{ weight: 1, arbitrary: hostile },
			{ weight: 1, arbitrary: fc.constantFrom(...pageAnchors) }
		)
		.map((hash) => new PasteChapterLink(hash, pageAnchors));
}

/** A chapter list's link clicked, by the nth chapter (wrapping). */
export const clickChapter = fc.nat(40).map((n) => new ClickChapter(n));

/** The chapter list by keyboard: a few moves along it, then Enter. */
export const chapterKeys = fc
	.array(fc.constantFrom(...ROW_KEYS), { maxLength: 4 })
	.map((keys) => new ChapterKeys(keys));
