// The hostile suite's readers, in work counted, never timed (tests/work.ts): each reads an
// input four times as large in about four times the steps (quadratic would be sixteen),
// taking at least a step per unit of input, so its work is in loops the counter sees
// rather than in a regular expression that backtracks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../tools/import/html';
import { htmlLimitProblem } from '../../tools/import/html-limits';
import { mediaName } from '../../tools/import/media';
import { uniqueSlug } from '../../tools/import/places';
import { transcriptOf } from '../../tools/media/vtt';
import { duplicateKeys } from '../../tools/story/json-keys.js';
import {
	paragraphLimitProblem,
	piecesOf,
	quotationsIn,
	sentencesQuoting
} from '../../tools/story/quotations';
import { growth, startCounting, stepsOf, stopCounting } from '../work';

// Before anything here runs the counted code: V8 counts only code compiled after this.
beforeAll(startCounting, 30_000);
afterAll(stopCounting);

/** Linear: four times the input, about four times the steps, and at least a step a unit. */
async function expectLinear(
	module: string | string[],
	make: (n: number) => unknown,
	run: (input: never) => unknown,
	n: number
) {
	const { small, ratio } = await growth(module, make, run, n);
	expect(small).toBeGreaterThanOrEqual(n);
	expect(ratio).toBeGreaterThan(3);
	expect(ratio).toBeLessThan(5);
}

describe('quotations', { timeout: 30_000 }, () => {
	const module = 'tools/story/quotations';
	it('finds the sentences of a paragraph of nothing but opening marks in linear work', () =>
		expectLinear(module, (n) => '“'.repeat(n), sentencesQuoting, 20_000));
	it('finds quotations, sentences and cuts in linear work', async () => {
		await expectLinear(module, (n) => '“a.” '.repeat(n), quotationsIn, 5_000);
		await expectLinear(module, (n) => '“Why?” he said. '.repeat(n), sentencesQuoting, 2_000);
		await expectLinear(module, (n) => 'a [b] … c '.repeat(n), piecesOf, 2_000);
		await expectLinear(module, (n) => '[a '.repeat(n), piecesOf, 2_000);
	});
	it('counts a paragraph’s marks in linear work', () =>
		expectLinear(module, (n) => '“'.repeat(n), paragraphLimitProblem, 10_000));
});

describe('HTML fields', { timeout: 30_000 }, () => {
	const importer = ['tools/import/', 'parse5'];
	/** The field: formatting left open, then a paragraph after another. */
	const bold = (tags: number, paragraphs: number) => {
		let html = '<p>';
		for (let i = 0; i < tags; i++) html += `<b id=b${i}>`;
		return html + '</p><p>x'.repeat(paragraphs);
	};

	it('refuses the 64 KB field in fewer steps than it has characters, parsing none of it', async () => {
		const html = bold(3_500, 3_500);
		let refused: string | undefined;
		const steps = await stepsOf(importer, () => {
			refused = htmlToMarkdown(html).removals.refused;
		});
		expect(refused).toMatch(/^nests elements 101 deep/);
		expect(steps).toBeLessThan(html.length);
		expect(await stepsOf('parse5', () => htmlToMarkdown(html))).toBe(0);
	});

	it('measures a field in linear work', async () => {
		await expectLinear(
			'tools/import/html-limits',
			(n) => '<i>x</i> '.repeat(n),
			htmlLimitProblem,
			2_000
		);
		await expectLinear('tools/import/html-limits', (n) => bold(20, n), htmlLimitProblem, 500);
	});

	it('cleans a field within the limits in linear work, parser included', async () => {
		await expectLinear(
			importer,
			(n) => '<p><b><i>x</i></b> *[_</p>'.repeat(n),
			htmlToMarkdown,
			500
		);
		await expectLinear(importer, (n) => bold(20, n), htmlToMarkdown, 500);
	});
});

describe('ids', { timeout: 30_000 }, () => {
	it('numbers one headline in linear work', () =>
		expectLinear(
			['tools/import/places', 'tools/import/unique-names'],
			(n) => n,
			(n: number) => {
				const used = new Set<string>();
				for (let i = 0; i < n; i++) uniqueSlug('One headline', used, 'event');
			},
			2_000
		));
	it('numbers one media file name in linear work', () =>
		expectLinear(
			['tools/import/media', 'tools/import/unique-names'],
			(n) => n,
			(n: number) => {
				const taken = new Set<string>();
				for (let i = 0; i < n; i++) mediaName('photos/Photo.JPG', taken);
			},
			2_000
		));
});

describe('captions', { timeout: 30_000 }, () => {
	const module = 'tools/media/vtt';
	const cue = (text: string) => `WEBVTT\n\n00:00.000 --> 00:01.000\n${text}\n`;
	it('reads voices, tags and character references in linear work', async () => {
		await expectLinear(module, (n) => cue('<v a>'.repeat(n)), transcriptOf, 5_000);
		await expectLinear(module, (n) => cue('<c.x>'.repeat(n)), transcriptOf, 5_000);
		await expectLinear(module, (n) => cue('&#x110000;&amp;'.repeat(n)), transcriptOf, 5_000);
	});
});

describe('keys given twice', { timeout: 30_000 }, () => {
	it('are found in linear work, however deep', async () => {
		const module = 'tools/story/json-keys';
		const keys = (n: number) => Array.from({ length: n }, (_, i) => `"k${i}":[1,"v"]`).join(',');
		await expectLinear(module, (n) => `{${keys(n)}}`, duplicateKeys, 5_000);
		await expectLinear(
			module,
			(n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`,
			duplicateKeys,
			5_000
		);
	});
});
