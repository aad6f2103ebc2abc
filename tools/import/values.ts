// Reading values out of a file we do not trust: own fields only (a key named
// `constructor` is data, not Object's), numbers that may come as strings.

/** A plain object (not a list, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object's own field, never an inherited one. */
export function field(value: unknown, key: string): unknown {
	return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** A string field, or undefined when missing; anything else is reported by the caller. */
export function stringField(value: unknown, key: string): string | undefined {
	const found = field(value, key);
	return typeof found === 'string' ? found : undefined;
}

/** Whether a field holds something: not missing, null, or only spaces. */
export function given(value: unknown): boolean {
	return (
		value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')
	);
}

export type NumberRead =
	{ kind: 'missing' } | { kind: 'number'; value: number; fromString: boolean } | { kind: 'bad' };

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A whole number, given as a number or as a string of digits. */
export function readInteger(value: unknown): NumberRead {
	return readWith(value, INTEGER, Number.isInteger);
}

/** A decimal number, given as a number or as a string (`"48.79"`); never hex or `Infinity`. */
export function readNumber(value: unknown): NumberRead {
	return readWith(value, DECIMAL, Number.isFinite);
}

function readWith(value: unknown, pattern: RegExp, valid: (n: number) => boolean): NumberRead {
	if (!given(value)) return { kind: 'missing' };
	if (typeof value === 'number')
		return valid(value) ? { kind: 'number', value, fromString: false } : { kind: 'bad' };
	if (typeof value !== 'string') return { kind: 'bad' };
	const trimmed = value.trim();
	if (trimmed.length > 40 || !pattern.test(trimmed)) return { kind: 'bad' };
	const number = Number(trimmed);
	return valid(number) ? { kind: 'number', value: number, fromString: true } : { kind: 'bad' };
}

/** The keys of an object that a format does not define, in the file's order. */
export function unknownKeys(value: unknown, known: readonly string[]): string[] {
	return isRecord(value) ? Object.keys(value).filter((key) => !known.includes(key)) : [];
}
