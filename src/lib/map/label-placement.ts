/**
 * Where the static maps write their names so that none covers another name or a dot.
 * Labels are placed greedily, most important first: beside the dot where there is room,
 * else a little further out with a leader line, else (for context only) not at all. A
 * pure function of boxes and estimated text widths: the same map is drawn the same way
 * on the server, for the share card and in every edition.
 */

export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export interface LabelRequest {
	id: string;
	/** The point the label names (its dot's centre), in drawing units. */
	x: number;
	y: number;
	text: string;
	/** Font size, in drawing units. */
	size: number;
	bold?: boolean;
	/** The radius kept clear around the point: its dot. */
	dot: number;
	/** Which side the gazetteer prefers, where a neighbour is known to sit on the other. */
	side?: 'left' | 'right';
	/** A label that must be written (a step's own places): it may take a leader line. */
	required: boolean;
}

export interface PlacedLabel {
	id: string;
	/** The text's anchor point and how the text hangs from it. */
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	/** The label's box, for callers that keep other things clear of it. */
	box: Box;
	/** From the dot's edge to the label, when the label sits away from its dot. */
	leader?: [x1: number, y1: number, x2: number, y2: number];
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/**
 * A generous width for a name: wider than the fonts a static map is drawn with (Noto
 * Sans, or DejaVu Sans where system-ui falls back to it, whose bold Cyrillic capitals run
 * to 0.76 em a letter), so a label judged clear is clear.
 */
export function textWidth(text: string, size: number, bold = false, letterSpacing = 0): number {
	let width = 0;
	for (const char of text)
		width += size * (ARABIC.test(char) ? (bold ? 0.7 : 0.6) : bold ? 0.78 : 0.7) + letterSpacing;
	return width;
}

export const overlaps = (a: Box, b: Box, gap = 0) =>
	a.left < b.right + gap &&
	b.left < a.right + gap &&
	a.top < b.bottom + gap &&
	b.top < a.bottom + gap;

const inside = (box: Box, frame: Box) =>
	box.left >= frame.left &&
	box.right <= frame.right &&
	box.top >= frame.top &&
	box.bottom <= frame.bottom;

/** A dot's box. */
export const dotBox = (x: number, y: number, r: number): Box => ({
	left: x - r,
	top: y - r,
	right: x + r,
	bottom: y + r
});

type Side =
	| 'right'
	| 'left'
	| 'above'
	| 'below'
	| 'upper-right'
	| 'upper-left'
	| 'lower-right'
	| 'lower-left';

/** The places a label may take around its dot, nearest first; `reach` pushes them out. */
function candidate(label: LabelRequest, side: Side, reach: number): PlacedLabel {
	const width = textWidth(label.text, label.size, label.bold);
	const height = label.size * 1.2;
	const gap = label.dot + 4 + reach;
	const { x, y } = label;
	const offsets: Record<Side, readonly [number, number, PlacedLabel['anchor']]> = {
		right: [gap, 0, 'start'] as const,
		left: [-gap, 0, 'end'] as const,
		above: [0, -(gap + height / 2), 'middle'] as const,
		below: [0, gap + height / 2, 'middle'] as const,
		'upper-right': [gap * 0.7, -(gap * 0.7 + height / 2), 'start'] as const,
		'upper-left': [-gap * 0.7, -(gap * 0.7 + height / 2), 'end'] as const,
		'lower-right': [gap * 0.7, gap * 0.7 + height / 2, 'start'] as const,
		'lower-left': [-gap * 0.7, gap * 0.7 + height / 2, 'end'] as const
	};
	const [dx, dy, anchor] = offsets[side];
	const [ax, ay] = [x + dx, y + dy];
	const left = anchor === 'start' ? ax : anchor === 'end' ? ax - width : ax - width / 2;
	const box = { left, top: ay - height / 2, right: left + width, bottom: ay + height / 2 };
	if (reach === 0) return { id: label.id, x: ax, y: ay, anchor, box };
	// The leader runs from the dot's edge towards the label's nearest edge.
	const [tx, ty] = [
		Math.min(Math.max(x, box.left), box.right),
		Math.min(Math.max(y, box.top), box.bottom)
	];
	const length = Math.hypot(tx - x, ty - y) || 1;
	const leader: PlacedLabel['leader'] = [
		x + ((tx - x) / length) * (label.dot + 1),
		y + ((ty - y) / length) * (label.dot + 1),
		tx,
		ty
	];
	return { id: label.id, x: ax, y: ay, anchor, box, leader };
}

const ORDER: Side[] = [
	'right',
	'left',
	'upper-right',
	'lower-right',
	'upper-left',
	'lower-left',
	'above',
	'below'
];

/**
 * Places the labels, in the order given (most important first), inside `frame` and clear
 * of `obstacles` (every dot) and of each other. A required label that finds no room beside
 * its dot goes further out with a leader line; a context label that finds none is left out
 * (and its caller leaves its dot out too: no nameless dots).
 */
export function placeLabels(
	labels: readonly LabelRequest[],
	frame: Box,
	obstacles: readonly Box[]
): PlacedLabel[] {
	const taken: Box[] = [...obstacles];
	const placed: PlacedLabel[] = [];
	for (const label of labels) {
		const sides =
			label.side === 'left' ? ['left' as const, ...ORDER.filter((s) => s !== 'left')] : ORDER;
		const reaches = label.required ? [0, 14, 28, 44] : [0];
		let chosen: PlacedLabel | undefined;
		search: for (const reach of reaches)
			for (const side of sides) {
				const option = candidate(label, side, reach);
				if (!inside(option.box, frame)) continue;
				if (taken.some((box) => overlaps(option.box, box, 2))) continue;
				if (option.leader && leaderCrosses(option.leader, taken, label)) continue;
				chosen = option;
				break search;
			}
		if (!chosen) continue;
		placed.push(chosen);
		taken.push(chosen.box);
		// Later labels keep clear of the leader line too.
		if (chosen.leader) taken.push(...pointsAlong(chosen.leader));
	}
	return placed;
}

/** Small boxes along a line, to test it against boxes. */
export function pointsAlong([x1, y1, x2, y2]: NonNullable<PlacedLabel['leader']>): Box[] {
	const points: Box[] = [];
	for (let i = 0; i <= 10; i++)
		points.push(dotBox(x1 + ((x2 - x1) * i) / 10, y1 + ((y2 - y1) * i) / 10, 0.5));
	return points;
}

/** Whether a leader line would pass through another label or dot (sampled along its length). */
function leaderCrosses(
	[x1, y1, x2, y2]: NonNullable<PlacedLabel['leader']>,
	taken: readonly Box[],
	own: LabelRequest
): boolean {
	const ownDot = dotBox(own.x, own.y, own.dot);
	return pointsAlong([x1, y1, x2, y2])
		.filter((point) => !overlaps(point, ownDot))
		.some((point) => taken.some((box) => overlaps(point, box)));
}
