// The embedding tests' fixture (e2e/embed/*.spec.ts): each worker's host server on a free
// port (http://localhost:…, another origin than the story's http://127.0.0.1:E2E_PORT/),
// and the host's article opened and watched: no request leaves the two origins, and the
// console stays clean (Chromium's own notes about software WebGL aside).
import { expect, test as base, type Frame, type Page } from '@playwright/test';
import { serveHosts } from './host-server.js';

export interface Watched {
	page: Page;
	/**
	 * Opens a host page (`loader.html`, `pym.html`, …) with the story's address (the
	 * config's, plus `storyQuery`); resolves with the story's frame, once the host has told
	 * it where the reader's screen is (unless `hosted` is false: a plain iframe tells it nothing).
	 */
	open: (host?: string, options?: { storyQuery?: string; hosted?: boolean }) => Promise<Frame>;
}

export const test = base.extend<{ embedded: Watched }, { hostUrl: string }>({
	hostUrl: [
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const hosts = await serveHosts(0);
			await use(hosts.url);
			hosts.close();
		},
		{ scope: 'worker' }
	],
	embedded: async ({ page, baseURL, hostUrl }, use) => {
		const origins = [new URL(baseURL!).origin, new URL(hostUrl).origin];
		const [offOrigin, console] = [[] as string[], [] as string[]];
		page.on('request', (request) => {
			const url = request.url();
			if (!/^(data|blob|about):/.test(url) && !origins.includes(new URL(url).origin))
				offOrigin.push(url);
		});
		page.on('console', (message) => {
			if (['error', 'warning'].includes(message.type()) && !/GL Driver/.test(message.text()))
				console.push(`${message.type()}: ${message.text()}`);
		});
		page.on('pageerror', (error) => console.push(error.message));
		const open: Watched['open'] = async (host = 'loader.html', options = {}) => {
			const story = `${baseURL}/${options.storyQuery ?? ''}`;
			await page.goto(`${hostUrl}${host}?story=${encodeURIComponent(story)}`);
			const iframe = await page.locator('iframe').first().elementHandle();
			const frame = (await iframe!.contentFrame())!;
			if (options.hosted !== false)
				await expect(frame.locator('html')).toHaveAttribute('data-host-screen', '');
			else await expect(frame.locator('[data-places]').first()).toBeVisible();
			return frame;
		};
		await use({ page, open });
		expect(offOrigin, 'requests off the two origins').toEqual([]);
		expect(console, 'console errors and warnings').toEqual([]);
	}
});

/** The index of the step marked current (-1: none), read after the frame's next paint. */
export const currentStep = (story: Frame) =>
	story.evaluate(
		() =>
			new Promise<number>((resolve) =>
				requestAnimationFrame(() =>
					resolve(
						[...document.querySelectorAll('[data-places]')].findIndex(
							(step) => step.getAttribute('aria-current') === 'step'
						)
					)
				)
			)
	);

/** The frame's height against the story's: the host sized it to fit (within a pixel). */
export async function frameFitsStory(page: Page, story: Frame) {
	await expect
		.poll(async () => {
			const frameHeight = await page
				.locator('iframe')
				.first()
				.evaluate((f) => f.clientHeight);
			const storyHeight = await story.evaluate(() => document.documentElement.scrollHeight);
			return Math.abs(frameHeight - storyHeight);
		})
		.toBeLessThanOrEqual(1);
}

/** The reader events the host heard (the host pages keep them in window.storyEvents). */
export const heardByHost = (page: Page) =>
	page.evaluate(
		() =>
			(
				window as unknown as {
					storyEvents: { type: string; detail: { index: number; how?: string } }[];
				}
			).storyEvents
	);
