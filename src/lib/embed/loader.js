// The story's embed loader: `embed.js` at each edition's root, for a host page with no
// pym.js. It ships on its own, minified by the build (tools/embed/loader-build.ts; `npm run
// bench` weighs it, 2 KB gzip at most), never in the story's bundle. The embed code is a
// placeholder and this script (tools/embed/oembed.ts writes it):
//   <div data-story-embed="https://…/story/"><a href="https://…/story/">Title</a></div>
//   <script async src="https://…/story/embed.js"></script>
// Each placeholder becomes an iframe of the story (its link stays for readers without
// scripts). The frame is sized by the story's height messages, taken only from that frame's
// window and the story's origin; the story is told where the reader's screen is on the
// host's scroll and resize (once an animation frame at most); its reader events go on to
// the host's page as DOM events. The host's own fixed or sticky bars at the top of its
// window (a masthead) are measured and sent along, so the story keeps its bar below them;
// `data-top-offset="64"` on the placeholder says it instead. No dependency, no global: a second copy of the script on
// the page (a second story) serves only the placeholders the first did not take.
// The shapes: src/lib/embed/protocol.ts, docs/embedding.md.
(function (win) {
	const doc = win.document;
	const PROTOCOL = 'story-embed';
	const VERSION = 1;
	const READER_EVENT = /^story:(step|jump|end)$/;
	const DETAIL = ['id', 'index', 'date', 'chapter', 'how'];
	/** @type {{ holder: Element, frame: HTMLIFrameElement, origin: string, sent: string, offset: number | null, spoke?: boolean }[]} */
	const embeds = [];
	let queued = false;

	/**
	 * How far down the host's window its own fixed or sticky bars (a masthead, a nav bar
	 * under it) reach above the frame: the elements at the window's top, over the frame's
	 * middle, that stay put while the page scrolls. Three probes down at most (bars stacked).
	 * @param {HTMLIFrameElement} frame
	 * @param {DOMRect} box
	 */
	const covered = (frame, box) => {
		const x = Math.min(Math.max((box.left + box.right) / 2, 0), win.innerWidth - 1);
		let y = 0;
		for (let probe = 0; probe < 3; probe++) {
			let bottom = y;
			for (const hit of doc.elementsFromPoint(x, y)) {
				if (hit.contains(frame)) continue;
				// The bar itself, or the fixed or sticky box it is part of.
				for (
					let el = /** @type {Element | null} */ (hit);
					el && el !== doc.body;
					el = el.parentElement
				) {
					if (!/^(fixed|sticky)$/.test(win.getComputedStyle(el).position)) continue;
					const bar = el.getBoundingClientRect();
					if (bar.top <= y && bar.bottom < win.innerHeight / 2)
						bottom = Math.max(bottom, bar.bottom);
					break;
				}
			}
			if (bottom <= y) break;
			y = bottom;
		}
		return Math.round(y);
	};

	/** The reader's screen, to every story: the host's window and the frame's box in it. */
	const send = () => {
		queued = false;
		for (const embed of embeds) {
			const box = embed.frame.getBoundingClientRect();
			const message = {
				protocol: PROTOCOL,
				version: VERSION,
				type: 'viewport',
				viewport: {
					width: win.innerWidth,
					height: win.innerHeight,
					// The embed code's `data-top-offset`, else measured.
					topOffset: embed.offset ?? covered(embed.frame, box)
				},
				frame: { top: box.top, left: box.left, bottom: box.bottom, right: box.right }
			};
			const key = JSON.stringify(message);
			const story = embed.frame.contentWindow;
			// Not before the story has spoken: until then the frame may still hold about:blank,
			// and a message addressed to the story's origin is refused with a console warning.
			if (key === embed.sent || !story || !embed.spoke) continue;
			embed.sent = key;
			// Addressed to the story's origin: a frame that went elsewhere hears nothing.
			story.postMessage(message, embed.origin);
		}
	};
	const schedule = () => {
		if (queued) return;
		queued = true;
		win.requestAnimationFrame(send);
	};

	for (const holder of doc.querySelectorAll('[data-story-embed]')) {
		if (holder.hasAttribute('data-story-embedded')) continue;
		let url;
		try {
			url = new URL(holder.getAttribute('data-story-embed') || '', doc.baseURI);
		} catch {
			continue;
		}
		// Only a web address: never `javascript:` or `data:` from a pasted attribute.
		if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
		holder.setAttribute('data-story-embedded', '');
		const frame = doc.createElement('iframe');
		const given = holder.getAttribute('data-top-offset') || '';
		const offset = /^\d{1,4}$/.test(given) ? Number(given) : null;
		const embed = { holder, frame, origin: url.origin, sent: '', offset };
		frame.src = url.href;
		frame.title =
			holder.getAttribute('data-story-title') || (holder.textContent || '').trim() || url.href;
		frame.setAttribute('loading', 'lazy');
		frame.setAttribute('allow', 'fullscreen');
		frame.setAttribute('scrolling', 'no');
		frame.style.cssText = 'display:block;width:100%;height:720px;border:0';
		frame.addEventListener('load', () => {
			embed.sent = '';
			schedule();
		});
		holder.textContent = '';
		holder.appendChild(frame);
		embeds.push(embed);
	}
	if (!embeds.length) return;

	win.addEventListener('message', (event) => {
		const embed = embeds.find((e) => e.frame.contentWindow === event.source);
		const data = event.data;
		if (!embed || event.origin !== embed.origin || !data || typeof data !== 'object') return;
		if (data.protocol !== PROTOCOL || data.version !== VERSION) return;
		embed.spoke = true;
		if (data.type === 'height') {
			const height = Math.ceil(data.height);
			if (height > 0 && height <= 500000) embed.frame.style.height = height + 'px';
			// The frame's box moved: the story hears where it is now.
			schedule();
		} else if (data.type === 'viewport-request') {
			embed.sent = '';
			schedule();
		} else if (
			data.type === 'reader-event' &&
			typeof data.event === 'string' &&
			READER_EVENT.test(data.event)
		) {
			/** @type {Record<string, string | number>} */
			const detail = {};
			for (const key of DETAIL) {
				const value = data.detail && data.detail[key];
				if (typeof value === 'string' || typeof value === 'number') detail[key] = value;
			}
			// From the placeholder, so a page with two stories knows which (event.target).
			embed.holder.dispatchEvent(new CustomEvent(data.event, { bubbles: true, detail }));
		}
	});
	// Capturing on the document hears the window's scroll and any scrolling box's.
	doc.addEventListener('scroll', schedule, { capture: true, passive: true });
	win.addEventListener('resize', schedule);
})(window);
