import { readFileSync } from 'node:fs';
import {
	expect,
	expectMapOn,
	scrollToStep,
	stepOf,
	storyMap,
	test,
	waitForLiveMap
} from './fixtures';
import { events } from './story';

// The live map's basemap as a reader meets it: where a step comes close, the map names the
// river it is on and the towns around, from the detail file the page fetched for that view.
// data-basemap is what the map says it names where it rests (MapBasemap.svelte).

const basemap = JSON.parse(
	readFileSync(new URL('../src/lib/data/basemap.json', import.meta.url), 'utf8')
) as GeoJSON.FeatureCollection;
const towns = new Set(
	basemap.features.filter((f) => f.properties?.kind === 'town').map((f) => f.properties?.name)
);
const onTheEuphrates =
	events.find((event) => event.places.includes('deir-ez-zor')) ??
	(() => {
		throw new Error('The story has no step at Deir ez-Zor, on the Euphrates: pick another');
	})();

test('a step that comes close names the river and the towns around it', async ({
	watched: page
}) => {
	const detail = page.waitForResponse(/\/basemap-detail[^/]*\.json$/);
	await page.goto('/');
	await waitForLiveMap(page);
	// The first step comes closer than the detail zoom: the 1:10m file is fetched for it.
	expect((await detail).ok()).toBe(true);

	const step = stepOf(page, onTheEuphrates);
	await scrollToStep(step);
	await expectMapOn(page, step);
	await expect(storyMap(page)).toHaveAttribute('data-basemap', /(^|\|)Euphrates(\||$)/);
	const named = (await storyMap(page).getAttribute('data-basemap'))!.split('|');
	expect(named.filter((name) => towns.has(name)).length).toBeGreaterThanOrEqual(5);
	// The story's own places are never named twice, by the basemap as a town.
	expect(named).not.toContain('Deir ez-Zor');
});
