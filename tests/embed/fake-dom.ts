// A window and document just large enough for the embed loader (src/lib/embed/loader.js) and
// pym.js's parent to run in Node: elements with attributes, children and a settable box,
// iframes with a window of their own, `postMessage` recorded (not delivered), animation
// frames run when the test says. Events are Node's own EventTarget and CustomEvent.

export interface Box {
	top: number;
	left: number;
	bottom: number;
	right: number;
}

/** A message a window was sent. */
export interface Posted {
	data: unknown;
	targetOrigin: string;
}

export class FakeWindow extends EventTarget {
	innerWidth = 390;
	innerHeight = 844;
	readonly posted: Posted[] = [];
	readonly frames: (() => void)[] = [];
	readonly document: FakeDocument;
	parent: FakeWindow = this;
	readonly location: { href: string };
	constructor(
		readonly origin = 'https://news.example.com',
		baseURI = `${origin}/article/`
	) {
		super();
		this.location = { href: baseURI };
		this.document = new FakeDocument(this, baseURI);
	}
	postMessage(data: unknown, targetOrigin: string) {
		// Structured clone, as a browser would: the receiver never shares the sender's objects.
		this.posted.push({ data: structuredClone(data), targetOrigin });
	}
	/** Only `position` (an element's `position` field): what the loader asks of its masthead. */
	getComputedStyle(element: FakeElement) {
		return { position: element.position };
	}
	requestAnimationFrame(callback: () => void) {
		this.frames.push(callback);
		return this.frames.length;
	}
	/** Runs the animation frames asked for so far; how many ran. */
	runFrames(): number {
		const due = this.frames.splice(0);
		for (const callback of due) callback();
		return due.length;
	}
	/** A message from `source` (a frame's window), as the browser delivers one. */
	receive(
		data: unknown,
		source: object | null,
		origin = (source as FakeWindow | null)?.origin ?? 'null'
	) {
		const event = new Event('message');
		Object.defineProperties(event, {
			data: { value: data },
			source: { value: source },
			origin: { value: origin }
		});
		this.dispatchEvent(event);
	}
}

export class FakeElement extends EventTarget {
	readonly attributes = new Map<string, string>();
	readonly children: FakeElement[] = [];
	readonly style: Record<string, string> = { cssText: '', height: '' };
	parentNode: FakeElement | null = null;
	box: Box = { top: 0, left: 0, bottom: 0, right: 0 };
	/** Its computed `position` (FakeWindow.getComputedStyle). */
	position = 'static';
	offsetWidth = 390;
	/** An iframe's window, once it has a src. */
	contentWindow: FakeWindow | null = null;
	#text = '';
	constructor(
		readonly ownerDocument: FakeDocument,
		readonly tagName: string
	) {
		super();
	}
	get id() {
		return this.getAttribute('id') ?? '';
	}
	get src() {
		return this.getAttribute('src') ?? '';
	}
	set src(value: string) {
		this.attributes.set('src', value);
		this.contentWindow = new FakeWindow(new URL(value).origin, value);
		this.contentWindow.parent = this.ownerDocument.defaultView;
	}
	get title() {
		return this.getAttribute('title') ?? '';
	}
	set title(value: string) {
		this.setAttribute('title', value);
	}
	get textContent(): string {
		return this.#text + this.children.map((child) => child.textContent).join('');
	}
	set textContent(value: string) {
		this.#text = value;
		for (const child of this.children.splice(0)) child.parentNode = null;
	}
	get parentElement(): FakeElement | null {
		return this.parentNode;
	}
	contains(other: FakeElement | null): boolean {
		for (let node = other; node; node = node.parentNode) if (node === this) return true;
		return false;
	}
	get firstChild(): FakeElement | null {
		return this.children[0] ?? null;
	}
	getAttribute(name: string) {
		return this.attributes.get(name) ?? null;
	}
	setAttribute(name: string, value: string) {
		if (name === 'src' && this.tagName === 'iframe') return void (this.src = value);
		this.attributes.set(name, String(value));
	}
	hasAttribute(name: string) {
		return this.attributes.has(name);
	}
	appendChild(child: FakeElement) {
		child.parentNode = this;
		this.children.push(child);
		return child;
	}
	removeChild(child: FakeElement) {
		this.children.splice(this.children.indexOf(child), 1);
		child.parentNode = null;
		return child;
	}
	getElementsByTagName(tag: string): FakeElement[] {
		return this.children.flatMap((child) => [
			...(child.tagName === tag ? [child] : []),
			...child.getElementsByTagName(tag)
		]);
	}
	getBoundingClientRect() {
		const { top, left, bottom, right } = this.box;
		return { top, left, bottom, right, width: right - left, height: bottom - top };
	}
}

export class FakeDocument extends EventTarget {
	readonly body: FakeElement;
	title = 'An article';
	constructor(
		readonly defaultView: FakeWindow,
		readonly baseURI: string
	) {
		super();
		this.body = new FakeElement(this, 'body');
	}
	createElement(tag: string) {
		return new FakeElement(this, tag.toLowerCase());
	}
	/** Every element with the attribute, in document order. */
	querySelectorAll(selector: string): FakeElement[] {
		const attribute = /^\[([\w-]+)\]$/.exec(selector)?.[1];
		if (!attribute) throw new Error(`the fake document knows no selector ${selector}`);
		const all = (element: FakeElement): FakeElement[] =>
			element.children.flatMap((child) => [child, ...all(child)]);
		return all(this.body).filter((element) => element.hasAttribute(attribute));
	}
	/** The elements whose box holds the point, the last in document order first (as if painted in order), then the body. */
	elementsFromPoint(x: number, y: number): FakeElement[] {
		const all = (element: FakeElement): FakeElement[] =>
			element.children.flatMap((child) => [child, ...all(child)]);
		const hit = ({ box }: FakeElement) =>
			box.top <= y && y < box.bottom && box.left <= x && x < box.right;
		return [...all(this.body).filter(hit).reverse(), this.body];
	}
	getElementById(id: string) {
		const all = (element: FakeElement): FakeElement[] =>
			element.children.flatMap((child) => [child, ...all(child)]);
		return all(this.body).find((element) => element.id === id) ?? null;
	}
}

/** A placeholder as the embed code writes it: a div holding a link to the story. */
export function placeholder(doc: FakeDocument, story: string, title = 'Road to Astana') {
	const holder = doc.createElement('div');
	holder.setAttribute('data-story-embed', story);
	const link = doc.createElement('a');
	link.setAttribute('href', story);
	link.textContent = title;
	holder.appendChild(link);
	doc.body.appendChild(holder);
	return holder;
}

/** Runs a script's text as a browser would, with `window` the fake. */
export function runScript(code: string, win: FakeWindow) {
	new Function('window', code)(win);
}
