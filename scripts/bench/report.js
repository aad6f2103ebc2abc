// The benchmark's printing: each story's figures beside their targets, and how each figure
// grows from story to story.

/** @typedef {{ name: string, value: number, unit: string, target: string, ok: boolean }} Figure */

/** @param {number} value */
const shown = (value) =>
	Number.isInteger(value) ? String(value) : value.toFixed(Math.abs(value) < 10 ? 2 : 1);

/**
 * One story's figures beside their targets, printed as soon as it is measured.
 * @param {string} label
 * @param {Figure[]} figures
 */
export function printFigures(label, figures) {
	const width = Math.max(...figures.map((r) => r.name.length));
	console.log(`\n${label}\n${'figure'.padEnd(width)}  ${'value'.padStart(10)}  target`);
	for (const r of figures)
		console.log(
			`${r.name.padEnd(width)}  ${(shown(r.value) + (r.unit ? ' ' + r.unit : '')).padStart(10)}  ${r.target.padEnd(12)} ${r.target === '-' ? '' : r.ok ? 'ok' : 'MISSED'}`
		);
}

/**
 * How each figure grows with the story: one column per story (when there is more than one).
 * @param {{ label: string, figures: Figure[] }[]} measured
 */
export function printGrowth(measured) {
	if (measured.length < 2) return;
	const names =
		measured[0]?.figures.map((f) => f.name.replace(/ \((median|runs|worst|most).*$/, '')) ?? [];
	console.log(`\n| figure | ${measured.map((s) => s.label).join(' | ')} |`);
	console.log(`| --- | ${measured.map(() => '---').join(' | ')} |`);
	for (const name of new Set([
		...names,
		...measured.flatMap((s) =>
			s.figures.map((f) => f.name.replace(/ \((median|runs|worst|most).*$/, ''))
		)
	])) {
		const cells = measured.map(({ figures }) => {
			const f = figures.find((x) => x.name.replace(/ \((median|runs|worst|most).*$/, '') === name);
			return f ? `${shown(f.value)}${f.unit ? ' ' + f.unit : ''}${f.ok ? '' : ' (missed)'}` : '-';
		});
		console.log(`| ${name} | ${cells.join(' | ')} |`);
	}
}
