// The reader's position (src/lib/reader/position.svelte.ts), driven on a fake page: the
// step being read follows the scroll, a jump holds it on its target, the reader takes over.
import { describe, expect, it } from 'vitest';
import { JUMP_HOLD_MS } from '$lib/reader/position.svelte';
import { pastTheLine, read, shortOfTheLine, span, tenWeeks as events } from './reader/reader';

const id = (i: number) => events[i]!.id;

describe('the step being read', () => {
	it('is the first, unmarked, until the page is live; then the last past the reading line', async () => {
		const { reader, page } = await read(events, { span });
		expect(reader.position.crossed).toBe(-1);
		expect(reader.activeStep.id).toBe(id(0));
		expect(page.current).toEqual([id(0)]);
		page.scrollTo(pastTheLine(page, id(2)));
		expect(reader.position.crossed).toBe(2);
		expect(reader.activeStep.id).toBe(id(2));
		expect(page.current).toEqual([id(2)]);
		// Still on it with the line in the gap before the next.
		page.scrollTo(shortOfTheLine(page, id(3)));
		expect(reader.activeStep.id).toBe(id(2));
	});

	it('is watched two steps at a time, however far the reader goes', async () => {
		const { page } = await read(events, { span });
		for (let i = 0; i < events.length; i++) page.scrollTo(pastTheLine(page, id(i)));
		page.scrollTo(0);
		expect([...page.watch!.watched].map((e) => e.id)).toEqual([id(0)]);
		page.scrollTo(pastTheLine(page, id(events.length - 1)));
		expect([...page.watch!.watched].map((e) => e.id)).toEqual([id(events.length - 1)]);
		// Each step watched as it comes near: a few watches a step, not all of them every time.
		expect(page.watchCalls).toBeLessThanOrEqual(2 * events.length + 4);
	});
});

describe('the reading line', () => {
	it('is where the layout puts it: in the text below a stacked map, a little below the middle beside one', async () => {
		const { reader, page } = await read(events, { span });
		// The top of step 3 at 460 px of 800: short of the line beside the map (440 px)...
		page.scrollTo(page.elements.get(id(3))!.top - 460);
		expect(reader.activeStep.id).toBe(id(2));
		// ...past it once the layout stacks the map above the text (its bottom at 320 px: the
		// line a third of the way down the 480 px of text below it, 478 px), with no new width.
		page.mapStacked = true;
		page.resize(page.width);
		page.frame();
		expect(reader.activeStep.id).toBe(id(3));
	});
});

describe('a jump', () => {
	it('holds the map on its target while the scroll passes other steps, then lets the scroll lead', async () => {
		const { reader, page } = await read(events, { span });
		reader.jumpToDate(events[5]!.date);
		expect(reader.position.index).toBe(5);
		expect(page.scrolls.at(-1)).toEqual({ id: id(5), smooth: true });
		// The smooth scroll is still on its way: the steps it passes do not take over.
		page.scrollTo(pastTheLine(page, id(3)));
		expect(reader.activeStep.id).toBe(id(5));
		expect(page.current).toEqual([id(5)]);
		// It ends short of the step: finished at once, then, two frames on, handed back.
		page.endScroll();
		expect(page.scrollY).toBe(page.landingOf(id(5)));
		page.frame();
		page.frame();
		expect(reader.position.jumping).toBe(false);
		expect(reader.position.crossed).toBe(5);
	});

	it('gives way at once to the reader’s own wheel, touch or keys', async () => {
		const { reader, page } = await read(events, { span });
		reader.jumpToDate(events[6]!.date);
		page.wheelTo(pastTheLine(page, id(2)));
		expect(reader.position.jumping).toBe(false);
		expect(reader.activeStep.id).toBe(id(2));
	});

	it('ends after a while even if its scroll never says so', async () => {
		const { reader, page } = await read(events, { span });
		reader.jumpToDate(events[4]!.date);
		page.advance(JUMP_HOLD_MS - 1);
		expect(reader.position.jumping).toBe(true);
		page.advance(1);
		page.frame();
		page.frame();
		expect(reader.position.jumping).toBe(false);
		expect(reader.activeStep.id).toBe(id(4));
	});

	it('scrolls at once for a reader who prefers reduced motion', async () => {
		const { reader, page } = await read(events, { span });
		page.reducedMotion = true;
		reader.jumpToDate(events[3]!.date);
		expect(page.scrolls.at(-1)).toEqual({ id: id(3), smooth: false });
	});
});

describe('a turn of the phone', () => {
	it('brings the step being read back to the reading line; a taller or shorter screen alone does not', async () => {
		const { reader, page } = await read(events, { span });
		page.scrollTo(pastTheLine(page, id(3)));
		const scrolls = page.scrolls.length;
		page.resize(1280, 700);
		expect(page.scrolls).toHaveLength(scrolls);
		page.resize(390, 844);
		expect(page.scrolls.at(-1)).toEqual({ id: id(3), smooth: false });
		expect(reader.activeStep.id).toBe(id(3));
	});
});
