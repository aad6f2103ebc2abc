// How the story's problems are told: one line each, naming the file, the event (index and
// id) and the field's JSON path, in one voice for zod's issues and ours.
import type { z } from 'zod';
import { idOf, isRecord, listOf } from './check-values.ts';
import { storySchema, type StoryFile } from './schema.ts';
import { problemError, visible } from '../visible.js';

/** Messages for zod's own issues, in the same voice as ours. */
function fallbackMessage(issue: z.core.$ZodRawIssue): string | undefined {
	if (issue.code === 'invalid_type')
		return issue.input === undefined
			? 'is missing'
			: `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`;
	if (issue.code === 'unrecognized_keys')
		return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	if (issue.code === 'too_small' && issue.origin === 'array') return 'is empty';
	return undefined;
}

/**
 * One line per issue: the file, the event (or place, or source) by index and id, the
 * field's JSON path and what is wrong, e.g.
 * `story.json: events[3] "aleppo-retaken": places[0] "raqqa" is not in places`. Control
 * characters from the file are written as their escapes (tools/visible.js).
 */
export function describe(
	file: string,
	input: unknown,
	issue: { path: PropertyKey[]; message: string }
): string {
	return visible(describeRaw(file, input, issue));
}

function describeRaw(
	file: string,
	input: unknown,
	issue: { path: PropertyKey[]; message: string }
) {
	const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
	const format = (keys: (string | number)[]) =>
		keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
	const [list, index] = path;
	if ((list === 'events' || list === 'places' || list === 'sources') && typeof index === 'number') {
		const item = isRecord(input) ? listOf(input[list])[index] : undefined;
		const id = idOf(item);
		const field = format(path.slice(2));
		return `${file}: ${list}[${index}]${id ? ` "${id}"` : ''}${field ? `: ${field}` : ':'} ${issue.message}`;
	}
	return `${file}: ${path.length ? `${format(path)} ` : ''}${issue.message}`;
}

/** Every problem in a story file with its JSON path (the editor marks the field it names). */
export function storyIssues(input: unknown): { path: PropertyKey[]; message: string }[] {
	const result = storySchema.safeParse(input, { error: fallbackMessage });
	return result.success ? [] : result.error.issues;
}

/** Every problem in a story file, one line each; an empty list means the story is good. */
export function validateStory(input: unknown, file = 'story.json'): string[] {
	return storyIssues(input).map((issue) => describe(file, input, issue));
}

/** The story, checked: throws one error listing every problem, so a broken story fails the build. */
export function parseStory(input: unknown, file = 'story.json'): StoryFile {
	const problems = validateStory(input, file);
	if (problems.length > 0)
		throw problemError(`${file} has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
	return input as StoryFile;
}
