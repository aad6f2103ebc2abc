/**
 * What the README promises about dates, chapter links and the reading line, restated
 * independently of the page's code: the soak test's oracle. If the page and these rules
 * disagree, one of them is wrong, and the failure says which step and which URL.
 */

/** A step as the DOM contract exposes it. */
export interface Step {
	id: string;
	/** Its day (its day element's id); '' in a tour, whose steps have no dates. */
	date: string;
	places: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (30 February is not). */
export function isRealDay(text: string): boolean {
	const match = ISO_DAY.exec(text);
	if (!match) return false;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const day = new Date(Date.UTC(y, m - 1, d));
	return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** The date a URL fragment names, or null (no fragment, an anchor, or malformed). */
export function fragmentDate(hash: string): string | null {
	let text: string;
	try {
		text = decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return null;
	}
	return isRealDay(text) ? text : null;
}

/**
 * The step a date opens: the first step on that day, else the latest day before it;
 * before the story, its first step; after it, its last.
 */
export function stepForDate<S extends { date: string }>(steps: readonly S[], date: string): S {
	let found = steps[0]!;
	for (const step of steps) {
		if (step.date > date) break;
		if (step.date !== found.date) found = step;
	}
	return found;
}

/** Whether a URL fragment leads to the step: its own day, or the step that day opens. */
export function fragmentLeadsTo(steps: readonly Step[], hash: string, step: Step): boolean {
	if (hash === '') return step === steps[0];
	const date = fragmentDate(hash);
	if (date === null) return true; // not a date: the page ignores it, nothing to follow
	return step.date === date || stepForDate(steps, date) === step;
}

/**
 * A tour's link: the chapter whose id the fragment is, once decoded (a URL may spell
 * `quito` as `%71uito`); null for no fragment, another id, or one that cannot be read.
 */
export function fragmentChapter<S extends { id: string }>(steps: readonly S[], hash: string) {
	let id: string;
	try {
		id = decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return null;
	}
	return steps.find((step) => step.id === id) ?? null;
}

/**
 * Whether a tour's fragment leads to the step: its own id. The introduction has no
 * fragment (the first step is current there); anything else is ignored by the page.
 */
export function chapterLeadsTo(steps: readonly Step[], hash: string, step: Step): boolean {
	if (hash === '') return step === steps[0];
	const chapter = fragmentChapter(steps, hash);
	return chapter === null || chapter === step;
}

export { readingLine } from '../../src/lib/reader/reading-line';

/**
 * The steps that may be current for these step tops: the last whose top has crossed the
 * line (the first while none has). A top within a pixel or two of the line may count
 * either way (sub-pixel layout), so that can allow two.
 */
export function currentByGeometry(tops: readonly number[], line: number, slack = 2): number[] {
	const crossed = (strict: boolean) => {
		let last = -1;
		tops.forEach((top, i) => {
			if (strict ? top <= line - slack : top <= line + slack) last = i;
		});
		return Math.max(0, last);
	};
	return [...new Set([crossed(true), crossed(false)])];
}
