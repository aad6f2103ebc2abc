/**
 * The reader's parts (parts.ts) from this window: its viewport, its history through
 * SvelteKit's router (shallow routing, so the router keeps the reader's places), one
 * IntersectionObserver per reading line, the page's timers. Nothing is touched before the
 * reader asks, so the page can make them while the server renders it.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { prefersReducedMotion } from 'svelte/motion';
import { keepOfflineCopy } from '$lib/offline';
import { SCREENS } from '$lib/layout.js';
import { whenReaderActs } from '$lib/scheduling';
import type { ReaderHistory, ReaderParts, ReaderViewport } from './parts';

/** Keys that scroll the page when nothing else has focus. */
const SCROLL_KEYS = new Set([' ', 'PageDown', 'PageUp', 'ArrowDown', 'ArrowUp', 'Home', 'End']);

/** How far above the viewport a line's observer reaches: further than any story scrolls. */
const ABOVE = 1_000_000;

/** A window listener, and what removes it. */
function listen<K extends keyof WindowEventMap>(
	type: K,
	listener: (event: WindowEventMap[K]) => void,
	options?: AddEventListenerOptions
): () => void {
	addEventListener(type, listener, options);
	return () => removeEventListener(type, listener);
}

/**
 * The window as the reader sees it. Its height is the small viewport's (100svh), steady
 * while a phone's address bar shows and hides, not innerHeight: measured by an element of
 * that height (--screen, app.css: framed, the host's screen's), there while anyone listens
 * for the view's changes.
 */
function windowViewport(): ReaderViewport {
	let smallViewport: HTMLElement | undefined;
	let listening = 0;
	return {
		visible: () => ({
			top: 0,
			height: smallViewport?.getBoundingClientRect().height ?? innerHeight
		}),
		width: () => innerWidth,
		mapStacked: () => matchMedia(SCREENS['portrait-phone']).matches,
		onChange(listener) {
			if (listening++ === 0) {
				smallViewport = document.createElement('div');
				smallViewport.style.cssText =
					'position:fixed;top:0;height:var(--screen,100svh);width:0;visibility:hidden;pointer-events:none';
				smallViewport.className = 'small-viewport';
				smallViewport.setAttribute('aria-hidden', 'true');
				document.body.append(smallViewport);
			}
			const stop = listen('resize', listener);
			return () => {
				stop();
				if (--listening === 0) smallViewport = (smallViewport?.remove(), undefined);
			};
		},
		onScrollEnd: (listener) => listen('scrollend', listener),
		onReaderMove(listener) {
			const stops = [
				listen('wheel', listener, { passive: true }),
				listen('touchstart', listener, { passive: true }),
				listen('keydown', (event) => {
					if (event.target === document.body && SCROLL_KEYS.has(event.key)) listener();
				})
			];
			return () => stops.forEach((stop) => stop());
		},
		bringToTop: (element, smooth) =>
			element.scrollIntoView({ behavior: smooth ? 'smooth' : 'instant', block: 'start' }),
		toTop: () => scrollTo({ top: 0, behavior: 'instant' }),
		movedFrom(anchor) {
			if (!anchor) return scrollY > 2;
			const margin = parseFloat(getComputedStyle(anchor).scrollMarginTop) || 0;
			const furthest = document.documentElement.scrollHeight - innerHeight;
			const landing = scrollY + anchor.getBoundingClientRect().top - margin;
			return Math.abs(scrollY - Math.min(furthest, Math.max(0, landing))) > 2;
		}
	};
}

/** The window's history, through SvelteKit's router: its entries keep their scroll places. */
const routerHistory: ReaderHistory = {
	location: () => location,
	restored() {
		const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
		return entry?.type === 'reload' || entry?.type === 'back_forward';
	},
	// A fragment or this page's own path: nothing for resolve() to add.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	push: (url) => pushState(url, {}),
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	replace: (url) => replaceState(url, page.state),
	onTraverse(listener) {
		const stops = [
			listen('popstate', listener),
			// A hashchange can come after the popstate's frame, when the URL already follows
			// the reader again: it is about a location that is gone (it once erased the note
			// about a malformed link).
			listen('hashchange', (event) => {
				if (event.newURL === location.href) listener();
			})
		];
		return () => stops.forEach((stop) => stop());
	}
};

export function browserParts(): ReaderParts {
	return {
		viewport: windowViewport(),
		history: routerHistory,
		watchLine(line, onCross) {
			const below = Math.max(0, innerHeight - line);
			const observer = new IntersectionObserver(() => onCross(), {
				rootMargin: `${ABOVE}px 0px -${below}px 0px`
			});
			return {
				watch: (element) => observer.observe(element),
				unwatch: (element) => observer.unobserve(element),
				stop: () => observer.disconnect()
			};
		},
		elementById: (id) => document.getElementById(id),
		later(run, ms) {
			const timer = setTimeout(run, ms);
			return () => clearTimeout(timer);
		},
		nextFrame(run) {
			const frame = requestAnimationFrame(run);
			return () => cancelAnimationFrame(frame);
		},
		now: () => performance.now(),
		whenReaderActs,
		reducedMotion: () => prefersReducedMotion.current,
		keepOfflineCopy
	};
}
