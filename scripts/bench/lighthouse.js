// Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4x CPU): each figure from every run.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions, DEBIAN_CHROMIUM } from '../../tools/browser.js';

/**
 * @param {string} url
 * @param {number} runs
 * @param {string} reportFile where the first run's report goes
 * @returns {Promise<Record<string, number[]>>} each figure, one value a run
 */
export async function lighthouseRuns(url, runs, reportFile) {
	/** @type {Record<string, number[]>} */
	const lh = {};
	for (let run = 0; run < runs; run++) {
		const chrome = await chromeLauncher.launch({
			chromePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
			chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args]
		});
		try {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
			});
			const lhr = result?.lhr;
			if (!lhr) throw new Error('Lighthouse returned no report');
			const put = (/** @type {string} */ key, /** @type {number} */ value) =>
				(lh[key] ??= []).push(value);
			for (const [id, category] of Object.entries(lhr.categories))
				put(id, Math.round((category.score ?? 0) * 100));
			put('lcp', lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
			put('tbt', lhr.audits['total-blocking-time']?.numericValue ?? NaN);
			put('cls', lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
			put('fcp', lhr.audits['first-contentful-paint']?.numericValue ?? NaN);
			// Scripts whose download began before the page first painted (observed, not simulated).
			const paintedAt =
				/** @type {any} */ (lhr.audits.metrics?.details)?.items?.[0]
					?.observedFirstContentfulPaint ?? NaN;
			const requests = /** @type {any} */ (lhr.audits['network-requests']?.details)?.items ?? [];
			put(
				'scriptsBeforePaint',
				requests.filter(
					(/** @type {any} */ r) => r.resourceType === 'Script' && r.networkRequestTime < paintedAt
				).length
			);
			if (run === 0) {
				mkdirSync('bench-results', { recursive: true });
				writeFileSync(reportFile, JSON.stringify(lhr, null, 1));
			}
		} finally {
			await chrome.kill();
		}
	}
	return lh;
}
