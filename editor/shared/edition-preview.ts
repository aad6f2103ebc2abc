// The edition's page in the preview, while it is being translated: the edition as the
// translator left it, each text not translated yet in its English (so the page builds, and
// shows where the work is), said beside the preview. What the preview's server is given;
// the edition file itself is never written with English in it.
import { getIn, setIn, type Key } from './paths.ts';
import { translatableUnits, translate, translationOf, type Unit } from './translations.ts';

type Doc = Record<string, unknown>;

/** Languages written right to left, among those an edition might be in (tools/editions.js). */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);
export const directionOf = (code: string): 'rtl' | 'ltr' =>
	RIGHT_TO_LEFT.has(code) ? 'rtl' : 'ltr';

/** "Russian", "Arabic": an edition's language named in the editor's English. */
export const languageName = (code: string): string =>
	new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

const untranslated = (unit: Unit, edition: Doc) => !/\S/.test(translationOf(unit, edition) ?? '');

/**
 * `edition` with each English text it has not translated yet given in English, and which
 * those are. The edition's own words (its quotation note) have no English to stand in: a
 * missing one stays missing, and the page waits for it.
 */
export function editionForPreview(story: Doc, edition: Doc): { edition: Doc; inEnglish: Unit[] } {
	let shown = edition;
	const inEnglish: Unit[] = [];
	for (const unit of translatableUnits(story)) {
		if (unit.english === undefined || !untranslated(unit, shown)) continue;
		// (A list of names is given as its English, "a, b", split as a translator's would be.)
		shown = translate(unit, unit.english, shown, {}).edition;
		inEnglish.push(unit);
	}
	return { edition: shown, inEnglish };
}

/**
 * A paragraph given in English still owes the edition's note after each quotation it
 * translates (the build says `must say "…" 2 time(s), after each quotation translated so
 * (it says it 0)`): the notes owed are added at its end, so the preview's page builds.
 * Only paragraphs in `inEnglish` are touched: the translator's own are theirs to fix.
 */
export function withNotesOwed(
	edition: Doc,
	problems: { path: readonly Key[]; message: string }[],
	inEnglish: Unit[]
): Doc {
	let shown = edition;
	const given = new Set(inEnglish.map((unit) => unit.path.join('/')));
	for (const { path, message } of problems) {
		const owed = /^must say "(.+)" (\d+) time\(s\), .* \(it says it (\d+)\)$/s.exec(message);
		const text = getIn(shown, path);
		if (!owed || !given.has(path.join('/')) || typeof text !== 'string') continue;
		const notes = Array(Math.max(0, Number(owed[2]) - Number(owed[3]))).fill(owed[1]);
		shown = setIn(shown, path, [text, ...notes].join(' '));
	}
	return shown;
}
