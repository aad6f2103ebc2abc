// What a TimelineJS story brings, in the browser: dates at a year's, a month's or a day's
// precision, times of day, spans with an end, the date field over centuries, and text with
// links, emphasis and lists (hostile markup kept as words). Run against each imported story
// (playwright.fixture.config.ts); expectations are read from its file.
import type { Page } from '@playwright/test';
import { formatDate, formatTime, lastDayOf } from '../../src/lib/story/dates';
import { parseRichText, type Inline } from '../../src/lib/text/rich-text';
import { editionInfo } from '../../tools/editions.js';
import { clickFirstPart, field, notice } from '../date-field';
import { expectReading, scrollToStep } from '../fixtures';
import { datedTest as test, expect } from '../contract/story';

const locale = editionInfo('en').locale;
const stepOf = (page: Page, id: string) => page.locator(`[id="${id}"]`);
const dateline = (page: Page, id: string) => stepOf(page, id).locator('.dateline');
const dayAfter = (iso: string, days = 1) =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The addresses a paragraph links to, as the story file writes them. */
function linksIn(text: string): string[] {
	const links: string[] = [];
	const walk = (nodes: Inline[]) =>
		nodes.forEach((node) => {
			if (node.kind === 'link') links.push(node.href);
			if (node.kind !== 'text') walk(node.content);
		});
	for (const block of parseRichText(text))
		(block.kind === 'paragraph' ? [block.content] : block.items).forEach(walk);
	return links;
}

test.describe('TimelineJS dates', () => {
	test('a year alone reads as the year, a month as its month, a time beside its day', async ({
		watched: page,
		story
	}) => {
		await page.goto('/');
		const single = story.events.filter((e) => !e.end);
		const years = single.filter((e) => e.precision === 'year');
		const months = single.filter((e) => e.precision === 'month');
		const timed = story.events.filter((e) => e.time);
		// Each story has one of each (its file is made so).
		expect([years.length, months.length, timed.length].every((n) => n > 0)).toBe(true);
		for (const event of years) {
			// "1843", "755": the year alone, without a day or month that was never given.
			await expect(dateline(page, event.id)).toHaveText(String(Number(event.date.slice(0, 4))));
			await expect(dateline(page, event.id).locator('time')).toHaveAttribute(
				'datetime',
				event.date.slice(0, 4)
			);
		}
		expect(years.map((e) => e.date.slice(0, 4))).toContain('1843');
		await expect(dateline(page, years.find((e) => e.date.startsWith('1843'))!.id)).toHaveText(
			'1843'
		);
		for (const event of months)
			await expect(dateline(page, event.id)).toHaveText(formatDate(event.date, 'month', locale));
		for (const event of timed) {
			const day = formatDate(event.date, 'day', locale);
			await expect(dateline(page, event.id)).toHaveText(
				`${day}, ${formatTime(event.time!, locale)}`
			);
			await expect(dateline(page, event.id).locator('time')).toHaveAttribute(
				'datetime',
				`${event.date}T${event.time}`
			);
		}
	});

	test('a span reads from its start to its end, and a date inside it lands on it', async ({
		watched: page,
		story
	}) => {
		const span = story.events.find((e) => e.end && e.precision === 'day')!;
		const [start, end] = [span.date, span.end!.date];
		await page.goto('/');
		await expect(dateline(page, span.id)).toHaveText(
			`${formatDate(start, 'day', locale)} – ${formatDate(end, span.end!.precision, locale)}`
		);
		await expect(dateline(page, span.id)).toHaveText('10 December 1815 – 27 November 1852');
		// A date link into the span: no event that day, yet it lands without a note.
		const inside = dayAfter(start, 400);
		expect(inside < lastDayOf(end, span.end!.precision)).toBe(true);
		expect(story.events.some((e) => e.date === inside)).toBe(false);
		await page.goto(`/#${inside}`);
		await expectReading(page, stepOf(page, span.id), story.places.length > 0);
		await expect(notice(page)).toHaveText('');
		// Typed into the date field from the story's end, another day inside it lands there too.
		const typed = dayAfter(start, 800);
		expect(story.events.some((e) => e.date === typed)).toBe(false);
		await scrollToStep(stepOf(page, story.events.at(-1)!.id));
		await expect(stepOf(page, span.id)).not.toHaveAttribute('aria-current', 'step');
		await clickFirstPart(page);
		const [year, month, day] = typed.split('-');
		await page.keyboard.type(`${month}${day}${year}`);
		await page.keyboard.press('Enter');
		await expectReading(page, stepOf(page, span.id), story.places.length > 0);
		await expect(notice(page)).toHaveText('');
	});

	test('the date field runs over the span’s years, before 1000 too, and lands a typed date', async ({
		watched: page,
		story
	}) => {
		const { start, end } = story.meta.span;
		await page.goto('/');
		await expect(field(page)).toHaveAttribute('min', start);
		await expect(field(page)).toHaveAttribute('max', end);
		// A day in a month-precision event's month, after its 1st, and in no event's span:
		// the latest event before it, with a note.
		const inSpan = (date: string) =>
			story.events.some(
				(e) => e.end && e.date <= date && lastDayOf(e.end.date, e.end.precision) >= date
			);
		const month = story.events.find(
			(e) => e.precision === 'month' && !inSpan(`${e.date.slice(0, 8)}20`)
		)!;
		const asked = `${month.date.slice(0, 8)}20`;
		const [year, mm, dd] = asked.split('-');
		await scrollToStep(stepOf(page, story.events.at(-1)!.id));
		await clickFirstPart(page);
		await page.keyboard.type(`${mm}${dd}${year}`);
		await expect(field(page)).toHaveValue(asked);
		await page.keyboard.press('Enter');
		await expectReading(page, stepOf(page, month.id), story.places.length > 0);
		await expect(page).toHaveURL(new RegExp(`#${month.date}$`));
		await expect(notice(page)).toHaveText(
			`No event on ${formatDate(asked, 'day', locale)}; showing ${formatDate(month.date, 'month', locale)}.`
		);
	});
});

