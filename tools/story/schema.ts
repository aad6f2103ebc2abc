// The story file's schema: its shape (src/lib/story/schema/, also written out as JSON
// Schema for editors, see `npm run schema`), then the checks across it that a shape cannot
// express (story-checks.ts). Build time and tests only; the browser never loads zod.
import { z } from 'zod';
import { storyShape, type StoryFile } from '../../src/lib/story/schema/story.ts';
import { crossCheck } from './story-checks.ts';

export type { StoryFile };

/** The story file's schema: its shape, then the checks across it (even on a malformed file). */
export const storySchema = storyShape.superRefine(
	(story, ctx) => {
		for (const { path, message } of crossCheck(story as unknown as Record<string, unknown>))
			ctx.addIssue({ code: 'custom', path, message });
	},
	{ when: () => true }
);

/** The JSON Schema an editor reads through the story file's `$schema`. */
export function storyJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(storyShape, { io: 'input', target: 'draft-2020-12' }) as Record<
		string,
		unknown
	>;
}
