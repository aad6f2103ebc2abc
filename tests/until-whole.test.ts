// A long story's later events come in after the page starts (src/lib/story/later-events.ts),
// and until the story is whole a jump waits, so that it lands on its step, later or not.
import { describe, expect, it } from 'vitest';
import { UntilWhole } from '$lib/story/later-events';
import { pastTheLine, read, span, tenWeeks as events } from './reader/reader';

describe('what waits until the story is whole', () => {
	it('runs once it is: the page’s own location first, then the latest jump alone', () => {
		const ran: string[] = [];
		const gate = new UntilWhole(false);
		gate.run('jump', () => ran.push('an older jump'));
		gate.run('jump', () => ran.push('the latest jump'));
		gate.run('load', () => ran.push('the location'));
		expect(ran).toEqual([]);
		gate.done();
		expect(ran).toEqual(['the location', 'the latest jump']);
		gate.run('jump', () => ran.push('a jump once whole'));
		expect(ran.at(-1)).toBe('a jump once whole');
	});
});

describe('a long story’s later events', () => {
	it('wait for the reader’s first act; a jump to one of them waits with them, and then lands', async () => {
		const { reader, page } = await read(events, { span, head: 4 });
		expect(reader.whole).toBe(false);
		expect(reader.events).toHaveLength(4);
		reader.jumpToDate(events[8]!.date);
		await page.settle();
		expect(reader.later).toEqual([]);
		expect(page.scrolls).toEqual([]);
		page.act();
		await page.settle();
		expect(reader.whole).toBe(true);
		expect(reader.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
		expect(page.scrolls).toEqual([{ id: events[8]!.id, smooth: true }]);
		expect(reader.activeStep.id).toBe(events[8]!.id);
	});

	it('come at once for a date link, which lands on its later step once they are in', async () => {
		const { reader, page } = await read(events, {
			span,
			head: 4,
			url: `/#${events[9]!.date}`
		});
		expect(reader.whole).toBe(true);
		expect(reader.activeStep.id).toBe(events[9]!.id);
		expect(page.scrolls).toEqual([{ id: events[9]!.id, smooth: false }]);
	});

	it('are watched once in: a reader at the last first step scrolls on into them', async () => {
		const { reader, page } = await read(events, { span, head: 4 });
		page.scrollTo(pastTheLine(page, events[3]!.id));
		expect(reader.activeStep.id).toBe(events[3]!.id);
		page.act();
		await page.settle();
		page.scrollTo(pastTheLine(page, events[4]!.id));
		expect(reader.activeStep.id).toBe(events[4]!.id);
	});

	it('are not fetched by a page that starts with every event', async () => {
		const { reader, page } = await read(events, { span });
		page.act();
		await page.settle();
		expect(reader.later).toEqual([]);
		expect(reader.whole).toBe(true);
	});
});

describe('the offline copy', () => {
	it('is kept at the reader’s first act in a story without a map, and left to the map in one with', async () => {
		const timeline = await read(events, { span, hasMap: false });
		expect(timeline.page.offlineCopies).toBe(0);
		timeline.page.act();
		expect(timeline.page.offlineCopies).toBe(1);
		const mapped = await read(events, { span });
		mapped.page.act();
		expect(mapped.page.offlineCopies).toBe(0);
	});
});

describe('the reader, stopped', () => {
	it('leaves nothing marked, watched or waiting', async () => {
		const { reader, page, stop } = await read(events, { span, head: 4 });
		expect(page.current).toEqual([events[0]!.id]);
		stop();
		expect(page.current).toEqual([]);
		expect(page.watch!.watched.size).toBe(0);
		page.act();
		await page.settle();
		expect(reader.later).toEqual([]);
	});
});
