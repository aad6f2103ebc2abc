// What the framed story tells its host, in each protocol the host may speak: its height
// (so the frame grows to fit it and never scrolls itself), a request for the host's
// viewport, and what the reader did. The messages carry nothing private (a height, a step's
// id and date), so they go to any parent (`'*'`), as pym.js's own child sends them.
import type { Frame } from './frame';
import {
	PROTOCOL,
	VERSION,
	pymMessage,
	type ReaderEvent,
	type StepDetail,
	type JumpHow
} from './protocol';

/** A message for the host's window: a pym string or a JSON object. */
export type HostBound = string | Record<string, unknown>;
/** Posts one message to the host: `(message) => window.parent.postMessage(message, '*')`. */
export type PostToHost = (message: HostBound) => void;

/** The parent's `postMessage`, for a framed page's window. */
export const postToParent =
	(win: { parent: { postMessage(message: unknown, targetOrigin: string): void } }): PostToHost =>
	(message) =>
		win.parent.postMessage(message, '*');

const own = (type: string, fields: Record<string, unknown> = {}) => ({
	protocol: PROTOCOL,
	version: VERSION,
	type,
	...fields
});

/**
 * The story's height, in whole CSS pixels, for each protocol its host may speak: pym's
 * `height`; else the loader's `height`, AMP's `embed-size` and `iframe.resize` (whose `src`
 * is the story's address, `location.href`). None on the story's own page.
 */
export function heightMessages(frame: Frame, height: number, src: string): HostBound[] {
	if (!frame.framed || !Number.isFinite(height)) return [];
	const px = Math.max(0, Math.ceil(height));
	if (frame.protocol === 'pym' && frame.childId)
		return [pymMessage(frame.childId, 'height', String(px))];
	return [
		own('height', { height: px }),
		{ sentinel: 'amp', type: 'embed-size', height: px },
		{ context: 'iframe.resize', src, height: px }
	];
}

/**
 * Asks the host where the reader's screen is: pym's `parentPositionInfo` (a pym parent
 * answers with `viewport-iframe-position`, with or without `trackscroll`), else the loader's
 * `viewport-request`. AMP and a plain iframe answer nothing: the story then reads by its own
 * viewport, as the frame scrolls by itself.
 */
export function viewportRequestMessages(frame: Frame): HostBound[] {
	if (!frame.framed) return [];
	if (frame.protocol === 'pym' && frame.childId)
		return [pymMessage(frame.childId, 'parentPositionInfo')];
	return [own('viewport-request')];
}

/** A step's detail with only its known fields, as plain data. */
function cleanDetail(detail: StepDetail & { how?: JumpHow }): Record<string, string | number> {
	const clean: Record<string, string | number> = { id: detail.id, index: detail.index };
	if (detail.date !== undefined) clean.date = detail.date;
	if (detail.chapter !== undefined) clean.chapter = detail.chapter;
	if (detail.how !== undefined) clean.how = detail.how;
	return clean;
}

/**
 * A reader event for the host: the loader's `reader-event` (JSON, any host may listen), and
 * in a pym frame also a pym message of the event's name with the detail as JSON, so a pym
 * host hears it with `parent.onMessage('story:step', …)`.
 */
export function readerEventMessages(frame: Frame, event: ReaderEvent): HostBound[] {
	if (!frame.framed) return [];
	const detail = cleanDetail(event.detail);
	const message = own('reader-event', { event: event.type, detail });
	return frame.protocol === 'pym' && frame.childId
		? [message, pymMessage(frame.childId, event.type, JSON.stringify(detail))]
		: [message];
}

/**
 * Tells whoever listens what the reader did: a `CustomEvent` on the story's document
 * (`document.addEventListener('story:step', …)`, framed or not) and, framed, the same to
 * the host. The one function the reader calls for each event.
 */
export function emitReaderEvent(
	event: ReaderEvent,
	{ document, frame, post }: { document: EventTarget; frame: Frame; post: PostToHost }
): void {
	document.dispatchEvent(new CustomEvent(event.type, { detail: cleanDetail(event.detail) }));
	for (const message of readerEventMessages(frame, event)) post(message);
}

/**
 * Reports the story's height to its host when it changes by a whole pixel or more: give it
 * every measurement (a ResizeObserver's on the document), it posts only the changes.
 */
export function createHeightReporter(
	frame: Frame,
	post: PostToHost,
	src: string
): (height: number) => void {
	let sent = -1;
	return (height) => {
		const px = Math.ceil(height);
		if (!frame.framed || !Number.isFinite(px) || px === sent) return;
		sent = px;
		for (const message of heightMessages(frame, px, src)) post(message);
	};
}
