import type { Page } from '@playwright/test';
import {
	expectMapOn,
	offlinePaths,
	scrollToStep,
	stepOf,
	steps,
	test,
	expect,
	waitForLiveMap,
	waitForServiceWorker
} from './fixtures';
import { jumpStep } from './story';

// Reading offline: the service worker's copy of the story, one per build and edition.

/** Waits until the service worker controls the page and has stored the whole story. */
async function waitForOfflineCopy(page: Page) {
	await waitForServiceWorker(page);
	await expect
		.poll(() => offlinePaths(page))
		.toEqual(
			expect.arrayContaining(['/', '/maps/overview.svg', '/no-js.css', '/manifest.webmanifest'])
		);
}

test('after one visit the story reads to the end offline, map included', async ({
	watched: page,
	context
}) => {
	// Every step read twice over, with the map's flights: on a loaded two-core machine it
	// neared the 60 s a test gets.
	test.slow();
	const failures: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
	});
	await page.goto('/');
	await waitForLiveMap(page);
	await expectMapOn(page, steps(page).first());
	await waitForOfflineCopy(page);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await waitForLiveMap(page);
	for (const step of await steps(page).all()) {
		await scrollToStep(step);
		await expectMapOn(page, step);
	}
	// A date link opened offline works too.
	await page.goto(`/#${jumpStep.date}`);
	await expectMapOn(page, stepOf(page, jumpStep));
	expect(failures).toEqual([]);
});

test('a new build replaces the old offline copy, and leaves the other editions’', async ({
	watched: page
}) => {
	await page.goto('/');
	await waitForOfflineCopy(page);
	// A cache left by an earlier build of this edition, and one of another edition's, named
	// as the worker names its own: "{app} {scope} {build}"...
	const [older, otherEdition] = await page.evaluate(async () => {
		const scope = (await navigator.serviceWorker.ready).scope;
		const [own] = await caches.keys();
		const app = own!.slice(0, own!.indexOf(scope));
		return [`${app}${scope} an-older-build`, `${app}${scope}ru/ its-build`];
	});
	const names = await page.evaluate(
		async (made) => {
			for (const name of made) await caches.open(name);
			return caches.keys();
		},
		[older, otherEdition]
	);
	expect(names).toEqual(expect.arrayContaining([older, otherEdition]));
	// ...this edition's is deleted when a new worker takes over, as a new build's would.
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		await registration.unregister();
		await navigator.serviceWorker.register(registration.active!.scriptURL + '?next');
		await navigator.serviceWorker.ready;
	});
	await expect.poll(() => page.evaluate(() => caches.keys())).not.toContain(older);
	expect(await page.evaluate(() => caches.keys())).toContain(otherEdition);
});
