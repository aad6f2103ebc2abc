// A reporter's session in the editor, with the keyboard and the mouse, on a copy of the
// built-in story: a dated step with a paragraph and a place clicked on the map, moved,
// translated (into Russian and Arabic), its date broken and fixed, undone and redone; then
// the story the editor wrote builds, and the page shows the step. The accessible names used here are the
// editor's contract (docs/editor.md).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { BUILD_DIR, SITE_PORT, STORY_FILE } from './story';

test.describe.configure({ mode: 'serial' });

const onDisk = () => JSON.parse(readFileSync(STORY_FILE, 'utf8'));
const MANBIJ = { lon: 37.95495, lat: 36.52815 };
const JARABULUS = { lon: 38.01102, lat: 36.81752 };

/** Where a point is on the editor's map, from the view it reports (Web Mercator, level, north up). */
async function pixelOf(page: Page, { lon, lat }: { lon: number; lat: number }) {
	const canvas = page.locator('.place-map .canvas');
	await expect(canvas).toHaveAttribute('data-view', /\d/);
	const [cLon, cLat, zoom] = (await canvas.getAttribute('data-view'))!.split(' ').map(Number);
	const box = (await canvas.boundingBox())!;
	const size = 512 * 2 ** zoom!;
	const x = (l: number) => ((l + 180) / 360) * size;
	const y = (l: number) =>
		((1 - Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / Math.PI) / 2) * size;
	return {
		x: box.x + box.width / 2 + x(lon) - x(cLon!),
		y: box.y + box.height / 2 + y(lat) - y(cLat!)
	};
}

let page: Page;
const steps = () => page.getByRole('list', { name: 'Steps' }).getByRole('listitem');
const saved = () => expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

test.beforeAll(async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	page = await context.newPage();
	await page.goto('/');
});
test.afterAll(() => page.context().close());

test('a new dated step, with a paragraph, a source and a place clicked on the map', async () => {
	await steps().filter({ hasText: 'The army declares Aleppo retaken' }).getByRole('button').click();
	await expect(page.locator('.place-map .canvas')).toHaveAttribute('data-view', /6\.500/);
	await page.getByRole('button', { name: 'Add step' }).click();
	await expect(steps()).toHaveCount(10);
	await page.getByLabel('Title').click();
	await page.keyboard.type('Talks open in Manbij');
	await page.getByRole('button', { name: 'Add paragraph' }).click();
	await page.getByLabel('Paragraph 1', { exact: true }).click();
	await page.keyboard.type('Local leaders met in Manbij, *RBTH* reported.');
	// The Markdown as the reader will see it.
	await expect(
		page.getByRole('group', { name: 'Paragraph 1 as the reader sees it' }).locator('em')
	).toHaveText('RBTH');
	await page.getByLabel('Add a source').selectOption('article');

	const map = page.getByRole('region', { name: 'Place map' });
	await map.getByRole('button', { name: 'Add a place' }).click();
	const at = await pixelOf(page, MANBIJ);
	await page.mouse.click(at.x, at.y);
	await expect(page.getByLabel('Place name')).toHaveValue('Manbij');
	await expect(page.getByText('GeoNames: Manbij (SY)')).toBeVisible();
	await saved();
	const step = onDisk().events.find((e: { title: string }) => e.title === 'Talks open in Manbij');
	expect(step).toMatchObject({
		id: 'talks-open-in-manbij',
		date: '2016-12-22',
		places: ['manbij']
	});
	expect(onDisk().places.find((p: { id: string }) => p.id === 'manbij')).toMatchObject({
		lon: MANBIJ.lon,
		lat: MANBIJ.lat,
		geonames: { name: 'Manbij', country: 'SY' }
	});
});

