// What the story and the page that frames it say to each other: the shapes, and the one
// format every other module of src/lib/embed/ builds on. Three protocols share one frame:
//   pym.js (NPR), strings `pym` xPYMx id xPYMx type xPYMx payload (its source: node_modules/
//     pym.js/dist/pym.v1.js, `_makeMessage` and `_makeMessageRegex`);
//   the story's own loader (embed.js, ./loader.js), JSON objects tagged with PROTOCOL and a
//     VERSION (docs/embedding.md lists every shape);
//   AMP's `amp-iframe` and the `iframe.resize` convention, which only ever hear a height.
// Pure: no window, no document. Everything that arrives is untrusted input.

/** Tags every JSON message of the story's own protocol, both ways. */
export const PROTOCOL = 'story-embed';
/**
 * The protocol's version. It changes only when a shape changes incompatibly; a message of
 * another version is ignored (a newer loader and an older story still size the frame by
 * the other protocols' messages).
 */
export const VERSION = 1;

/** pym.js's field separator. */
export const PYM_DELIMITER = 'xPYMx';

/**
 * The host's viewport and the frame's place in it, in the host's CSS pixels: what pym's
 * `viewport-iframe-position` carries ("vw vh top left bottom right") and the loader's
 * `viewport` message names. `top` is negative once the frame's top has scrolled above the
 * host's window.
 */
export interface HostViewport {
	/** The host window's inner width and height. */
	width: number;
	height: number;
	/** The frame's bounding box in the host's window (getBoundingClientRect). */
	top: number;
	left: number;
	bottom: number;
	right: number;
	/**
	 * How much of the window's top the host's own fixed or sticky bars cover (its masthead),
	 * in CSS pixels: the loader's message carries it; pym's has no room for it.
	 */
	topOffset?: number;
}

/** What a host may tell the story: nothing here can move it to another page. */
export type HostMessage =
	/** Where the reader's screen is (sent on the host's scroll and resize, and on request). */
	| { kind: 'viewport'; viewport: HostViewport }
	/** pym's `width`: the frame's new width, after the host was resized. */
	| { kind: 'width'; width: number }
	/** The host asks the story to show a step: a fragment of the story's own page, `#2017-01-18`. */
	| { kind: 'go'; fragment: string };

/** How a reader moved to a step other than by scrolling. */
export type JumpHow = 'timeline' | 'date-field' | 'chapter-list' | 'link' | 'back-forward' | 'host';

/** The step a reader event is about. */
export interface StepDetail {
	/** The event's id (the step element's `id`). */
	id: string;
	/** Its place in the story, from 0. */
	index: number;
	/** Its date at its precision (`2017-01-18`, `2017-01`, `1843`): a dated story's steps. */
	date?: string;
	/** Its chapter (`#chapter-id`): a tour's steps, which have no date. */
	chapter?: string;
}

/** What the story tells its host a reader did (docs/embedding.md, "Reading figures"). */
export type ReaderEvent =
	/** A step became the one being read. */
	| { type: 'story:step'; detail: StepDetail }
	/** The reader jumped to a step (the detail is where they landed). */
	| { type: 'story:jump'; detail: StepDetail & { how: JumpHow } }
	/** The last step was read. */
	| { type: 'story:end'; detail: StepDetail };

export const READER_EVENTS: readonly ReaderEvent['type'][] = [
	'story:step',
	'story:jump',
	'story:end'
];

export const JUMP_KINDS: readonly JumpHow[] = [
	'timeline',
	'date-field',
	'chapter-list',
	'link',
	'back-forward',
	'host'
];

/** A pym.js message: `pymxPYMx{id}xPYMx{type}xPYMx{payload}`. */
export const pymMessage = (id: string, type: string, payload = '') =>
	['pym', id, type, payload].join(PYM_DELIMITER);

/**
 * A pym.js message addressed to `id`, split into its type and payload; null for anything
 * else. pym's own reader (`_makeMessageRegex`) takes the type as `\S+` and the payload as the
 * rest; this one is stricter: a type of letters, digits, `-`, `_` and `:`, so a payload
 * holding the delimiter cannot shift the fields.
 */
export function parsePymMessage(
	data: unknown,
	id: string
): { type: string; payload: string } | null {
	if (typeof data !== 'string' || data.length > 2048) return null;
	const head = `pym${PYM_DELIMITER}${id}${PYM_DELIMITER}`;
	if (!data.startsWith(head)) return null;
	const rest = data.slice(head.length);
	const split = rest.indexOf(PYM_DELIMITER);
	if (split < 1) return null;
	const type = rest.slice(0, split);
	if (!/^[\w:-]{1,64}$/.test(type)) return null;
	return { type, payload: rest.slice(split + PYM_DELIMITER.length) };
}

/** An object's own plain-data field (never a getter's, never the prototype's), or undefined. */
export function field(object: unknown, name: string): unknown {
	if (typeof object !== 'object' || object === null) return undefined;
	const descriptor = Object.getOwnPropertyDescriptor(object, name);
	return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

/** A JSON message of the story's own protocol (any direction, this version), or null. */
export function ownMessage(data: unknown): object | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	return field(data, 'protocol') === PROTOCOL && field(data, 'version') === VERSION ? data : null;
}
