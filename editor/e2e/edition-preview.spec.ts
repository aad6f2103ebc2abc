// The preview beside the translations: the edition's own page (Arabic, right to left;
// Russian), on the step being edited, taking each translation as it is typed. Driven from
// the keyboard; the edits are undone at the end, so the story's files are as they were for
// the specs after this one.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { STORY_FILE } from './story';

test.describe.configure({ mode: 'serial' });

let page: Page;
const saved = () => expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
const editionOnDisk = (code: string) =>
	JSON.parse(readFileSync(STORY_FILE.replace('.json', `.${code}.json`), 'utf8'));
/** The dev server's first page, on this shared machine, can take minutes. */
const FIRST_LOAD = { timeout: 240_000 };

test.beforeAll(async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	page = await context.newPage();
	await page.goto('/');
});
test.afterAll(() => page.context().close());

/** Types `text` at the end of the field labelled `label`, and says how long the preview took to show it. */
async function typeAndTime(label: string, text: string, shown: () => Promise<void>) {
	await page.getByLabel(label, { exact: true }).focus();
	await page.keyboard.press('End');
	await page.keyboard.type(text.slice(0, -1));
	const before = Date.now();
	await page.keyboard.type(text.slice(-1));
	await shown();
	const ms = Date.now() - before;
	test
		.info()
		.annotations.push({ type: `${label}: keystroke to preview (ms)`, description: `${ms}` });
	console.log(`${label}: the last keystroke to the preview showing it, ${ms} ms`);
}

test('the Arabic page, right to left, on the step being edited, taking a translation as it is typed', async () => {
	// The step, picked from the keyboard in the list (one tab stop, the arrow keys).
	const list = page.getByRole('list', { name: 'Steps' });
	await list.getByRole('button').first().focus();
	await page.keyboard.press('ArrowDown');
	await expect(
		list.getByRole('button', { name: /The army declares Aleppo retaken/ })
	).toBeFocused();
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: 'Translations' }).focus();
	await page.keyboard.press('Enter');

	const preview = page.getByRole('region', { name: 'Preview in Arabic' });
	await expect(preview).toBeVisible();
	const frame = preview.frameLocator('iframe[title="The Arabic page, at the step being edited"]');
	await expect(frame.locator('html')).toHaveAttribute('lang', 'ar', FIRST_LOAD);
	await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
	const step = frame.locator('[id="aleppo-retaken"]');
	await expect(step).toHaveAttribute('aria-current', 'step', FIRST_LOAD);
	await expect(step.locator('h2')).toHaveText('الجيش يعلن استعادة حلب');

	// The edition is complete: "Everything" lists the step's texts to retype.
	await page.getByLabel('Show').focus();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel('Show')).toHaveValue('all');
	await typeAndTime('Title in Arabic', ' (تحديث)', () =>
		expect(step.locator('h2')).toHaveText('الجيش يعلن استعادة حلب (تحديث)')
	);
	await saved();
	expect(editionOnDisk('ar').events['aleppo-retaken'].title).toBe('الجيش يعلن استعادة حلب (تحديث)');
	// Taken in place: the step is still the current one.
	await expect(step).toHaveAttribute('aria-current', 'step');
});

test('the Russian page, left to right, when the translator turns to Russian', async () => {
	await page.getByRole('button', { name: /^Russian/ }).focus();
	await page.keyboard.press('Enter');
	const preview = page.getByRole('region', { name: 'Preview in Russian' });
	await expect(preview).toBeVisible();
	const frame = preview.frameLocator('iframe[title="The Russian page, at the step being edited"]');
	await expect(frame.locator('html')).toHaveAttribute('lang', 'ru', FIRST_LOAD);
	await expect(frame.locator('html')).toHaveAttribute('dir', 'ltr');
	const step = frame.locator('[id="aleppo-retaken"]');
	await expect(step).toHaveAttribute('aria-current', 'step', FIRST_LOAD);
	await expect(step.locator('h2')).toHaveText('Армия объявила, что Алеппо отбит');

	await typeAndTime('Title in Russian', ' (обновлено)', () =>
		expect(step.locator('h2')).toHaveText('Армия объявила, что Алеппо отбит (обновлено)')
	);
	await saved();
	expect(editionOnDisk('ru').events['aleppo-retaken'].title).toBe(
		'Армия объявила, что Алеппо отбит (обновлено)'
	);
});

test('a text not translated yet shows in English, and the preview says so', async () => {
	const title = page.getByLabel('Title in Russian', { exact: true });
	await title.focus();
	await page.keyboard.press('Control+a');
	await page.keyboard.press('Delete');
	const preview = page.getByRole('region', { name: 'Preview in Russian' });
	await expect(preview.getByText('1 text not translated yet shows in English.')).toBeVisible();
	const step = preview
		.frameLocator('iframe[title="The Russian page, at the step being edited"]')
		.locator('[id="aleppo-retaken"]');
	await expect(step.locator('h2')).toHaveText('The army declares Aleppo retaken');
	await saved();
	// The edition file says it is missing; only the preview's copy has the English.
	expect(editionOnDisk('ru').events['aleppo-retaken'].title).toBeUndefined();
});

test('has no accessibility violations beside the edition', async () => {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		// The preview is the reader's page, audited by its own tests.
		.exclude('iframe')
		.analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('undone: the editions are as they were', async () => {
	const original = (code: string) =>
		JSON.parse(
			readFileSync(new URL(`../../stories/road-to-astana.${code}.json`, import.meta.url), 'utf8')
		);
	const before = { ar: original('ar'), ru: original('ru') };
	const undo = page.getByRole('button', { name: 'Undo' });
	while (await undo.isEnabled()) {
		await undo.focus();
		await page.keyboard.press('Enter');
	}
	await saved();
	expect(editionOnDisk('ar')).toEqual(before.ar);
	expect(editionOnDisk('ru')).toEqual(before.ru);
});