test('the map: a marker dragged to another town, and moved from the keyboard, undone; the view kept as the camera', async () => {
	const marker = page.locator('.place-marker');
	const from = (await marker.boundingBox())!;
	const to = await pixelOf(page, JARABULUS);
	await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
	await page.mouse.down();
	await page.mouse.move(to.x, to.y, { steps: 8 });
	await page.mouse.up();
	await expect(page.getByLabel('Place name')).toHaveValue('Jarābulus');
	await page.keyboard.press('Control+z');
	await expect(page.getByLabel('Place name')).toHaveValue('Manbij');

	// From the keyboard: a step north, to the town nearest there, said aloud; undone.
	const map = page.getByRole('region', { name: 'Place map' });
	await map
		.getByRole('group', { name: 'Move place: Manbij' })
		.getByRole('button', { name: 'North' })
		.focus();
	await page.keyboard.press('ArrowUp');
	const said = map.getByText(/^Manbij moved north to (.+) \(.+\), \d+\.\d\d° N, \d+\.\d\d° E\.$/);
	await expect(said).toBeVisible();
	const town = (await said.textContent())!.match(/north to (.+?) \(/)![1]!;
	await expect(page.getByLabel('Place name')).toHaveValue(town);
	await saved();
	const moved = onDisk().places.find((p: { id: string }) => p.id === 'manbij');
	expect(moved.lat).toBeGreaterThan(MANBIJ.lat);
	expect(moved.geonames.name).toBe(town);
	await page.keyboard.press('Control+z');
	await expect(page.getByLabel('Place name')).toHaveValue('Manbij');

	await page.getByRole('button', { name: 'Use this view' }).click();
	const [lon, lat, zoom] = (await page.locator('.place-map .canvas').getAttribute('data-view'))!
		.split(' ')
		.map(Number);
	await expect(page.getByRole('textbox', { name: 'Zoom', exact: true })).toHaveValue(
		String(Number(zoom!.toFixed(2)))
	);
	await saved();
	const camera = onDisk().events.find(
		(e: { id: string }) => e.id === 'talks-open-in-manbij'
	).camera;
	expect(camera.center[0]).toBeCloseTo(lon!, 3);
	expect(camera.center[1]).toBeCloseTo(lat!, 3);
});

test('moved: by the keyboard within its day, and by its date', async () => {
	const titles = () => steps().locator('.title').allTextContents();
	await page.getByRole('button', { name: 'Move up' }).click();
	expect((await titles()).slice(1, 3)).toEqual([
		'Talks open in Manbij',
		'The army declares Aleppo retaken'
	]);
	// The step before is of another day: the order is the dates'.
	await page.getByRole('button', { name: 'Move up' }).click();
	await expect(page.getByText(/Steps are kept in date order/)).toBeVisible();
	await page.getByLabel('Date', { exact: true }).click();
	await page.keyboard.press('Control+a');
	await page.keyboard.type('2017-01-10');
	await expect(page.getByText(/moved in the list by its date/)).toBeVisible();
	expect((await titles()).indexOf('Talks open in Manbij')).toBe(5);
	await saved();
	expect(onDisk().events[5]).toMatchObject({ id: 'talks-open-in-manbij', date: '2017-01-10' });
});

test('a broken date is shown, kept out of the file in a draft, and fixed; undo and redo', async () => {
	const date = page.getByLabel('Date', { exact: true });
	await date.click();
	await page.keyboard.press('Control+a');
	await page.keyboard.type('2017-13-45');
	await expect(date).toHaveAttribute('aria-invalid', 'true');
	await expect(date).toHaveAccessibleDescription(/"2017-13-45" is not a YYYY-MM-DD day/);
	await expect(page.getByRole('alert')).toHaveText(/Date: "2017-13-45" is not a YYYY-MM-DD day/);
	await expect(page.getByRole('status').filter({ hasText: /1 step has problems/ })).toBeVisible();
	// The file keeps the step's last good version; the draft beside it keeps the reporter's.
	expect(onDisk().events[5].date).toBe('2017-01-10');
	const draft = JSON.parse(readFileSync(`${STORY_FILE}.draft`, 'utf8'));
	expect(draft.work.story.events[5].date).toBe('2017-13-45');

	await page.keyboard.press('Control+a');
	await page.keyboard.type('2017-01-11');
	await expect(date).not.toHaveAttribute('aria-invalid', 'true');
	await saved();
	expect(existsSync(`${STORY_FILE}.draft`)).toBe(false);
	expect(onDisk().events[5].date).toBe('2017-01-11');

	// Undo takes the fix back (the broken date, to the draft again); redo brings it.
	await page.keyboard.press('Control+z');
	await expect(date).toHaveValue('2017-13-45');
	await page.getByRole('button', { name: 'Redo' }).click();
	await expect(date).toHaveValue('2017-01-11');
	await saved();
});

test('a step deleted, and brought back', async () => {
	await steps().filter({ hasText: 'A ceasefire takes effect' }).getByRole('button').click();
	await page.getByRole('button', { name: 'Delete step' }).click();
	await expect(steps().filter({ hasText: 'A ceasefire takes effect' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(steps().filter({ hasText: 'A ceasefire takes effect' })).toHaveCount(1);
	await saved();
	await steps().filter({ hasText: 'Talks open in Manbij' }).getByRole('button').click();
});

test('translated into Russian and Arabic: the step and its new place', async () => {
	await page.getByRole('button', { name: 'Translations' }).click();
	await page.getByRole('button', { name: /^Russian/ }).click();
	await expect(
		page.getByRole('status').filter({ hasText: /Russian: \d+ translated, 4 missing/ })
	).toBeVisible();
	for (const [label, text] of [
		['Title in Russian', 'В Манбидже начались переговоры'],
		['Paragraph 1 in Russian', 'Местные лидеры встретились в Манбидже, сообщило *RBTH*.'],
		['Name in Russian', 'Манбидж'],
		['Region in Russian', 'провинция Алеппо, Сирия']
	] as const) {
		await page.getByLabel(label).click();
		await page.keyboard.type(text);
	}
	await expect(page.getByRole('status').filter({ hasText: /0 missing, 0 stale/ })).toBeVisible();
	await saved();
	const ru = JSON.parse(readFileSync(STORY_FILE.replace('.json', '.ru.json'), 'utf8'));
	expect(ru.events['talks-open-in-manbij'].title).toBe('В Манбидже начались переговоры');
	expect(ru.places.manbij.name).toBe('Манбидж');
	// (The fixture's own step, translated for the test: every edition is checked by the build.)
	await page.getByRole('button', { name: /^Arabic/ }).click();
	for (const [label, text] of [
		['Title in Arabic', 'بدأت المحادثات في منبج'],
		['Paragraph 1 in Arabic', 'التقى قادة محليون في منبج، حسبما أفادت *RBTH*.'],
		['Name in Arabic', 'منبج'],
		['Region in Arabic', 'محافظة حلب، سوريا']
	] as const) {
		await page.getByLabel(label).click();
		await page.keyboard.type(text);
	}
	await expect(
		page.getByRole('status').filter({ hasText: /Arabic: \d+ translated, 0 missing, 0 stale/ })
	).toBeVisible();
	await saved();

	// The English changes: the translation is stale until it is checked.
	await page.getByRole('button', { name: 'Steps and map' }).click();
	await page.getByLabel('Paragraph 1', { exact: true }).click();
	await page.keyboard.press('Control+End');
	await page.keyboard.type(' They met for a day.');
	await page.getByRole('button', { name: 'Translations' }).click();
	await expect(page.getByText('The English has changed since this was translated.')).toBeVisible();
	await page.getByRole('button', { name: 'Still correct' }).click();
	await expect(page.getByRole('status').filter({ hasText: /0 missing, 0 stale/ })).toBeVisible();
	await page.getByRole('button', { name: 'Steps and map' }).click();
	await saved();
});

test('the preview shows the step as the reader will, and takes new words in place', async () => {
	const preview = page.frameLocator(
		'iframe[title^="The reader’s page"], iframe[title^="The reader\'s page"]'
	);
	await expect(preview.locator('[id="talks-open-in-manbij"]')).toContainText(
		'They met for a day.',
		{
			timeout: 240_000
		}
	);
	// New words are taken in place: the page is not loaded again, and the step stays shown.
	const frame = (await (await page.locator('.preview iframe').elementHandle())!.contentFrame())!;
	await frame.evaluate(() => ((window as { kept?: boolean } & Window).kept = true));
	const step = preview.locator('[id="talks-open-in-manbij"]');
	await expect(step).toHaveAttribute('aria-current', 'step');
	// (A new step's title would change its id too: that loads the page again.)
	await page.getByLabel('Paragraph 1', { exact: true }).click();
	await page.keyboard.press('End');
	await page.keyboard.type(' It was cold.');
	await expect(step).toContainText('They met for a day. It was cold.');
	expect(await frame.evaluate(() => (window as { kept?: boolean } & Window).kept)).toBe(true);
	await expect(step).toHaveAttribute('aria-current', 'step');
	await page.keyboard.press('Control+z');
	await expect(step).not.toContainText('It was cold.');
	await saved();
});

test('has no accessibility violations', async () => {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		// The preview is the reader's page, audited by its own tests.
		.exclude('iframe')
		.analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('a change on disk underneath is noticed and asked about', async () => {
	const theirs = readFileSync(STORY_FILE, 'utf8').replace(
		'The talks open in Astana',
		'Astana talks (edited in git)'
	);
	writeFileSync(STORY_FILE, theirs);
	const dialog = page.getByRole('dialog', { name: 'The file changed on disk' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Load the file from disk' }).click();
	await expect(steps().filter({ hasText: 'Astana talks (edited in git)' })).toHaveCount(1);
	expect(readFileSync(STORY_FILE, 'utf8')).toBe(theirs);
});

test('the story the editor wrote builds, and the page shows the new step', async () => {
	// English only: its build checks every edition against the story (tools/story/load.ts).
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: { ...process.env, STORY: STORY_FILE, BUILD_DIR },
		stdio: 'pipe'
	});
	const site: ChildProcess = spawn(process.execPath, [
		'scripts/serve.js',
		String(SITE_PORT),
		BUILD_DIR
	]);
	try {
		const reader = await page.context().newPage();
		await expect(async () => {
			await reader.goto(`http://127.0.0.1:${SITE_PORT}/#2017-01-11`);
		}).toPass({ timeout: 20_000 });
		const step = reader.locator('[id="talks-open-in-manbij"]');
		await expect(step).toHaveAttribute('data-date', '2017-01-11');
		await expect(step).toHaveAttribute('data-places', 'manbij');
		await expect(step).toContainText('Talks open in Manbij');
		await expect(step).toContainText('They met for a day.');
		await expect(step.locator('em')).toHaveText('RBTH');
		await reader.close();
	} finally {
		site.kill();
	}
});
