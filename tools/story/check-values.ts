// What the checks across a story file share: a problem found (its path and message), and
// safe reads of a file whose shape may be broken (the checks run on malformed files too).
export type Issue = { path: (string | number)[]; message: string };
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;
export const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const idOf = (value: unknown) =>
	isRecord(value) && typeof value.id === 'string' ? value.id : '';
