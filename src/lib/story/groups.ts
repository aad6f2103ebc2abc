// The story's groups (an event's `group`: a strand of the story), each with the colour and
// shape its marks take on the timeline and in its key.
import { GROUP_COLORS, GROUP_SHAPES } from '../theme.js';
import type { StoryEvent } from './types';

export type GroupShape = (typeof GROUP_SHAPES)[number];

export interface GroupStyle {
	name: string;
	color: string;
	shape: GroupShape;
}

/** The groups, in the order the story first names them. */
export const groupsOf = (events: readonly Pick<StoryEvent, 'group'>[]): string[] => [
	...new Set(events.flatMap((event) => (event.group ? [event.group] : [])))
];

/** Each group's colour and shape: the nth group takes the nth of each, round again. */
export function groupStyles(groups: readonly string[]): GroupStyle[] {
	return groups.map((name, i) => ({
		name,
		color: GROUP_COLORS[i % GROUP_COLORS.length]!,
		shape: GROUP_SHAPES[i % GROUP_SHAPES.length]!
	}));
}
