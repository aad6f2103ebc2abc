// The fixture tour (chapters without dates, in file order) that the map side of tours is
// held to: point cameras with pitch and bearing, a chapter the reader may explore, one
// without a place, the route so far. What the map must show is read from the story file.
// A project runs these by naming the file (`tourFile`, playwright.fixture.config.ts); any
// other project skips them.
import { readFileSync } from 'node:fs';
import type { Story, StoryEvent } from '../../src/lib/story/types';
import { test as watchedTest } from '../fixtures';

export const test = watchedTest.extend<{ tour: Story }, { tourFile: string }>({
	tourFile: ['', { option: true, scope: 'worker' }],
	tour: async ({ tourFile }, use, testInfo) => {
		testInfo.skip(!tourFile, 'the tour’s own project runs these (tourFile)');
		await use(JSON.parse(readFileSync(tourFile, 'utf8')) as Story);
	}
});

export { expect } from '../fixtures';

/** The first chapter that has the thing asked for. */
export function chapter(tour: Story, has: (event: StoryEvent) => unknown): StoryEvent {
	const found = tour.events.find(has);
	if (!found) throw new Error('the tour has no such chapter');
	return found;
}

/** `data-camera` for a point camera, as the map must rest on it: "lon lat zoom pitch bearing". */
export function cameraOf({ camera }: StoryEvent): string {
	const [lon, lat] = camera!.center!;
	return [
		lon.toFixed(4),
		lat.toFixed(4),
		camera!.zoom!.toFixed(2),
		(camera!.pitch ?? 0).toFixed(1),
		(camera!.bearing ?? 0).toFixed(1)
	].join(' ');
}

/** The route so far at each chapter (`data-route`): each chapter's first place, two or more. */
export function routeAt(tour: Story, event: StoryEvent): string {
	const upTo = tour.events.slice(0, tour.events.indexOf(event) + 1);
	const stops = upTo.flatMap((e) => (e.places[0] ? [e.places[0]] : []));
	return stops.length < 2 ? '' : stops.join(' ');
}
