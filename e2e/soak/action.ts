import type fc from 'fast-check';
import { anyStep, checkAndFollow, type Expectation, type Model, type Real } from './model';
import { settle, STEPS } from './reader-page';

/** A reader's action, played on the page and followed by the model. */
export type Action = fc.AsyncCommand<Model, Real>;

/** Waits for the page to come to rest, then checks it against the model and follows it. */
export async function after(action: Action, m: Model, r: Real, expected: Expectation) {
	const snapshot = await settle(r.page, m.tour ? STEPS.tour : STEPS.dated);
	if (process.env.SOAK_VERBOSE)
		console.log(`${String(action).padEnd(32)} ${snapshot.current.join(',')} ${snapshot.hash}`);
	checkAndFollow(m, r, snapshot, expected);
	r.actions += 1;
}

/** The reader's scroll changes the step, never the history: the entry's step is observed. */
export const scrolled: Expectation = anyStep;