test.describe('text as TimelineJS writes it', () => {
	test('links are real links, emphasis and lists are kept, hostile markup stays words', async ({
		watched: page,
		story
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto('/');
		// The introduction's words sit in the block the server writes them into (server-parts.ts).
		const introText = page.locator('.intro [data-server-part="intro-text"]');
		const paragraphs = [
			...story.meta.intro.map((p) => ({ where: introText, text: p.text })),
			...story.events.flatMap((e) =>
				e.body.map((p) => ({ where: stepOf(page, e.id), text: p.text }))
			)
		];
		const linked = paragraphs.flatMap(({ where, text }) =>
			linksIn(text).map((href) => ({ where, href }))
		);
		expect(linked.length).toBeGreaterThan(1);
		for (const { where, href } of linked) {
			const link = where.locator(`a[href="${href}"]`);
			await expect(link).toHaveCount(1);
			await expect(link).toHaveAttribute('rel', 'external noopener');
		}
		// No other link in the text (the sources' line and the key aside).
		const inText =
			':is(.intro [data-server-part="intro-text"], .step) > :is(p:not(.sources), ul, ol) a[href]';
		await expect(page.locator(inText)).toHaveCount(linked.length);
		await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
		// Emphasis and lists, as elements.
		await expect(
			page.locator('.intro em, .intro strong, .intro i, .intro b').first()
		).toBeVisible();
		const listed = paragraphs.filter(({ text }) =>
			parseRichText(text).some((b) => b.kind === 'list')
		);
		expect(listed.length).toBeGreaterThan(0);
		for (const { where, text } of listed) {
			const items = parseRichText(text).flatMap((b) => (b.kind === 'list' ? b.items : []));
			await expect(where.locator(':scope > :is(ul, ol) > li')).toHaveCount(items.length);
		}
		// Markup in the text is words on the page, never run.
		await expect(page.getByText('<script>alert(2)</script>', { exact: false })).toBeVisible();
		expect(dialogs).toEqual([]);
	});
});
