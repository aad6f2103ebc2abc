// Reading what a host sends the framed story. Anything a page can post reaches the story's
// window, from its host and from scripts the host runs: each message is matched against the
// shapes the story knows (pym.js, the story's own loader) and everything else, odd numbers
// included, is ignored. Never throws; never yields an address (a `go` is a fragment of the
// story's own page), so no message can take the story or its host to another page.
import type { Frame } from './frame';
import {
	field,
	ownMessage,
	parsePymMessage,
	type HostMessage,
	type HostViewport
} from './protocol';

/** Beyond any screen: a frame's rect may be far above the window (a 50,000 px story), not this far. */
const MAX_OFFSET = 10_000_000;
const MAX_SIZE = 100_000;
/** A date (`2017-01-18`, `2017-01`, `1843`) or an event or chapter id (a slug). */
const FRAGMENT = /^#[\w-]{1,128}$/;
/** pym writes numbers with `+` and `toString()`: `390`, `-123.5`, `1e-7`. */
const PYM_NUMBER = /^-?\d{1,9}(?:\.\d{1,20})?(?:e[-+]?\d{1,3})?$/i;

const isOffset = (n: unknown): n is number =>
	typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= MAX_OFFSET;
const isSize = (n: unknown): n is number =>
	typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= MAX_SIZE;

/** Six numbers in pym's order, or null when any is odd or the box is inside out. */
function viewportOf(values: unknown[]): HostViewport | null {
	const [width, height, top, left, bottom, right] = values;
	if (!isSize(width) || !isSize(height)) return null;
	if (!isOffset(top) || !isOffset(left) || !isOffset(bottom) || !isOffset(right)) return null;
	if (bottom < top || right < left) return null;
	return { width, height, top, left, bottom, right };
}

/** pym's `viewport-iframe-position` payload: "vw vh top left bottom right". */
function pymViewport(payload: string): HostViewport | null {
	const parts = payload.split(' ');
	if (parts.length !== 6 || !parts.every((part) => PYM_NUMBER.test(part))) return null;
	return viewportOf(parts.map(Number));
}

function pymWidth(payload: string): number | null {
	if (!/^\d{1,6}$/.test(payload)) return null;
	const width = Number(payload);
	return isSize(width) ? width : null;
}

/**
 * A message from the story's host, or null for anything the story does not know. Only a
 * framed story listens; pym's messages count only when addressed to its `childId`.
 */
export function parseHostMessage(data: unknown, frame: Frame): HostMessage | null {
	if (!frame.framed) return null;
	if (typeof data === 'string') {
		if (!frame.childId) return null;
		const pym = parsePymMessage(data, frame.childId);
		if (pym?.type === 'viewport-iframe-position') {
			const viewport = pymViewport(pym.payload);
			return viewport && { kind: 'viewport', viewport };
		}
		if (pym?.type === 'width') {
			const width = pymWidth(pym.payload);
			return width === null ? null : { kind: 'width', width };
		}
		return null;
	}
	const message = ownMessage(data);
	if (!message) return null;
	const type = field(message, 'type');
	if (type === 'viewport') {
		const view = field(message, 'viewport');
		const box = field(message, 'frame');
		const viewport = viewportOf([
			field(view, 'width'),
			field(view, 'height'),
			field(box, 'top'),
			field(box, 'left'),
			field(box, 'bottom'),
			field(box, 'right')
		]);
		// The masthead's height, when the loader says it: a number from 0, or the message is odd.
		const topOffset = field(view, 'topOffset');
		if (topOffset === undefined) return viewport && { kind: 'viewport', viewport };
		if (!viewport || !isOffset(topOffset) || topOffset < 0) return null;
		return { kind: 'viewport', viewport: { ...viewport, topOffset } };
	}
	if (type === 'go') {
		const fragment = field(message, 'fragment');
		return typeof fragment === 'string' && FRAGMENT.test(fragment)
			? { kind: 'go', fragment }
			: null;
	}
	return null;
}
