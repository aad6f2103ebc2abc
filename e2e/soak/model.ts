import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { Snapshot } from './reader-page';
import {
	chapterLeadsTo,
	currentByGeometry,
	fragmentChapter,
	fragmentDate,
	fragmentLeadsTo,
	readingLine,
	stepForDate,
	type Step
} from './story-rules';

/** The screens the reader moves between. */
export const VIEWPORTS = {
	desktop: { width: 1280, height: 800 },
	'phone-portrait': { width: 390, height: 844 },
	'phone-landscape': { width: 844, height: 390 },
	tablet: { width: 820, height: 1180 }
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** One entry of the tab's history, as the reader left it. */
export interface Entry {
	hash: string;
	/** The step the reader was on while this entry was current. */
	step: string;
}

/** What the reader should be seeing, kept by the test alone. */
export interface Model {
	steps: Step[];
	/** A tour: chapters without dates, linked by their ids (`#quito-start`), not by days. */
	tour: boolean;
	entries: Entry[];
	index: number;
	viewport: ViewportName;
	locale: 'en-US' | 'en-GB';
	/** history.length minus the entries the model knows of (the tab's own first entry). */
	historyBase: number;
}

export interface Real {
	page: Page;
	context: BrowserContext;
	cdp: CDPSession;
	/** Console errors, page errors and requests off the origin, as they happen. */
	problems: string[];
	/** Actions played and checked in this tab. */
	actions: number;
}

export const entry = (m: Model) => m.entries[m.index]!;

/** What an action leads the reader to expect once the page is at rest. */
export interface Expectation {
	/** The step that must be current (or one of these), or null when any consistent step will do. */
	step: string | string[] | null;
	/** The fragments the URL may show (null: any that leads to the step). */
	hashes: string[] | null;
	/** Whether the polite note must be shown (true), absent (false), or either (null). */
	notice: boolean | null;
	/** Text the note must contain, when it must be shown. */
	noticeText?: string;
}

export const anyStep: Expectation = { step: null, hashes: null, notice: null };

/** A step's own fragment in a dated story: its day. */
export const hashOf = (step: Step) => `#${step.date}`;
/** A chapter's own fragment in a tour: its id. */
export const chapterHash = (step: Step) => `#${step.id}`;

export class Inconsistency extends Error {
	constructor(what: string, snapshot: Snapshot) {
		const { tops, ...rest } = snapshot;
		super(
			`${what}\n  page: ${JSON.stringify(rest)}\n  step tops: ${JSON.stringify(tops.map(Math.round))}`
		);
		this.name = 'Inconsistency';
	}
}

/**
 * Every check the issue names, on a page at rest, against what the model expects.
 * Then the model follows what the reader now sees: scrolling rewrote the current entry.
 */
export function checkAndFollow(m: Model, real: Real, s: Snapshot, expected: Expectation) {
	const fail = (what: string) => new Inconsistency(what, s);
	if (real.problems.length > 0) throw fail(real.problems.join('\n  '));
	if (s.current.length !== 1)
		throw fail(`${s.current.length} steps have aria-current="step": ${s.current.join(', ')}`);
	const index = m.steps.findIndex((step) => step.id === s.current[0]);
	const step = m.steps[index]!;
	if (!s.settled)
		throw fail(
			`the map never settled on "${step.id}" (data-view "${s.view}", data-highlighted "${s.highlighted}", expected "${step.places}"), or the page never came to rest`
		);

	// On screen: it intersects the viewport. The first may be current from the intro
	// (below the viewport), the last from the footer (above it).
	const box = s.box!;
	const onScreen = box.bottom > 0 && box.top < s.height;
	const introShowing = index === 0 && box.top >= s.height;
	const footerShowing = index === m.steps.length - 1 && box.bottom <= 0;
	if (!onScreen && !introShowing && !footerShowing)
		throw fail(`the current step "${step.id}" is off screen (top ${Math.round(box.top)})`);

	// The reading line decides: the last step whose top has crossed it.
	const line = readingLine(s.smallViewport, { stacked: s.mapStacked, bottom: s.mapBottom });
	const byGeometry = currentByGeometry(s.tops, line).map((i) => m.steps[i]!.id);
	if (!byGeometry.includes(step.id))
		throw fail(
			`"${step.id}" is current but the reading line (${line}px) is in "${byGeometry.join('" or "')}"`
		);

	const leadsTo = m.tour ? chapterLeadsTo : fragmentLeadsTo;
	if (!leadsTo(m.steps, s.hash, step))
		throw fail(`the URL's fragment "${s.hash}" does not lead to the current step "${step.id}"`);
	if (m.tour) checkChapters(m, s, step, line, fail);

	const allowed = expected.step === null ? null : [expected.step].flat();
	if (allowed !== null && !allowed.includes(step.id))
		throw fail(`expected step "${allowed.join('" or "')}", the page shows "${step.id}"`);
	if (expected.hashes !== null && !expected.hashes.includes(s.hash))
		throw fail(`expected the URL's fragment to be ${expected.hashes.join(' or ')}`);
	if (expected.notice === true && !s.notice.includes(expected.noticeText ?? ''))
		throw fail(`expected a note saying "${expected.noticeText ?? '…'}"`);
	if (expected.notice === false && s.notice !== '') throw fail('expected no note');

	const known = m.historyBase + m.entries.length;
	if (s.historyLength !== known)
		throw fail(`history has ${s.historyLength} entries, the reader made ${known}`);

	// The reader's place, and the URL scrolling gave the entry they are on.
	m.entries[m.index] = { hash: s.hash, step: step.id };
}

/**
 * A tour's own promises: the chapter list marks the reader's chapter (the first from the
 * introduction, as the step is), and the URL names a chapter exactly when the reader is
 * past the introduction. Within a pixel or two of the reading line either may hold.
 */
function checkChapters(
	m: Model,
	s: Snapshot,
	step: Step,
	line: number,
	fail: (what: string) => Inconsistency
) {
	if (s.chapters.length !== 1 || s.chapters[0] !== chapterHash(step))
		throw fail(
			`the chapter list marks ${JSON.stringify(s.chapters)} as the reader's chapter, not "${step.id}"`
		);
	const first = s.tops[0]!;
	const named = fragmentChapter(m.steps, s.hash);
	if (first > line + 2 && named !== null)
		throw fail(`the introduction is showing, but the URL names the chapter "${named.id}"`);
	if (first <= line - 2 && s.hash === '')
		throw fail(
			`the reader is on "${step.id}", past the introduction, but the URL names no chapter`
		);
}

/** The reader pushes a new entry (timeline mark, typed date, chapter list, edited URL). */
export function pushEntry(m: Model, hash: string, step: string) {
	m.entries = m.entries.slice(0, m.index + 1);
	m.entries.push({ hash, step });
	m.index += 1;
}

/** What opening a date (timeline, typed, link) must show: its step, the URL, the note. */
export function expectDate(m: Model, date: string, fragment: string): Expectation {
	const step = stepForDate(m.steps, date);
	const exact = step.date === date;
	return {
		step: step.id,
		hashes: [...new Set([fragment, hashOf(step)])],
		notice: !exact,
		noticeText: exact ? undefined : 'showing'
	};
}

/** Whether a fragment is malformed: not empty, and not a day (page anchors aside). */
export const isMalformed = (hash: string, anchors: readonly string[]) =>
	hash !== '' && fragmentDate(hash) === null && !anchors.includes(hash);
