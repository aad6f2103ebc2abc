// The framed story's ear: one `message` listener that takes only what its parent window
// sends, parses it (host-messages.ts) and hands each kind to its handler; it asks for the
// host's viewport once it listens. The reader's wiring (createStoryReader) calls it with the
// browser's window; tests with a stand-in.
import type { Frame } from './frame';
import { parseHostMessage } from './host-messages';
import type { HostViewport } from './protocol';
import { postToParent, viewportRequestMessages, type PostToHost } from './story-messages';

/** The parts of a window the listener uses. */
export interface HostWindowLike {
	parent: { postMessage(message: unknown, targetOrigin: string): void };
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface HostHandlers {
	/** The reader's screen, in the host: on the host's scroll and resize, and on request. */
	viewport?: (viewport: HostViewport) => void;
	/** The frame's new width (pym's `width`, after the host was resized). */
	width?: (width: number) => void;
	/** The host asks the story to show a step: a fragment of its own page (`#2017-01-18`). */
	go?: (fragment: string) => void;
}

/**
 * Listens to the host of a framed story; returns the cleanup. On the story's own page it
 * does nothing. Messages from any window but the parent (another frame, the story itself)
 * are ignored, as is anything the parent sends that the story does not know.
 */
export function listenToHost(
	win: HostWindowLike,
	frame: Frame,
	handlers: HostHandlers,
	post: PostToHost = postToParent(win)
): () => void {
	if (!frame.framed) return () => {};
	const onMessage = (event: MessageEvent) => {
		if (event.source !== win.parent) return;
		const message = parseHostMessage(event.data, frame);
		if (message?.kind === 'viewport') handlers.viewport?.(message.viewport);
		else if (message?.kind === 'width') handlers.width?.(message.width);
		else if (message?.kind === 'go') handlers.go?.(message.fragment);
	};
	win.addEventListener('message', onMessage);
	for (const message of viewportRequestMessages(frame)) post(message);
	return () => win.removeEventListener('message', onMessage);
}
