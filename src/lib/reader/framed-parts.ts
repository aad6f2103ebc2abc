/**
 * The reader's parts (parts.ts) for a page that may be framed in a host's article (issue
 * 30: src/lib/embed/framed-page.ts). The host scrolls a frame as tall as the story, so the
 * frame itself never scrolls: the reader's screen is the host's window on the frame, which
 * the viewport reports once the host has said where it is; its moves are changes of the
 * view (the steps are read again, which no IntersectionObserver would see); and a jump's
 * push replaces, so an embed adds no entries to its host's history. Unframed, the parts
 * are the ones given.
 */
import type { ReaderParts, ReaderViewport } from './parts';

/** What the framed page knows of its host. */
export interface HostFrame {
	/** Whether the page is framed in another. */
	framed(): boolean;
	/**
	 * The host's window on the frame, in the frame's viewport coordinates (those of
	 * getBoundingClientRect); null until the host has said where it is.
	 */
	screen(): { top: number; height: number } | null;
}

export interface FramedParts extends ReaderParts {
	/** The host's window moved (its scroll) or changed size: the view changed. */
	screenMoved(): void;
}

export function framedParts(parts: ReaderParts, host: HostFrame): FramedParts {
	const moves = new Set<() => void>();
	const viewport: ReaderViewport = {
		...parts.viewport,
		visible: () => host.screen() ?? parts.viewport.visible(),
		onChange(listener) {
			moves.add(listener);
			const stop = parts.viewport.onChange(listener);
			return () => {
				moves.delete(listener);
				stop();
			};
		}
	};
	return {
		...parts,
		viewport,
		history: {
			...parts.history,
			push: (url) => (host.framed() ? parts.history.replace(url) : parts.history.push(url))
		},
		screenMoved: () => [...moves].forEach((listener) => listener())
	};
}
