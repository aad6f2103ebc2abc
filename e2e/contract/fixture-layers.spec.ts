// The fixture's data layers (stories/fixtures/layers/, invented): what a reader sees of
// them. The step being read has its layers drawn (the map reports them, data-layers) and
// keyed beside the map in a list screen readers read; the next step's key is its own; a
// layer's file is fetched only when a step first shows it; the step's static map draws them.
import { expectMapOn, scrollToStep, stepOf, storyMap, waitForLiveMap } from '../fixtures';
import { expect, test } from './story';

test('the step’s data layers are drawn and keyed, and the key follows the step', async ({
	watched: page,
	story
}) => {
	const layers = story.meta.layers ?? [];
	const labelsOf = (ids: readonly string[] = []) =>
		layers.filter((l) => ids.includes(l.id)).map((l) => String(l.label));
	const layered = story.events.filter((e) => e.layers?.length);
	const [first, second] = layered;
	const plain = story.events.find((e) => !e.layers?.length && e !== story.events[0])!;
	const fetched: string[] = [];
	page.on('request', (request) => {
		const file = /\/_app\/immutable\/layers\/([a-z-]+)-[0-9a-f]{12}\.geojson$/.exec(request.url());
		if (file) fetched.push(file[1]!);
	});
	await page.goto('/');
	await waitForLiveMap(page);
	const key = page.getByRole('region', { name: 'Map key' });

	for (const event of [first!, plain, second!]) {
		const step = stepOf(page, event);
		await scrollToStep(step);
		await expectMapOn(page, step);
		await expect(storyMap(page)).toHaveAttribute('data-layers', (event.layers ?? []).join(' '));
		const shown = event.layers ?? [];
		if (!shown.length) {
			await expect(key).toHaveCount(0);
			continue;
		}
		await expect(key).toBeVisible();
		await expect(key.getByRole('listitem')).toHaveText(labelsOf(shown));
		// Fetched once a step shows it, and not before.
		await expect
			.poll(() => fetched.filter((id) => shown.includes(id)).sort())
			.toEqual([...shown].sort());
		const later = layered.slice(layered.indexOf(event) + 1).flatMap((e) => e.layers!);
		expect(fetched.filter((id) => later.includes(id) && !shown.includes(id))).toEqual([]);
		// The static map of the step (print, no JavaScript, no WebGL) draws the same layers.
		const src = await step.locator('.step-map').getAttribute('src');
		const svg = await (await page.request.get(new URL(src!, page.url()).href)).text();
		for (const layer of layers)
			expect(svg.includes(`data-layer="${layer.id}"`), layer.id).toBe(shown.includes(layer.id));
	}
});
