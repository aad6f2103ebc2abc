import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
	dayOfEachStep,
	expectMapOn,
	scrollToStep,
	steps,
	storyMap,
	test,
	expect,
	waitForLiveMap
} from './fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
	const summary = violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary).toEqual([]);
}

for (const [size, viewport] of [
	['desktop', { width: 1280, height: 800 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	test.describe(`axe at ${size} size`, () => {
		test.use({ viewport });

		test('finds nothing at the top of the story', async ({ watched: page }) => {
			await page.goto('/');
			await expect(storyMap(page)).toHaveAttribute('data-view', /.+/);
			await expectNoAxeViolations(page);
		});

		test('finds nothing mid-story, with a notice showing', async ({ watched: page }) => {
			await page.goto('/#2017-01-10');
			await expectMapOn(page, steps(page).nth(3));
			await expect(page.getByRole('status')).not.toHaveText('');
			await expectNoAxeViolations(page);
		});
	});
}

test('the page is built from headings, times and landmarks', async ({ watched: page }) => {
	await page.goto('/');
	// Each step's heading and time: story.spec.ts.
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	await expect(page.getByRole('banner')).toHaveCount(1);
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('navigation', { name: /timeline/i })).toHaveCount(1);
});

test('a skip link takes the keyboard past the timeline and the map', async ({ watched: page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the story' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	// The next stop is inside the story text, not the timeline or date picker.
	const focused = await page.evaluate(() => document.activeElement?.closest('#story') !== null);
	expect(focused).toBe(true);
});

test('the map has a name and a live region says what it shows', async ({ watched: page }) => {
	await page.goto('/');
	const live = page.locator('[aria-live="polite"]');
	await expect(live).toHaveText('Map: Palmyra, central Syria');
	await scrollToStep(page.locator('#al-bab-joint-strikes'));
	await expect(live).toHaveText('Map: Al Bab, northern Syria');
	await expect(storyMap(page)).toHaveAttribute('role', 'img');
	await expect(storyMap(page)).toHaveAccessibleName('Map: Al Bab, northern Syria');
	await scrollToStep(page.locator('#ceasefire'));
	await expect(live).toHaveText('Map: Damascus, the Syrian capital');
});

/**
 * Whether the map was already on the step when the step became current (in the same
 * update): true when the camera jumps, false while it flies there.
 */
async function mapOnStepAsItBecomesCurrent(page: Page, stepId: string) {
	await page.evaluate((id) => {
		const step = document.getElementById(id)!;
		const map = document.getElementById('map')!;
		const seen: { onStep?: boolean } = {};
		(window as unknown as { seen: typeof seen }).seen = seen;
		new MutationObserver((_, observer) => {
			if (step.getAttribute('aria-current') !== 'step') return;
			seen.onStep = map.dataset.view === id;
			observer.disconnect();
		}).observe(step, { attributeFilter: ['aria-current'] });
	}, stepId);
	await scrollToStep(page.locator(`#${stepId}`));
	await expect(storyMap(page)).toHaveAttribute('data-view', stepId);
	return page.evaluate(() => (window as unknown as { seen: { onStep?: boolean } }).seen.onStep);
}

test.describe('reduced motion', () => {
	test('without the preference, the camera flies to the step', async ({ watched: page }) => {
		await page.goto('/');
		await waitForLiveMap(page);
		expect(await mapOnStepAsItBecomesCurrent(page, 'mosul-squeeze')).toBe(false);
	});

	test('with it, the map is on the step as it becomes current', async ({ watched: page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		await waitForLiveMap(page);
		expect(await mapOnStepAsItBecomesCurrent(page, 'mosul-squeeze')).toBe(true);
		expect(
			await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)
		).toBe('auto');
	});
});

test.describe('the reader’s pace', () => {
	test('a reader passing steps faster than a flight sees the map cut to each', async ({
		watched: page
	}) => {
		await page.goto('/');
		await waitForLiveMap(page);
		// From a step read for a while, the map flies to the next.
		expect(await mapOnStepAsItBecomesCurrent(page, 'ceasefire')).toBe(false);
		// The reader reaches the next step and, without stopping, scrolls on to the one after
		// it: in the page, so a busy test machine cannot stretch the moment between them.
		const [flownToNext, cutToAfter] = await page.evaluate(async () => {
			const next = document.getElementById('mosul-squeeze')!;
			const after = document.getElementById('sponsors-disagree')!;
			const map = document.getElementById('map')!;
			/** Whether the map is on the step as it becomes current (a cut), not on its way. */
			const becomesCurrent = (step: HTMLElement) =>
				new Promise<boolean>((done) =>
					new MutationObserver((_, observer) => {
						if (step.getAttribute('aria-current') !== 'step') return;
						observer.disconnect();
						done(map.dataset.view === step.id);
					}).observe(step, { attributeFilter: ['aria-current'] })
				);
			const reached = becomesCurrent(next);
			next.scrollIntoView({ block: 'start', behavior: 'instant' });
			const onNext = await reached;
			const onAfter = becomesCurrent(after);
			after.scrollIntoView({ block: 'start', behavior: 'instant' });
			return [!onNext, await onAfter];
		});
		// The reader had stayed with the last step while the map flew to it: a flight.
		expect(flownToNext).toBe(true);
		// Then moved on at once: a cut.
		expect(cutToAfter).toBe(true);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole narrative reads, with dates, links and static maps', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		for (const step of await steps(page).all()) {
			await expect(step.getByRole('heading')).toBeVisible();
			await expect(step.locator('time')).toBeVisible();
		}
		const overview = page.locator('.static-overview');
		await expect(overview).toBeVisible();
		await expect
			.poll(() => overview.evaluate((img: HTMLImageElement) => img.naturalWidth))
			.toBeGreaterThan(0);
		const stepMap = page.locator('#al-bab-joint-strikes .step-map');
		await stepMap.scrollIntoViewIfNeeded();
		await expect(stepMap).toBeVisible();
		await expect
			.poll(() => stepMap.evaluate((img: HTMLImageElement) => img.naturalWidth))
			.toBeGreaterThan(0);
		// One mark per day with events.
		const days = new Set(await dayOfEachStep(page));
		await expect(page.getByRole('navigation', { name: /timeline/i }).getByRole('link')).toHaveCount(
			days.size
		);
	});
});

test('a WebGL context lost mid-story falls back without errors', async ({ watched: page }) => {
	await page.goto('/');
	await scrollToStep(page.locator('#aleppo-retaken'));
	await waitForLiveMap(page);
	await expectMapOn(page, page.locator('#aleppo-retaken'));
	await page.evaluate(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('#map canvas')!;
		const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
		gl!.getExtension('WEBGL_lose_context')!.loseContext();
	});
	await expect(storyMap(page)).toHaveAttribute('data-mode', 'static');
	await expectMapOn(page, page.locator('#aleppo-retaken'));
	await scrollToStep(page.locator('#mosul-squeeze'));
	await expectMapOn(page, page.locator('#mosul-squeeze'));
});

test.describe('the Content-Security-Policy', () => {
	test('allows scripts from this origin only, and nothing from elsewhere', async ({ request }) => {
		const html = await (await request.get('/')).text();
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(csp).toBeDefined();
		const directives = Object.fromEntries(
			csp!.split(';').map((d) => {
				const [name, ...values] = d.trim().split(/\s+/);
				return [name, values];
			})
		);
		expect(directives['default-src']).toEqual(["'self'"]);
		expect(directives['script-src']).toContain("'self'");
		expect(directives['script-src']).not.toContain("'unsafe-inline'");
		expect(directives['script-src']).not.toContain("'unsafe-eval'");
		expect(csp).not.toMatch(/https?:|\*/);
	});

	test('blocks an injected inline script', async ({ page }) => {
		await page.goto('/');
		await expect(storyMap(page)).toHaveAttribute('data-view', /.+/);
		const ran = await page.evaluate(async () => {
			const blocked = new Promise((resolve) =>
				document.addEventListener('securitypolicyviolation', () => resolve('blocked'), {
					once: true
				})
			);
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.body.append(script);
			await blocked;
			return (window as unknown as { injected?: boolean }).injected === true;
		});
		expect(ran).toBe(false);
	});
});

test('printing gives the narrative with a static map per step and no sticky chrome', async ({
	watched: page
}) => {
	await page.goto('/');
	await expect(storyMap(page)).toHaveAttribute('data-view', /.+/);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.bar')).toBeHidden();
	await expect(page.locator('.map-pane')).toBeHidden();
	for (const step of await steps(page).all()) {
		await expect(step.locator('h2')).toBeVisible();
		await expect(step.locator('.step-map')).toBeVisible();
	}
	const first = page.locator('.step-map').first();
	await first.scrollIntoViewIfNeeded();
	await expect
		.poll(() => first.evaluate((img: HTMLImageElement) => img.naturalWidth))
		.toBeGreaterThan(0);
});
