// The navigator (src/lib/navigation/navigator.svelte.ts), driven on a fake page through the
// reader: date and chapter links, the URL following the reader, history, polite notes.
import { describe, expect, it } from 'vitest';
import { tour } from './stories';
import { pastTheLine, read, shortOfTheLine, span, tenWeeks as events } from './reader/reader';

const id = (i: number) => events[i]!.id;
const hashOf = (i: number) => `#${events[i]!.date}`;
/** A day between the third and fourth steps, with no event of its own. */
const between = new Date(Date.parse(events[2]!.date) + 3 * 864e5).toISOString().slice(0, 10);

describe('a date link', () => {
	it('opens its day’s step on load, without a note or a new history entry', async () => {
		const { reader, page } = await read(events, { span, url: `/${hashOf(4)}` });
		expect(reader.activeStep.id).toBe(id(4));
		expect(page.scrolls).toEqual([{ id: id(4), smooth: false }]);
		expect(reader.notice).toBeNull();
		expect(page.entries).toEqual([`/${hashOf(4)}`]);
	});

	it('to a day without an event opens the latest step before it, and says so', async () => {
		const { reader } = await read(events, { span, url: `/#${between}` });
		expect(reader.activeStep.id).toBe(id(2));
		expect(reader.notice).toMatch(/^No event on .+; showing .+\.$/);
	});

	it('is left alone on a reload, where the browser has put the reader back already', async () => {
		const { reader, page } = await read(events, { span, url: `/${hashOf(4)}`, reloaded: true });
		expect(page.scrolls).toEqual([]);
		expect(reader.activeStep.id).toBe(id(0));
	});

	it('is left alone when the reader scrolled before the scripts came', async () => {
		const { page } = await read(events, { span, url: `/${hashOf(4)}`, moved: true });
		expect(page.scrolls).toEqual([]);
	});

	it('that is malformed is ignored, with a note that stays until the reader moves on', async () => {
		const { reader, page } = await read(events, { span, url: '/#2017-02-31' });
		expect(page.scrolls).toEqual([]);
		expect(reader.notice).toBeTruthy();
		page.scrollTo(shortOfTheLine(page, id(0)));
		expect(reader.notice).toBeTruthy();
		page.scrollTo(pastTheLine(page, id(1)));
		expect(reader.notice).toBeNull();
	});
});

describe('the URL', () => {
	it('follows the scroll by replacing its fragment: scrolling adds no history', async () => {
		const { page } = await read(events, { span });
		page.scrollTo(pastTheLine(page, id(3)));
		expect(page.location.hash).toBe(hashOf(3));
		page.scrollTo(pastTheLine(page, id(6)));
		expect(page.entries).toEqual([hashOf(6)]);
		page.scrollTo(0);
		expect(page.entries).toEqual(['/']);
	});

	it('gets one entry for a deliberate jump, and Back returns to the step the reader left', async () => {
		const { reader, page } = await read(events, { span });
		page.scrollTo(pastTheLine(page, id(2)));
		reader.jumpToDate(events[7]!.date);
		expect(page.entries).toEqual([hashOf(2), hashOf(7)]);
		// The jump is still on its way when the reader presses Back: it is dropped at once,
		// and the location is read a frame later (the router restores the scroll between).
		page.go(-1);
		expect(reader.position.jumping).toBe(false);
		page.scrollTo(pastTheLine(page, id(2)));
		page.frame();
		expect(reader.activeStep.id).toBe(id(2));
		expect(page.entries).toEqual([hashOf(2), hashOf(7)]);
		expect(page.at).toBe(0);
	});
});

describe('a page framed in a host’s article', () => {
	it('adds nothing to the host’s history: a deliberate jump replaces the URL', async () => {
		const { reader, page } = await read(events, { span, framed: true });
		reader.jumpToDate(events[7]!.date);
		expect(page.entries).toEqual([hashOf(7)]);
		expect(reader.activeStep.id).toBe(id(7));
	});

	it('reads its steps against the host’s window as the host scrolls it', async () => {
		const { reader, page, screenMoved } = await read(events, { span, framed: true });
		// The frame does not scroll: the host's window moves down it, the line with it.
		page.hostScreen = { top: pastTheLine(page, id(3)), height: page.height };
		screenMoved();
		page.frame();
		expect(page.scrollY).toBe(0);
		expect(reader.activeStep.id).toBe(id(3));
		expect(page.location.hash).toBe(hashOf(3));
		page.hostScreen = { top: shortOfTheLine(page, id(3)), height: page.height };
		screenMoved();
		page.frame();
		expect(reader.activeStep.id).toBe(id(2));
	});

	it('tells its host each step read once, the last as the end, and each jump with how it came', async () => {
		const { reader, page } = await read(events, { span, framed: true });
		const heard: string[] = [];
		reader.listen({
			step: (_, index, last) => heard.push(`step ${index}${last ? ' (end)' : ''}`),
			jump: (_, index, how) => heard.push(`jump ${index} ${how}`)
		});
		page.scrollTo(pastTheLine(page, id(2)));
		reader.jumpToDate(events[9]!.date);
		await page.settle();
		reader.goTo(hashOf(4));
		await page.settle();
		expect(heard).toEqual(['step 2', 'step 9 (end)', 'jump 9 timeline', 'step 4', 'jump 4 host']);
		expect(page.entries).toEqual([hashOf(4)]);
	});
});

describe('a tour’s chapter link', () => {
	const chapters = tour.events;

	it('opens its chapter, and the URL names the chapter being read', async () => {
		const { reader, page } = await read(chapters, { url: `/#${chapters[2]!.id}` });
		expect(reader.activeStep.id).toBe(chapters[2]!.id);
		reader.jumpToChapter(3);
		expect(page.location.hash).toBe(`#${chapters[3]!.id}`);
		expect(page.entries).toHaveLength(2);
	});

	it('to no chapter of the tour is explained', async () => {
		const { reader, page } = await read(chapters, { url: '/#no-such-chapter' });
		expect(page.scrolls).toEqual([]);
		expect(reader.notice).toBeTruthy();
	});
});
