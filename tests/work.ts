// Work counted, not timed: V8's block coverage counts every time each block of a module's
// code runs (a loop's body once per turn), so the count of a call is the number of steps
// it took, the same on any machine under any load. A linear reader takes about four times
// the steps for four times the input; a quadratic one, sixteen. What runs inside a
// built-in (a regular expression, `indexOf`) is one step however long it takes: the
// readers the hostile suite counts do their scanning in their own loops, and the tests
// also ask for at least a step per unit of input, so work hidden in a built-in fails them.
// V8 counts only code compiled after the counting starts: a test file starts it before the
// counted code first runs (a `beforeAll` at its top), or the steps fall short, and fail.
import { Session } from 'node:inspector/promises';

let session: Session | undefined;

async function started(): Promise<Session> {
	if (session) return session;
	const opened = new Session();
	opened.connect();
	await opened.post('Profiler.enable');
	await opened.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
	session = opened;
	return opened;
}

/** Starts counting (V8 compiles the code again with its counters): a `beforeAll`, since it takes a while. */
export async function startCounting(): Promise<void> {
	await started();
}

/** Stops counting (an `afterAll`): counted code runs slower, and the process may run other files. */
export async function stopCounting(): Promise<void> {
	if (!session) return;
	await session.post('Profiler.stopPreciseCoverage');
	await session.post('Profiler.disable');
	session.disconnect();
	session = undefined;
}

/**
 * The steps `run` takes in the modules whose address contains `module` (for example
 * `tools/story/quotations`, or a list: `['tools/import', 'parse5']`): the sum of the
 * counts of every block of their code.
 */
export async function stepsOf(module: string | string[], run: () => unknown): Promise<number> {
	const modules = typeof module === 'string' ? [module] : module;
	const profiler = await started();
	await profiler.post('Profiler.takePreciseCoverage'); // resets the counts
	run();
	const { result } = await profiler.post('Profiler.takePreciseCoverage');
	let steps = 0;
	for (const script of result)
		if (modules.some((m) => script.url.includes(m)))
			for (const fn of script.functions) for (const range of fn.ranges) steps += range.count;
	return steps;
}

/**
 * The steps for an input and for four times it: `make(n)` builds an input of size n.
 * Linear work gives a ratio near 4, quadratic near 16.
 */
export async function growth(
	module: string | string[],
	make: (n: number) => unknown,
	run: (input: never) => unknown,
	n: number
): Promise<{ small: number; large: number; ratio: number }> {
	const [a, b] = [make(n), make(4 * n)];
	await stepsOf(module, () => run(a as never)); // once before: first-time setup is no step of the input's
	const small = await stepsOf(module, () => run(a as never));
	const large = await stepsOf(module, () => run(b as never));
	return { small, large, ratio: large / small };
}
