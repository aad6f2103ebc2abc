// Lines and areas drawn without a mouse: a line picked as two of the step's places, an area's
// outline given corner by corner (places of the story, a point typed), each said in the
// status, written to the story and drawn on the map. Undone at the end, so the story is as
// it was for the specs after this one.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { STORY_FILE } from './story';

test.describe.configure({ mode: 'serial' });

let page: Page;
const saved = () => expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
const astanaTalks = () =>
	JSON.parse(readFileSync(STORY_FILE, 'utf8')).events.find(
		(e: { id: string }) => e.id === 'astana-talks'
	);
const canvas = () => page.locator('.place-map .canvas');
const said = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

test.beforeAll(async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	page = await context.newPage();
	await page.goto('/');
	// The last step (its four places, three lines), from the keyboard in the list.
	const list = page.getByRole('list', { name: 'Steps' });
	await list.getByRole('button').first().focus();
	await page.keyboard.press('End');
	await expect(list.getByRole('button', { name: /The talks open in Astana/ })).toBeFocused();
	await expect(canvas()).toHaveAttribute('data-lines', 'ankara>astana moscow>astana tehran>astana');
});
test.afterAll(() => page.context().close());

test('a line from one of the step’s places to another, picked from the keyboard', async () => {
	await page.getByRole('combobox', { name: 'Line from' }).focus();
	await page.keyboard.type('Moscow');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('combobox', { name: 'to', exact: true })).toBeFocused();
	await page.keyboard.type('Ankara');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Add line' })).toBeFocused();
	await page.keyboard.press('Enter');

	await expect(said('A line from Moscow to Ankara, on the map.')).toBeVisible();
	await expect(canvas()).toHaveAttribute(
		'data-lines',
		'ankara>astana moscow>ankara moscow>astana tehran>astana'
	);
	await saved();
	expect(astanaTalks().connections).toContainEqual({ from: 'moscow', to: 'ankara' });

	// The same line again is refused, and said so.
	await expect(page.getByRole('combobox', { name: 'Line from' })).toBeFocused();
	await page.keyboard.type('Ankara');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Moscow');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(said('The step already has a line between these places.')).toBeVisible();
});

test('an area’s outline, corner by corner: places of the story, a town found by name and a point typed', async () => {
	const map = page.getByRole('region', { name: 'Place map' });
	await map.getByRole('button', { name: 'Draw an area' }).focus();
	await page.keyboard.press('Enter');
	const form = map.getByRole('group', { name: 'Corners from the keyboard' });
	await expect(form).toBeVisible();

	const addPlace = async (place: string) => {
		await form.getByRole('combobox', { name: 'Corner at a place' }).focus();
		await page.keyboard.type(place);
		await page.keyboard.press('Tab');
		await expect(form.getByRole('button', { name: 'Add the place' })).toBeFocused();
		await page.keyboard.press('Enter');
	};
	await addPlace('Moscow');
	await addPlace('Ankara');
	// A town that is none of the story's places, found by name in GeoNames (offline).
	await form.getByRole('textbox', { name: 'Corner at a town' }).focus();
	await page.keyboard.type('Manbij');
	const town = form
		.getByRole('list', { name: 'Towns found' })
		.getByRole('button', { name: /^Add corner at Manbij, Aleppo/ });
	await expect(town).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(town).toBeFocused();
	await page.keyboard.press('Enter');
	await addPlace('Tehran');
	// A point that is not one is said so, in the form.
	await form.getByRole('textbox', { name: 'Corner at a point (latitude, longitude)' }).focus();
	await page.keyboard.type('Astana');
	await page.keyboard.press('Enter');
	await expect(form.getByRole('alert')).toHaveText(/"Astana" is not a latitude and a longitude/);
	await page.keyboard.press('Control+a');
	await page.keyboard.type('48.0, 60.0');
	await page.keyboard.press('Enter');
	await expect(form.getByRole('list', { name: 'Corners' }).getByRole('listitem')).toHaveText([
		/^Moscow \(55\.75° N, 37\.62° E\)/,
		/^Ankara/,
		/^Manbij \(36\.5\d° N, 37\.9\d° E\)/,
		/^Tehran/,
		/^48\.00° N, 60\.00° E/
	]);

	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.exclude('iframe')
		.analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
		[]
	);

	await form.getByRole('button', { name: 'Close the outline (5 corners)' }).focus();
	await page.keyboard.press('Enter');
	await expect(
		said(
			/^An outline of 5 corners \(Moscow; Ankara; Manbij; Tehran; 48\.00° N, 60\.00° E\) is on the map\./
		)
	).toBeVisible();
	await expect(form).toBeHidden();
	await expect(map.getByRole('button', { name: 'Draw an area' })).toBeFocused();
	await expect(canvas()).toHaveAttribute('data-areas', 'astana-talks-area');
	await saved();
	const [area] = astanaTalks().areas;
	expect(area).toMatchObject({ id: 'astana-talks-area', source: 'ap-astana-opening' });
	const [, , manbij] = area.geometry.coordinates[0];
	expect(manbij[0]).toBeCloseTo(37.95, 1);
	expect(manbij[1]).toBeCloseTo(36.53, 1);
	expect(area.geometry).toEqual({
		type: 'Polygon',
		coordinates: [
			[
				[37.6178, 55.752],
				[32.8543, 39.9199],
				manbij,
				[51.4215, 35.6944],
				[60, 48],
				[37.6178, 55.752]
			]
		]
	});
});

test('undone: the step is as it was', async () => {
	await page.keyboard.press('Control+z');
	await expect(canvas()).toHaveAttribute('data-areas', '');
	await page.keyboard.press('Control+z');
	await expect(canvas()).toHaveAttribute('data-lines', 'ankara>astana moscow>astana tehran>astana');
	await saved();
	expect(astanaTalks().areas).toBeUndefined();
	expect(astanaTalks().connections).toHaveLength(3);
});
