import {
	MOTION,
	expectMapOn,
	scrollToStep,
	stepOf,
	steps,
	stepsOn,
	storyMap,
	test,
	expect,
	waitForLiveMap
} from './fixtures';
import { jumpStep, secondStepOfDay } from './story';

// Flights are part of what these tests read (tools/browser.js: reduced motion elsewhere).
test.use(MOTION);

// Run by the phone projects (see playwright.config.ts): portrait phones with touch.

test('every step reads below the map, with the map in sight', async ({ watched: page }, info) => {
	await page.goto('/');
	const mapPane = page.locator('.map-pane');
	for (const [i, step] of (await steps(page).all()).entries()) {
		await scrollToStep(step);
		await expectMapOn(page, step);
		const map = (await mapPane.boundingBox())!;
		const viewport = page.viewportSize()!;
		expect(map.y).toBeGreaterThanOrEqual(0);
		expect(map.y + map.height).toBeLessThanOrEqual(viewport.height * 0.6);
		// The step's heading and first paragraph show below the map, not under it.
		const heading = (await step.getByRole('heading').boundingBox())!;
		const paragraph = (await step.locator('p').nth(1).boundingBox())!;
		expect(heading.y).toBeGreaterThanOrEqual(map.y + map.height);
		expect(paragraph.y).toBeLessThan(viewport.height);
		if (i === 0 || i === 5) await page.screenshot({ path: info.outputPath(`step-${i}.png`) });
	}
});

test('no sideways scrolling from 320 px up, and text of 16 px or more', async ({
	watched: page
}) => {
	await page.goto('/');
	for (const width of [320, 360, 390, 412, 430]) {
		await page.setViewportSize({ width, height: 740 });
		await expect
			.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
			.toBeLessThanOrEqual(0);
	}
	const sizes = await page
		.locator('.step p, .intro p')
		.evaluateAll((ps) => ps.map((p) => parseFloat(getComputedStyle(p).fontSize)));
	// The body text is at least 16px; the small print (dateline, sources) at least 12.8px.
	const body = await page
		.locator('.step > p:not([class])')
		.first()
		.evaluate((p) => getComputedStyle(p).fontSize);
	expect(parseFloat(body)).toBeGreaterThanOrEqual(16);
	expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12.8);
	// A comfortable line: no more than about 75 characters.
	const lineChars = await page
		.locator('.step > p:not([class])')
		.first()
		.evaluate((p) => {
			const width = p.getBoundingClientRect().width;
			return width / (parseFloat(getComputedStyle(p).fontSize) * 0.5);
		});
	expect(lineChars).toBeLessThanOrEqual(75);
});

test('the timeline and date picker are thumb-sized', async ({ watched: page }) => {
	await page.goto('/');
	const marks = page.getByRole('navigation', { name: /timeline/i }).getByRole('link');
	for (const mark of await marks.all()) {
		const box = (await mark.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(24);
		expect(box.height).toBeGreaterThanOrEqual(24);
	}
	// Neighbouring marks do not overlap: each keeps its own 24px target.
	const boxes = await marks.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON()));
	for (let i = 1; i < boxes.length; i++) {
		const [a, b] = [boxes[i - 1], boxes[i]];
		const overlap = a.right > b.left && b.right > a.left && a.bottom > b.top && b.bottom > a.top;
		expect(overlap, `marks ${i - 1} and ${i}`).toBe(false);
	}
	const picker = (await page.getByLabel('Jump to a date').boundingBox())!;
	expect(picker.height).toBeGreaterThanOrEqual(44);
	// A mark is a way in: a tap opens its day.
	await marks.and(page.locator(`[href="#${jumpStep.date}"]`)).tap();
	await expectMapOn(page, stepsOn(page, jumpStep.date).first());
});

test('pinch-zoom of the page stays allowed', async ({ watched: page }) => {
	await page.goto('/');
	const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
	expect(viewport).toContain('width=device-width');
	expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale/);
});

test('the first map’s place names are readable before the live map comes', async ({
	watched: page
}) => {
	await page.goto('/');
	const label = page.locator('.first-map .place-label').filter({ visible: true }).first();
	await expect(label).toBeVisible();
	// The text's box, halo included: the map is drawn at about half size on a phone, and
	// its names at the desktop's 15 units measured 11 px here; at the phone's size, 18 px.
	const height = await label.evaluate((text) => text.getBoundingClientRect().height);
	expect(height).toBeGreaterThanOrEqual(15);
});

test('the map draws at no more than twice the CSS pixels, even on a 3x screen', async ({
	watched: page
}) => {
	await page.goto('/');
	await waitForLiveMap(page);
	const drawn = await page.locator('#map canvas').evaluate((canvas: HTMLCanvasElement) => ({
		ratio: canvas.width / canvas.getBoundingClientRect().width,
		device: devicePixelRatio
	}));
	expect(drawn.ratio).toBeCloseTo(Math.min(drawn.device, 2), 1);
});

test('a swipe that starts on the map scrolls the story', async ({ watched: page }) => {
	await page.goto('/');
	await waitForLiveMap(page);
	const map = (await storyMap(page).boundingBox())!;
	const before = await page.evaluate(() => window.scrollY);
	// A real touch sequence (Chromium's own input pipeline), finger moving up the map.
	const cdp = await page.context().newCDPSession(page);
	const x = Math.round(map.x + map.width / 2);
	const y = Math.round(map.y + map.height * 0.8);
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
	for (let i = 1; i <= 10; i++) {
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: [{ x, y: y - i * 25 }]
		});
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
});

test('turning the phone keeps the reader’s step', async ({ watched: page }) => {
	await page.goto('/');
	const portrait = page.viewportSize()!;
	// The second step of a day: its date alone would lead to the first.
	const step = stepOf(page, secondStepOfDay);
	await scrollToStep(step);
	await expectMapOn(page, step);

	await page.setViewportSize({ width: portrait.height, height: portrait.width });
	await expect(step).toHaveAttribute('aria-current', 'step');
	await expectMapOn(page, step);
	await expect(step.getByRole('heading')).toBeInViewport();

	await page.setViewportSize(portrait);
	await expectMapOn(page, step);
	await expect(step.getByRole('heading')).toBeInViewport();
});

test('the first map’s scale bar reads at a phone’s size', async ({ watched: page }) => {
	await page.goto('/');
	// The inline first map, shown until the live map comes in (and for good without WebGL).
	const words = page.locator('[data-server-part="first-map"] .scale-bar text');
	await expect(words).toBeVisible();
	// Drawn at about half its size here: its words are enlarged to stay about 10 px on screen.
	const onScreen = await words.evaluate(
		(text: SVGTextElement) => text.getScreenCTM()!.a * parseFloat(getComputedStyle(text).fontSize)
	);
	expect(onScreen).toBeGreaterThanOrEqual(9);
});
